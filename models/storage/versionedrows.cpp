#include "storage/versionedrows.h"

namespace ep::rows {

StaleRow staleRow(const QSqlDatabase &db, const QString &table, int id)
{
    return {table, id, !sql::rowExists(db, table, id)};
}

QString stamp(const QSqlDatabase &db, const QString &table, int id)
{
    QSqlQuery query(db);
    if (sql::run(query, u"SELECT version FROM "_qs % table % u" WHERE id = :id"_qs,
                 {{QStringLiteral(":id"), id}})
            .isValid() ||
        !query.next()) {
        return {};
    }
    return query.value(0).toString();
}

SaveResult writeOne(const QSqlDatabase &db, const QString &table, int id, const QString &statement,
                    const QList<sql::Binding> &bindings)
{
    QSqlQuery query(db);
    if (const QSqlError error = sql::run(query, statement, bindings); error.isValid())
        return SaveResult::failed(error);
    if (query.numRowsAffected() == 1)
        return {};
    return {{}, {staleRow(db, table, id)}};
}

QSqlError indexed(const QSqlDatabase &db, const QString &table, int id)
{
    if (!searchIndexedTables().contains(table))
        return {};
    QSqlDatabase connection = db;
    return updateSearchText(connection, table, id);
}

} // namespace ep::rows
