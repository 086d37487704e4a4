#include "storage/searchindex.h"

#include "domain/field.h"
#include "domain/organisation.h"
#include "domain/person.h"
#include "domain/searchtext.h"
#include "storage/schema.h"
#include "storage/sql.h"
#include "storage/sqldialect.h"
#include "storage/transaction.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace ep {

// What a user may type to find a row of each table.
QStringList searchedColumns(const QString &table)
{
    if (table == u"organisations")
        return {QStringLiteral("name"), QStringLiteral("short_name"), QStringLiteral("city")};
    if (table == u"people") {
        QStringList columns;
        for (Field field : fieldsWith(FieldUse::Searched))
            columns.append(QLatin1String(describe(field).column));
        return columns;
    }
    if (table == u"topics")
        return {QStringLiteral("name_de"), QStringLiteral("name_pl"), QStringLiteral("name_en")};
    if (table == u"sites")
        return {QStringLiteral("name_de"), QStringLiteral("name_pl"), QStringLiteral("name_en"),
                QStringLiteral("street"), QStringLiteral("city")};
    return {QStringLiteral("title_de"), QStringLiteral("title_pl"), QStringLiteral("title_en"),
            QStringLiteral("venue_city"), QStringLiteral("online_platform")};
}

QString searchIndexOf(const QString &table)
{
    // The one table that grows to 100,000 rows; the others are read whole
    // faster than an index is kept.
    return table == u"people" ? QStringLiteral("people_search") : QString();
}

QStringList searchIndexStatements(const QString &table)
{
    const QString index = searchIndexOf(table);
    // External content: the index holds the trigrams, the text stays in
    // the table; the triggers keep both in step for any writer.
    return QStringList{u"CREATE VIRTUAL TABLE "_qs % index %
                           u" USING fts5(search_text, content='"_qs % table %
                           u"', content_rowid='id', tokenize='trigram')"_qs,
                       u"INSERT INTO "_qs % index % u'(' % index % u") VALUES ('rebuild')"_qs} +
           searchIndexTriggers(table);
}

namespace {

// The key in meta of the first id a bulk writer keeps in the index itself.
QString deferredFromKey(const QString &index)
{
    return index % u"_from";
}

} // namespace

QStringList searchIndexTriggers(const QString &table)
{
    const QString index = searchIndexOf(table);
    // Rows from the id a bulk writer marked on are left to it
    // (DeferredSearchIndex); without the mark every row is kept in step.
    const auto unlessDeferred = [&index](const char *row) -> QString {
        return u" WHEN "_qs % QLatin1String(row) %
               u".id < COALESCE((SELECT CAST(value AS INTEGER) FROM meta WHERE key = '"_qs %
               deferredFromKey(index) % u"'), "_qs % QLatin1String(row) % u".id + 1)"_qs;
    };
    return {u"CREATE TRIGGER "_qs % index % u"_insert AFTER INSERT ON "_qs % table %
                unlessDeferred("new") % u" BEGIN INSERT INTO "_qs % index %
                u"(rowid, search_text) VALUES (new.id, new.search_text); END"_qs,
            u"CREATE TRIGGER "_qs % index % u"_delete AFTER DELETE ON "_qs % table %
                unlessDeferred("old") % u" BEGIN INSERT INTO "_qs % index % u'(' % index %
                u", rowid, search_text) VALUES ('delete', old.id, old.search_text); END"_qs,
            u"CREATE TRIGGER "_qs % index % u"_update AFTER UPDATE OF search_text ON "_qs % table %
                unlessDeferred("old") % u" BEGIN INSERT INTO "_qs % index % u'(' % index %
                u", rowid, search_text) VALUES ('delete', old.id, old.search_text);"_qs %
                u" INSERT INTO "_qs % index %
                u"(rowid, search_text) VALUES (new.id, new.search_text); END"_qs};
}

QStringList searchIndexUpgrade(const QString &table)
{
    QStringList statements;
    for (const char *change : {"insert", "delete", "update"})
        statements.append(u"DROP TRIGGER "_qs % searchIndexOf(table) % u'_' %
                          QLatin1String(change));
    return statements + searchIndexTriggers(table);
}

