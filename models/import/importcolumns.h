#pragma once

#include "domain/field.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace ep {

// "a, b, c": the columns of `fields`, for the import's own statements.
// The columns of `fields`, in order.
QStringList columnNames(const QList<const FieldDescription *> &fields);
QString columnList(const QList<const FieldDescription *> &fields);
// "a = ?, b = ?": the columns of `fields` to be set.
QString assignments(const QList<const FieldDescription *> &fields);

// A moment as the participations table stores it ("2019-07-07T18:00", as
// sql::dateTimeOrNull() writes it), formatted by hand: QDateTime::toString()
// costs as much as the insert of a row.
std::array<char, 16> storedDateTime(const QDateTime &value);

} // namespace ep
