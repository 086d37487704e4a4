#pragma once

#include "domain/language.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace ep::recordnames {

// The names users know the records `ids` of `table` by ("events": the
// title in `language` or another one held, "people": title, first and last
// name, "organisations" and the others: their name), read in one query
// without loading the records. Ids with no row are left out.
QHash<int, QString> of(const QSqlDatabase &db, const QString &table, const QList<int> &ids,
                       Language language);

// The name of one record; empty when there is no such row.
QString of(const QSqlDatabase &db, const QString &table, int id, Language language);

} // namespace ep::recordnames