QSqlError serverSearchIndex(QSqlDatabase &db, const QString &table)
{
    Transaction attempt(db);
    // A failed statement spoils a PostgreSQL transaction; rolling back to
    // the savepoint keeps the upgrade's.
    // (Asked first: IF NOT EXISTS would print PostgreSQL's notice on stderr.)
    if (sql::count(db, QStringLiteral(
                           "SELECT count(*) FROM pg_extension WHERE extname = 'pg_trgm'")) == 0 &&
        sql::runUnprepared(db, QStringLiteral("CREATE EXTENSION pg_trgm")).isValid()) {
        return {};
    }
    if (const QSqlError error =
            sql::runUnprepared(db, u"CREATE INDEX "_qs % searchIndexOf(table) % u" ON "_qs % table %
                                       u" USING gin (search_text gin_trgm_ops)"_qs);
        error.isValid()) {
        return error;
    }
    attempt.commit();
    return attempt.error();
}

DeferredSearchIndex::DeferredSearchIndex(QSqlDatabase db, const QString &table)
    : m_db(std::move(db))
    , m_index(dialectOf(m_db) == SqlDialect::SQLite ? searchIndexOf(table) : QString())
    , m_table(table)
{}

QSqlError DeferredSearchIndex::begin(qint64 firstId)
{
    if (m_index.isEmpty() || m_firstId != 0)
        return {};
    m_firstId = firstId;
    return schema::setMetaValue(m_db, deferredFromKey(m_index), QString::number(firstId));
}

QSqlError DeferredSearchIndex::finish()
{
    if (m_firstId == 0)
        return {};
    if (const QSqlError error = sql::run(m_db,
                                         u"INSERT INTO "_qs % m_index %
                                             u"(rowid, search_text) SELECT id, search_text"_qs %
                                             u" FROM "_qs % m_table % u" WHERE id >= :id"_qs,
                                         {{QStringLiteral(":id"), m_firstId}});
        error.isValid()) {
        return error;
    }
    m_firstId = 0;
    return schema::removeMetaValue(m_db, deferredFromKey(m_index));
}

QString searchIndexPhrase(const QString &word)
{
    return u'"' % QString(word).replace(u'"', u"\"\""_qs) % u'"';
}

QString personSearchText(const Person &person)
{
    QStringList parts;
    for (Field field : fieldsWith(FieldUse::Searched))
        parts.append(person.*describe(field).personText);
    return searchTextOf(parts);
}

QString organisationSearchText(const Organisation &organisation)
{
    return searchTextOf({organisation.name, organisation.shortName, organisation.city});
}

QString sortNameOf(const QString &firstName, const QString &lastName)
{
    return foldedJoin({lastName, firstName});
}

QStringList searchIndexedTables()
{
    return {QStringLiteral("organisations"), QStringLiteral("people"), QStringLiteral("topics"),
            QStringLiteral("sites"), QStringLiteral("events")};
}

QSqlError updateSearchText(QSqlDatabase &db, const QString &table, int id)
{
    const QStringList columns = searchedColumns(table);
    QSqlQuery row(db);
    if (const QSqlError error = sql::run(
            row, u"SELECT "_qs % columns.join(u", ") % u" FROM "_qs % table % u" WHERE id = :id"_qs,
            {{QStringLiteral(":id"), id}});
        error.isValid()) {
        return error;
    }
    if (!row.next())
        return {};
    QStringList parts;
    for (int i = 0; i < columns.size(); ++i)
        parts.append(row.value(i).toString());

    if (table == u"people") {
        const QString sortName = sortNameOf(row.value(QStringLiteral("first_name")).toString(),
                                            row.value(QStringLiteral("last_name")).toString());
        return sql::run(db,
                        QStringLiteral("UPDATE people SET search_text = :text, sort_name = :sort "
                                       "WHERE id = :id"),
                        {{QStringLiteral(":text"), searchTextOf(parts)},
                         {QStringLiteral(":sort"), sortName},
                         {QStringLiteral(":id"), id}});
    }
    return sql::run(db, u"UPDATE "_qs % table % u" SET search_text = :text WHERE id = :id"_qs,
                    {{QStringLiteral(":text"), searchTextOf(parts)}, {QStringLiteral(":id"), id}});
}

namespace schema {

QSqlError rebuildSearchText(QSqlDatabase &db)
{
    for (const QString &table : searchIndexedTables()) {
        QSqlQuery ids(db);
        ids.setForwardOnly(true);
        if (!ids.exec(u"SELECT id FROM "_qs % table))
            return ids.lastError();
        QList<int> rows;
        while (ids.next())
            rows.append(ids.value(0).toInt());
        for (int id : rows) {
            if (const QSqlError error = updateSearchText(db, table, id); error.isValid())
                return error;
        }
    }
    return {};
}

} // namespace schema

} // namespace ep
