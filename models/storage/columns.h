#pragma once

#include "domain/language.h"
#include "domain/localizedtext.h"
#include "domain/vocabulary.h"
#include "storage/sql.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>
#include <QVariant>

#include <functional>
#include <optional>

namespace ep {

// What a value is, for showing it to the user (a conflict, a change).
enum class ColumnKind
{
    Text,
    Number,
    Flag,
    Date,
    Time,
    DateTime,
    Reference,  // the id of another record, shown as its name
    References, // ids in order (organisers, hosts, topics): a link table, not a column
    Code,       // a vocabulary's code, shown as its label
    Image,
};

// One member of a record and how it is stored: the column of the record's
// table, the value bound for it and read back from it, the label the user
// knows it by. Each record's columns are listed once (storage/records.h);
// loading, inserting, writing what changed and showing a conflict all work
// from that list.
template <typename Record>
struct Column
{
    QString name = {}; // of the column; empty for a link table's ids (ColumnKind::References)
    ColumnKind kind = ColumnKind::Text;
    std::function<QVariant(const Record &)> value = {}; // as bound; NULL: the record has none
    std::function<void(Record &, const QVariant &)> set = {};
    const char *label = nullptr;                     // untranslated, in `context`
    std::optional<Language> language = std::nullopt; // one of a text's three languages
    const char *references = nullptr; // the table a Reference or References points into
    std::optional<Vocabulary> vocabulary = std::nullopt; // of a Code
    const char *context = "Column";

    bool stored() const { return !name.isEmpty(); }
};

namespace columns {

template <typename Record>
Column<Record> text(const char *name, QString Record::*member, const char *label)
{
    return {.name = QLatin1String(name),
            .kind = ColumnKind::Text,
            .value = [member](const Record &record) { return QVariant(record.*member); },
            .set = [member](Record &record,
                            const QVariant &value) { record.*member = value.toString(); },
            .label = label};
}

template <typename Record>
Column<Record> code(const char *name, QString Record::*member, Vocabulary vocabulary,
                    const char *label)
{
    Column<Record> column = text(name, member, label);
    column.kind = ColumnKind::Code;
    column.vocabulary = vocabulary;
    return column;
}

// The three columns "title_de", "title_pl", "title_en" of a text kept in three languages.
template <typename Record>
QList<Column<Record>> localized(const char *name, LocalizedText Record::*member, const char *label)
{
    QList<Column<Record>> result;
    for (Language language : allLanguages) {
        result.append(
            {.name = QLatin1String(name) % u'_' % languageCode(language),
             .kind = ColumnKind::Text,
             .value = [member, language](
                          const Record &record) { return QVariant((record.*member)[language]); },
             .set =
                 [member, language](Record &record, const QVariant &value) {
                     (record.*member)[language] = value.toString();
                 },
             .label = label,
             .language = language});
    }
    return result;
}

template <typename Record>
Column<Record> reference(const char *name, int Record::*member, const char *table,
                         const char *label)
{
    return {.name = QLatin1String(name),
            .kind = ColumnKind::Reference,
            .value = [member](const Record &record) { return sql::idOrNull(record.*member); },
            .set = [member](Record &record,
                            const QVariant &value) { record.*member = sql::idFrom(value); },
            .label = label,
            .references = table};
}

// Ids kept in a link table, in order (not a column of the record's table).
template <typename Record>
Column<Record> references(QList<int> Record::*member, const char *table, const char *label)
{
    return {.kind = ColumnKind::References,
            .value =
                [member](const Record &record) {
                    QVariantList ids;
                    for (int id : record.*member)
                        ids.append(id);
                    return QVariant(ids);
                },
            .set =
                [member](Record &record, const QVariant &value) {
                    QList<int> ids;
                    for (const QVariant &id : value.toList())
                        ids.append(id.toInt());
                    record.*member = ids;
                },
            .label = label,
            .references = table};
}

template <typename Record>
Column<Record> number(const char *name, int Record::*member, const char *label)
{
    return {
        .name = QLatin1String(name),
        .kind = ColumnKind::Number,
        .value = [member](const Record &record) { return QVariant(record.*member); },
        .set = [member](Record &record, const QVariant &value) { record.*member = value.toInt(); },
        .label = label};
}

template <typename Record>
Column<Record> real(const char *name, std::optional<double> Record::*member, const char *label)
{
    return {.name = QLatin1String(name),
            .kind = ColumnKind::Number,
            .value =
                [member](const Record &record) {
                    const std::optional<double> &value = record.*member;
                    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
                },
            .set =
                [member](Record &record, const QVariant &value) {
                    record.*member =
                        value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
                },
            .label = label};
}

template <typename Record>
Column<Record> flag(const char *name, bool Record::*member, const char *label)
{
    return {.name = QLatin1String(name),
            .kind = ColumnKind::Flag,
            .value = [member](const Record &record) { return QVariant(record.*member ? 1 : 0); },
            .set = [member](Record &record,
                            const QVariant &value) { record.*member = value.toInt() != 0; },
            .label = label};
}

template <typename Record>
Column<Record> date(const char *name, QDate Record::*member, const char *label)
{
    return {.name = QLatin1String(name),
            .kind = ColumnKind::Date,
            .value = [member](const Record &record) { return sql::dateOrNull(record.*member); },
            .set = [member](Record &record,
                            const QVariant &value) { record.*member = sql::dateFrom(value); },
            .label = label};
}

template <typename Record>
Column<Record> time(const char *name, QTime Record::*member, const char *label)
{
    return {
        .name = QLatin1String(name),
        .kind = ColumnKind::Time,
        .value = [member](const Record &record) { return QVariant(sql::timeText(record.*member)); },
        .set = [member](Record &record,
                        const QVariant &value) { record.*member = sql::timeFrom(value); },
        .label = label};
}

template <typename Record>
Column<Record> dateTime(const char *name, QDateTime Record::*member, const char *label)
{
    return {.name = QLatin1String(name),
            .kind = ColumnKind::DateTime,
            .value = [member](const Record &record) { return sql::dateTimeOrNull(record.*member); },
            .set = [member](Record &record,
                            const QVariant &value) { record.*member = sql::dateTimeFrom(value); },
            .label = label};
}

template <typename Record>
Column<Record> image(const char *name, QByteArray Record::*member, const char *label)
{
    return {.name = QLatin1String(name),
            .kind = ColumnKind::Image,
            // A null QByteArray binds as NULL: no image.
            .value = [member](const Record &record) { return QVariant(record.*member); },
            .set = [member](Record &record,
                            const QVariant &value) { record.*member = value.toByteArray(); },
            .label = label};
}

} // namespace columns

// The stored columns' names, "a, b, c".
template <typename Record>
QString columnNames(const QList<Column<Record>> &columns)
{
    QStringList names;
    for (const Column<Record> &column : columns) {
        if (column.stored())
            names.append(column.name);
    }
    return names.join(u", ");
}

// True when `column` holds the same in both records.
template <typename Record>
bool sameValue(const Column<Record> &column, const Record &a, const Record &b)
{
    const QVariant first = column.value(a);
    const QVariant second = column.value(b);
    return first.isNull() == second.isNull() && first == second;
}

} // namespace ep
