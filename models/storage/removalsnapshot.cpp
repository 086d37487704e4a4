#include "storage/removalsnapshot.h"

#include "storage/sqldialect.h"
#include "storage/transaction.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace ep::removal {
namespace {

QList<ForeignKey> readForeignKeys(const QSqlDatabase &db, QSqlError *error)
{
    QList<ForeignKey> keys;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(dialect::foreignKeys(dialectOf(db)))) {
        *error = query.lastError();
        return {};
    }
    while (query.next())
        keys.append({query.value(0).toString(), query.value(1).toString(),
                     query.value(2).toString(), query.value(3).toString()});
    return keys;
}

// Reads the rows of `table` whose `column` holds `value` into `snapshot`,
// and what depends on each of them in turn.
class Capture final
{
public:
    Capture(const QSqlDatabase &db, RemovalSnapshot &snapshot)
        : m_db(db)
        , m_snapshot(snapshot)
    {
        m_keys = readForeignKeys(db, &m_error);
    }

    QSqlError error() const { return m_error; }

    void rows(const QString &table, const QString &column, const QVariant &value)
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (fail(sql::run(query,
                          u"SELECT * FROM "_qs % table % u" WHERE "_qs % column % u" = :value"_qs,
                          {{QStringLiteral(":value"), value}})))
            return;
        QList<QVariantMap> found;
        while (query.next()) {
            const QSqlRecord record = query.record();
            QVariantMap values;
            for (int field = 0; field < record.count(); ++field)
                values.insert(record.fieldName(field), record.value(field));
            found.append(values);
        }
        query.finish();
        for (const QVariantMap &values : std::as_const(found)) {
            m_snapshot.rows.append({table, values});
            if (values.contains(QStringLiteral("id")))
                dependents(table, values.value(QStringLiteral("id")));
        }
    }

private:
    void dependents(const QString &table, const QVariant &id)
    {
        for (const ForeignKey &key : std::as_const(m_keys)) {
            if (key.references != table || m_error.isValid())
                continue;
            if (key.onDelete == u"CASCADE")
                rows(key.table, key.column, id);
            else if (key.onDelete == u"SET NULL")
                cleared(key, id);
        }
    }

    void cleared(const ForeignKey &key, const QVariant &id)
    {
        for (int row :
             sql::ids(m_db,
                      u"SELECT id FROM "_qs % key.table % u" WHERE "_qs % key.column % u" = :id"_qs,
                      {{QStringLiteral(":id"), id}}))
            m_snapshot.cleared.append({key.table, row, key.column, id});
    }

    bool fail(const QSqlError &error)
    {
        if (error.isValid() && !m_error.isValid())
            m_error = error;
        return error.isValid();
    }

    QSqlDatabase m_db;
    RemovalSnapshot &m_snapshot;
    QList<ForeignKey> m_keys;
    QSqlError m_error;
};

QSqlError insertRow(const QSqlDatabase &db, const RemovalSnapshot::Row &row)
{
    QStringList names;
    QStringList placeholders;
    QList<sql::Binding> bindings;
    for (auto it = row.values.cbegin(); it != row.values.cend(); ++it) {
        names.append(it.key());
        placeholders.append(u':' % it.key());
        bindings.append({u':' % it.key(), it.value()});
    }
    return sql::run(db,
                    u"INSERT INTO "_qs % row.table % u" ("_qs % names.join(u", ") %
                        u") VALUES ("_qs % placeholders.join(u", ") % u')',
                    bindings);
}

} // namespace

QList<ForeignKey> foreignKeys(const QSqlDatabase &db)
{
    QSqlError error;
    return readForeignKeys(db, &error);
}

SaveResult remove(const QSqlDatabase &db, const QString &table, int id, int version,
                  RemovalSnapshot *snapshot)
{
    Transaction transaction(db);
    if (!transaction.isActive())
        return SaveResult::failed(transaction.error());
    RemovalSnapshot read;
    if (snapshot) {
        Capture capture(db, read);
        capture.rows(table, QStringLiteral("id"), id);
        if (capture.error().isValid())
            return SaveResult::failed(capture.error());
    }
    SaveResult result = rows::writeOne(
        db, table, id, u"DELETE FROM "_qs % table % u" WHERE id = :id AND version = :version"_qs,
        {{QStringLiteral(":id"), id}, {QStringLiteral(":version"), version}});
    if (result.ok() && !transaction.commit())
        result.error = transaction.error();
    if (result.ok() && snapshot)
        *snapshot = read;
    return result;
}

QSqlError restore(const QSqlDatabase &db, const RemovalSnapshot &snapshot)
{
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    for (const RemovalSnapshot::Row &row : snapshot.rows) {
        if (const QSqlError error = insertRow(db, row); error.isValid())
            return error;
    }
    for (const RemovalSnapshot::ClearedReference &reference : snapshot.cleared) {
        // Where another writer has set a new reference meanwhile, it stays.
        // The version stays too: the deletion that cleared the reference did
        // not count it up (SQLite's ON DELETE SET NULL), and the row is back
        // as it was.
        const QSqlError error = sql::run(
            db,
            u"UPDATE "_qs % reference.table % u" SET "_qs % reference.column %
                u" = :value WHERE id = :id AND "_qs % reference.column % u" IS NULL"_qs,
            {{QStringLiteral(":value"), reference.value}, {QStringLiteral(":id"), reference.id}});
        if (error.isValid())
            return error;
    }
    if (!transaction.commit())
        return transaction.error();
    return {};
}

} // namespace ep::removal
