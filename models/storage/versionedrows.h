#pragma once

#include "storage/records.h"
#include "storage/searchindex.h"
#include "storage/sql.h"
#include "storage/sqldialect.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

// Reading and writing one record's row so that another writer's work is
// never overwritten: every row carries a version, counted up by each write;
// a write names the version it was made against and is refused when the row
// has another one (another window, a command-line import, a colleague wrote
// in between) or is gone. A write sends only the columns that differ from
// the record as it was loaded: what this user changed, nothing else.
namespace ep {

// A row that another writer changed or deleted since it was loaded.
struct StaleRow
{
    QString table;
    int id = 0;
    bool deleted = false;

    friend bool operator==(const StaleRow &, const StaleRow &) = default;
};

// What became of a save: written, refused by the database, or refused
// because rows it writes are stale. Nothing is written unless ok().
struct SaveResult
{
    QSqlError error;
    QList<StaleRow> stale;

    bool ok() const { return !error.isValid() && stale.isEmpty(); }
    static SaveResult failed(const QSqlError &error) { return {error, {}}; }
};

namespace rows {

// StaleRow for the row `id` of `table` that a versioned write missed: gone,
// or at another version.
StaleRow staleRow(const QSqlDatabase &db, const QString &table, int id);

// The record of `records` with `id`; null when there is none.
template <typename Record>
const Record *withId(const QList<Record> &records, int id)
{
    for (const Record &record : records) {
        if (record.id == id)
            return &record;
    }
    return nullptr;
}

// The version of row `id` of `table` as text; empty when there is no such row.
QString stamp(const QSqlDatabase &db, const QString &table, int id);

// Runs `statement` and checks that it wrote exactly one row.
SaveResult writeOne(const QSqlDatabase &db, const QString &table, int id, const QString &statement,
                    const QList<sql::Binding> &bindings);

// Keeps the search text of an indexed table's row up to date (searchindex.h).
QSqlError indexed(const QSqlDatabase &db, const QString &table, int id);

template <typename Record>
QList<sql::Binding> bindingsOf(const Record &record, const QList<Column<Record>> &columns)
{
    QList<sql::Binding> bindings;
    for (const Column<Record> &column : columns) {
        if (column.stored())
            bindings.append({u':' % column.name, column.value(record)});
    }
    return bindings;
}

// Sets the stored columns of `record` from the query's values at `index` on,
// in the order columnNames() lists them; `index` moves past them.
template <typename Record>
void readColumns(Record &record, const QSqlQuery &query, int &index)
{
    for (const Column<Record> &column : recordTable<Record>().columns) {
        if (column.stored())
            column.set(record, query.value(index++));
    }
}

// The record whose id, version and stored columns are the query's values
// from `index` on ("SELECT id, version, " + columnNames()); `index` moves
// past them. Its link-table columns are left empty.
template <typename Record>
Record recordAt(const QSqlQuery &query, int &index)
{
    Record record;
    record.id = query.value(index++).toInt();
    record.version = query.value(index++).toInt();
    readColumns(record, query, index);
    return record;
}

// The record `id` as stored, its link-table columns left empty; nothing
// when there is no such row, or (with `error`) when the query failed.
template <typename Record>
std::optional<Record> load(const QSqlDatabase &db, int id, QSqlError *error = nullptr)
{
    const RecordTable<Record> &table = recordTable<Record>();
    QSqlQuery query(db);
    const QSqlError failed = sql::run(query,
                                      u"SELECT version, "_qs % columnNames(table.columns) %
                                          u" FROM "_qs % table.name % u" WHERE id = :id"_qs,
                                      {{QStringLiteral(":id"), id}});
    if (error)
        *error = failed;
    if (failed.isValid() || !query.next())
        return std::nullopt;
    Record record;
    record.id = id;
    record.version = query.value(0).toInt();
    int index = 1;
    readColumns(record, query, index);
    return record;
}

// The records of the rows `where` selects ("WHERE event_id = :id ORDER BY
// id"), their link-table columns left empty; with `error` when the query failed.
template <typename Record>
QList<Record> loadAll(const QSqlDatabase &db, const QString &where,
                      const QList<sql::Binding> &bindings, QSqlError *error = nullptr)
{
    const RecordTable<Record> &table = recordTable<Record>();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QSqlError failed = sql::run(query,
                                      u"SELECT id, version, "_qs % columnNames(table.columns) %
                                          u" FROM "_qs % table.name % u' ' % where,
                                      bindings);
    if (error)
        *error = failed;
    QList<Record> records;
    while (!failed.isValid() && query.next()) {
        int index = 0;
        records.append(recordAt<Record>(query, index));
    }
    return records;
}

// The records with these ids that exist, in one query whatever their number.
template <typename Record>
QList<Record> loadByIds(const QSqlDatabase &db, const QList<int> &ids, QSqlError *error = nullptr)
{
    if (ids.isEmpty()) {
        if (error)
            *error = {};
        return {};
    }
    return loadAll<Record>(
        db,
        u"WHERE id IN ("_qs % dialect::idsOfJsonArray(dialectOf(db), QStringLiteral(":ids")) % u')',
        {{QStringLiteral(":ids"), sql::idArray(ids)}}, error);
}

// Inserts `record` with every column (and `owner`, e.g. the event_id of an
// agenda item), under its id when it has one (a record brought back by
// undo) or a new one written into it; its version becomes 1.
template <typename Record>
SaveResult insert(const QSqlDatabase &db, Record &record, const QList<sql::Binding> &owner = {})
{
    const RecordTable<Record> &table = recordTable<Record>();
    QList<sql::Binding> bindings = bindingsOf(record, table.columns) + owner;
    bindings.append({QStringLiteral(":version"), 1});
    if (record.id > 0)
        bindings.append({QStringLiteral(":id"), record.id});
    QStringList names;
    QStringList placeholders;
    for (const sql::Binding &binding : std::as_const(bindings)) {
        names.append(binding.name.mid(1));
        placeholders.append(binding.name);
    }
    QSqlQuery query(db);
    if (const QSqlError error =
            sql::run(query,
                     u"INSERT INTO "_qs % table.name % u" ("_qs % names.join(u", ") %
                         u") VALUES ("_qs % placeholders.join(u", ") % u") RETURNING id"_qs,
                     bindings);
        error.isValid()) {
        return SaveResult::failed(error);
    }
    if (!query.next())
        return SaveResult::failed(query.lastError());
    const int id = query.value(0).toInt();
    query.finish();
    if (const QSqlError error = indexed(db, table.name, id); error.isValid())
        return SaveResult::failed(error);
    record.id = id;
    record.version = 1;
    return {};
}

// Writes the columns in which `record` differs from `base`, the stored row as
// the record was loaded, if the row still has base's version; counts the
// version up. `alsoChanged`: something kept outside the row (its link
// tables) changed, so the row's version counts up all the same. Without a
// difference nothing is written.
template <typename Record>
SaveResult update(const QSqlDatabase &db, Record &record, const Record &base,
                  bool alsoChanged = false)
{
    const RecordTable<Record> &table = recordTable<Record>();
    QStringList assignments;
    QList<sql::Binding> bindings;
    for (const Column<Record> &column : table.columns) {
        if (!column.stored() || sameValue(column, record, base))
            continue;
        assignments.append(column.name % u" = :"_qs % column.name);
        bindings.append({u':' % column.name, column.value(record)});
    }
    if (assignments.isEmpty() && !alsoChanged) {
        record.version = base.version;
        return {};
    }
    assignments.append(QStringLiteral("version = version + 1"));
    bindings += {{QStringLiteral(":id"), base.id}, {QStringLiteral(":version"), base.version}};
    SaveResult result =
        writeOne(db, table.name, base.id,
                 u"UPDATE "_qs % table.name % u" SET "_qs % assignments.join(u", ") %
                     u" WHERE id = :id AND version = :version"_qs,
                 bindings);
    if (result.ok())
        result.error = indexed(db, table.name, base.id);
    if (result.ok())
        record.version = base.version + 1;
    return result;
}

// Deletes the row of `base` if it still has base's version.
template <typename Record>
SaveResult remove(const QSqlDatabase &db, const Record &base)
{
    const QString table = recordTable<Record>().name;
    return writeOne(db, table, base.id,
                    u"DELETE FROM "_qs % table % u" WHERE id = :id AND version = :version"_qs,
                    {{QStringLiteral(":id"), base.id}, {QStringLiteral(":version"), base.version}});
}

} // namespace rows
} // namespace ep
