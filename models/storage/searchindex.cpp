#include "storage/searchindex.h"

#include "domain/field.h"
#include "domain/organisation.h"
#include "domain/person.h"
#include "domain/searchtext.h"
#include "storage/sql.h"
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
    return {u"CREATE VIRTUAL TABLE "_qs % index % u" USING fts5(search_text, content='"_qs % table %
                u"', content_rowid='id', tokenize='trigram')"_qs,
            u"INSERT INTO "_qs % index % u'(' % index % u") VALUES ('rebuild')"_qs,
            u"CREATE TRIGGER "_qs % index % u"_insert AFTER INSERT ON "_qs % table % u" BEGIN"_qs %
                u" INSERT INTO "_qs % index % u"(rowid, search_text)"_qs %
                u" VALUES (new.id, new.search_text); END"_qs,
            u"CREATE TRIGGER "_qs % index % u"_delete AFTER DELETE ON "_qs % table % u" BEGIN"_qs %
                u" INSERT INTO "_qs % index % u'(' % index % u", rowid, search_text)"_qs %
                u" VALUES ('delete', old.id, old.search_text); END"_qs,
            u"CREATE TRIGGER "_qs % index % u"_update AFTER UPDATE OF search_text ON "_qs % table %
                u" BEGIN INSERT INTO "_qs % index % u'(' % index % u", rowid, search_text)"_qs %
                u" VALUES ('delete', old.id, old.search_text);"_qs % u" INSERT INTO "_qs % index %
                u"(rowid, search_text) VALUES (new.id, new.search_text); END"_qs};
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

} // namespace ep
