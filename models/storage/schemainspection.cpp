#include "storage/schema.h"
#include "storage/sql.h"
#include "storage/sqldialect.h"

#include <QCryptographicHash>
#include <QHash>
#include <QMutex>
#include <QSqlQuery>

// What a database holds, and what it should hold: checked at every open.
namespace ep::schema {

TableColumns tablesOf(const QSqlDatabase &db, QSqlError *error)
{
    TableColumns tables;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(dialect::tablesAndColumns(dialectOf(db)))) {
        if (error)
            *error = query.lastError();
        return {};
    }
    while (query.next())
        tables[query.value(0).toString()].append(query.value(1).toString());
    if (error)
        *error = {};
    return tables;
}

TableColumns expectedTables(int version)
{
    // Made once per version and process, under the lock (the connection's
    // name is the same every time).
    static QMutex mutex;
    static QHash<int, TableColumns> known;
    const QMutexLocker locker(&mutex);
    if (const auto found = known.constFind(version); found != known.cend())
        return *found;
    const QString name = QStringLiteral("exchange-planner-expected-schema");
    TableColumns tables;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        // Statements of this build on an empty database in memory: they fail
        // only on a broken build, which every test would show.
        if (db.open()) {
            for (int step = 1; step <= version; ++step)
                migrateOneStep(db, SqlDialect::SQLite, step);
            tables = tablesOf(db);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    known.insert(version, tables);
    return tables;
}

QString tablesDigest(const TableColumns &tables, int version)
{
    QCryptographicHash digest(QCryptographicHash::Sha256);
    digest.addData(QByteArray::number(version));
    for (auto table = tables.cbegin(); table != tables.cend(); ++table) {
        const QString line = u'\n' % table.key() % u':' % table.value().join(u',');
        digest.addData(line.toUtf8());
    }
    return QString::fromLatin1(digest.result().toHex());
}

QString madeTablesDigest(const QSqlDatabase &db)
{
    return metaValue(db, QStringLiteral("made_tables"));
}

QSqlError keepMadeTablesDigest(const QSqlDatabase &db, const QString &digest)
{
    return setMetaValue(db, QStringLiteral("made_tables"), digest);
}

QString databaseIdentity(const QSqlDatabase &db)
{
    return metaValue(db, QStringLiteral("database_id"));
}

QString metaValue(const QSqlDatabase &db, const QString &key)
{
    QSqlQuery query(db);
    if (!sql::run(query, QStringLiteral("SELECT value FROM meta WHERE key = :key"),
                  {{QStringLiteral(":key"), key}})
             .isValid() &&
        query.next())
        return query.value(0).toString();
    return {};
}

QSqlError setMetaValue(const QSqlDatabase &db, const QString &key, const QString &value)
{
    if (const QSqlError error = removeMetaValue(db, key); error.isValid())
        return error;
    return sql::run(db, QStringLiteral("INSERT INTO meta (key, value) VALUES (:key, :value)"),
                    {{QStringLiteral(":key"), key}, {QStringLiteral(":value"), value}});
}

QSqlError removeMetaValue(const QSqlDatabase &db, const QString &key)
{
    return sql::run(db, QStringLiteral("DELETE FROM meta WHERE key = :key"),
                    {{QStringLiteral(":key"), key}});
}

} // namespace ep::schema
