#include "storage/schema.h"

#include "domain/textlanguage.h"
#include "domain/vocabulary.h"
#include "storage/personaldatasteps.h"
#include "storage/searchindex.h"
#include "storage/sql.h"
#include "storage/sqldialect.h"
#include "storage/tablerebuild.h"
#include "storage/visitsteps.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

namespace ep::schema {
namespace {

// The statements are written for SQLite; dialect::ddl() carries them over
// to PostgreSQL (storage/sqldialect.h), so that the migrations stay one
// definition of the schema for both engines.
QString identityColumn()
{
    return QStringLiteral("id INTEGER PRIMARY KEY");
}

QSqlError runAll(QSqlDatabase &db, const QStringList &statements)
{
    const SqlDialect dialect = dialectOf(db);
    for (const QString &statement : statements) {
        if (const QSqlError error = sql::runUnprepared(db, dialect::ddl(dialect, statement));
            error.isValid())
            return error;
    }
    return {};
}

// Version 1: the domain of the design.
QStringList version1()
{
    const QString id = identityColumn();
    return {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("INSERT INTO meta (key, value) VALUES ('application', '%1')")
            .arg(QLatin1String(applicationName)),
        QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', '1')"),

        u"CREATE TABLE organisations ("_qs % id %
            u",\n"
            u" name TEXT NOT NULL CHECK (name <> ''),\n"
            u" short_name TEXT NOT NULL DEFAULT '',\n"
            u" kind TEXT NOT NULL DEFAULT 'other',\n"
            u" city TEXT NOT NULL DEFAULT '',\n"
            u" country TEXT NOT NULL DEFAULT '',\n"
            u" website TEXT NOT NULL DEFAULT '')"_qs,

        u"CREATE TABLE people ("_qs % id %
            u",\n"
            u" first_name TEXT NOT NULL DEFAULT '',\n"
            u" last_name TEXT NOT NULL CHECK (last_name <> ''),\n"
            u" title TEXT NOT NULL DEFAULT '',\n"
            u" organisation_id INTEGER REFERENCES organisations (id) ON DELETE SET NULL,\n"
            u" function TEXT NOT NULL DEFAULT '',\n"
            u" email TEXT NOT NULL DEFAULT '',\n"
            u" phone TEXT NOT NULL DEFAULT '',\n"
            u" street TEXT NOT NULL DEFAULT '',\n"
            u" postal_code TEXT NOT NULL DEFAULT '',\n"
            u" city TEXT NOT NULL DEFAULT '',\n"
            u" country TEXT NOT NULL DEFAULT '',\n"
            u" languages TEXT NOT NULL DEFAULT '',\n"
            u" notes TEXT NOT NULL DEFAULT '',\n"
            u" is_contact INTEGER NOT NULL DEFAULT 0 CHECK (is_contact IN (0, 1)),\n"
            u" consent_date TEXT,\n"
            u" consent_purpose TEXT NOT NULL DEFAULT '')"_qs,

        u"CREATE TABLE topics ("_qs % id %
            u",\n"
            u" name_de TEXT NOT NULL DEFAULT '',\n"
            u" name_pl TEXT NOT NULL DEFAULT '',\n"
            u" name_en TEXT NOT NULL DEFAULT '',\n"
            u" CHECK (name_de <> '' OR name_pl <> '' OR name_en <> ''))"_qs,

        u"CREATE TABLE sites ("_qs % id %
            u",\n"
            u" name_de TEXT NOT NULL DEFAULT '',\n"
            u" name_pl TEXT NOT NULL DEFAULT '',\n"
            u" name_en TEXT NOT NULL DEFAULT '',\n"
            u" kind TEXT NOT NULL DEFAULT 'other',\n"
            u" street TEXT NOT NULL DEFAULT '',\n"
            u" postal_code TEXT NOT NULL DEFAULT '',\n"
            u" city TEXT NOT NULL DEFAULT '',\n"
            u" country TEXT NOT NULL DEFAULT '',\n"
            u" latitude REAL CHECK (latitude BETWEEN -90 AND 90),\n"
            u" longitude REAL CHECK (longitude BETWEEN -180 AND 180),\n"
            u" description_de TEXT NOT NULL DEFAULT '',\n"
            u" description_pl TEXT NOT NULL DEFAULT '',\n"
            u" description_en TEXT NOT NULL DEFAULT '',\n"
            u" host_organisation_id INTEGER REFERENCES organisations (id) ON DELETE SET NULL,\n"
            u" contact_person_id INTEGER REFERENCES people (id) ON DELETE SET NULL,\n"
            u" accessibility TEXT NOT NULL DEFAULT '',\n"
            u" CHECK (name_de <> '' OR name_pl <> '' OR name_en <> ''))"_qs,

        u"CREATE TABLE events ("_qs % id %
            u",\n"
            u" kind TEXT NOT NULL CHECK (kind IN ('study_visit', 'webinar', 'workshop')),\n"
            u" title_de TEXT NOT NULL DEFAULT '',\n"
            u" title_pl TEXT NOT NULL DEFAULT '',\n"
            u" title_en TEXT NOT NULL DEFAULT '',\n"
            u" description_de TEXT NOT NULL DEFAULT '',\n"
            u" description_pl TEXT NOT NULL DEFAULT '',\n"
            u" description_en TEXT NOT NULL DEFAULT '',\n"
            u" start_date TEXT NOT NULL,\n"
            u" end_date TEXT NOT NULL,\n"
            u" venue_city TEXT NOT NULL DEFAULT '',\n"
            u" venue_address TEXT NOT NULL DEFAULT '',\n"
            u" online_platform TEXT NOT NULL DEFAULT '',\n"
            u" online_link TEXT NOT NULL DEFAULT '',\n"
            u" host_organisation_id INTEGER REFERENCES organisations (id) ON DELETE SET NULL,\n"
            u" languages TEXT NOT NULL DEFAULT '',\n"
            u" interpretation TEXT NOT NULL DEFAULT '',\n"
            u" capacity INTEGER NOT NULL DEFAULT 0 CHECK (capacity >= 0),\n"
            u" status TEXT NOT NULL DEFAULT 'planned'\n"
            u"   CHECK (status IN ('planned', 'confirmed', 'held', 'cancelled')),\n"
            u" CHECK (title_de <> '' OR title_pl <> '' OR title_en <> ''),\n"
            u" CHECK (end_date >= start_date))"_qs,

        QStringLiteral("CREATE TABLE event_organisers (\n"
                       " event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,\n"
                       " person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,\n"
                       " position INTEGER NOT NULL DEFAULT 0,\n"
                       " PRIMARY KEY (event_id, person_id))"),

        QStringLiteral("CREATE TABLE event_topics (\n"
                       " event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,\n"
                       " topic_id INTEGER NOT NULL REFERENCES topics (id) ON DELETE CASCADE,\n"
                       " position INTEGER NOT NULL DEFAULT 0,\n"
                       " PRIMARY KEY (event_id, topic_id))"),

        u"CREATE TABLE agenda_items ("_qs % id %
            u",\n"
            u" event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,\n"
            u" day TEXT NOT NULL,\n"
            u" start_time TEXT NOT NULL,\n"
            u" end_time TEXT NOT NULL,\n"
            u" title_de TEXT NOT NULL DEFAULT '',\n"
            u" title_pl TEXT NOT NULL DEFAULT '',\n"
            u" title_en TEXT NOT NULL DEFAULT '',\n"
            u" kind TEXT NOT NULL\n"
            u"   CHECK (kind IN ('site_visit', 'talk', 'discussion', 'travel', 'meal', 'break')),\n"
            u" site_id INTEGER REFERENCES sites (id) ON DELETE SET NULL,\n"
            u" meeting_point TEXT NOT NULL DEFAULT '',\n"
            u" notes TEXT NOT NULL DEFAULT '',\n"
            u" CHECK (end_time > start_time))"_qs,

        QStringLiteral(
            "CREATE TABLE agenda_item_hosts (\n"
            " agenda_item_id INTEGER NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,\n"
            " person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,\n"
            " position INTEGER NOT NULL DEFAULT 0,\n"
            " PRIMARY KEY (agenda_item_id, person_id))"),

        u"CREATE TABLE participations ("_qs % id %
            u",\n"
            u" event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,\n"
            u" person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,\n"
            u" role TEXT NOT NULL DEFAULT 'delegate'\n"
            u"   CHECK (role IN ('delegate', 'speaker', 'host', 'interpreter', 'organiser')),\n"
            u" status TEXT NOT NULL DEFAULT 'registered' CHECK (status IN\n"
            u"   ('invited', 'registered', 'confirmed', 'cancelled', 'attended', 'no_show')),\n"
            u" delegation TEXT NOT NULL DEFAULT '',\n"
            u" arrival TEXT,\n"
            u" departure TEXT,\n"
            u" dietary_needs TEXT NOT NULL DEFAULT '',\n"
            u" accessibility_needs TEXT NOT NULL DEFAULT '',\n"
            u" notes TEXT NOT NULL DEFAULT '',\n"
            u" UNIQUE (event_id, person_id))"_qs,

        QStringLiteral("CREATE INDEX people_organisation ON people (organisation_id)"),
        QStringLiteral("CREATE INDEX sites_host ON sites (host_organisation_id)"),
        QStringLiteral("CREATE INDEX sites_contact ON sites (contact_person_id)"),
        QStringLiteral("CREATE INDEX events_host ON events (host_organisation_id)"),
        QStringLiteral("CREATE INDEX event_organisers_person ON event_organisers (person_id)"),
        QStringLiteral("CREATE INDEX event_topics_topic ON event_topics (topic_id)"),
        QStringLiteral(
            "CREATE INDEX agenda_items_event ON agenda_items (event_id, day, start_time)"),
        QStringLiteral("CREATE INDEX agenda_items_site ON agenda_items (site_id)"),
        QStringLiteral("CREATE INDEX agenda_item_hosts_person ON agenda_item_hosts (person_id)"),
        QStringLiteral("CREATE INDEX participations_person ON participations (person_id)"),
    };
}

// Version 2: forgiving search. A folded copy of each row's searchable text
// (searchindex.h), filled in for the rows stored, and a folded sort name.
QStringList version2()
{
    QStringList statements;
    for (const QString &table : searchIndexedTables())
        statements.append(u"ALTER TABLE "_qs % table %
                          u" ADD COLUMN search_text TEXT NOT NULL DEFAULT ''"_qs);
    statements.append(
        QStringLiteral("ALTER TABLE people ADD COLUMN sort_name TEXT NOT NULL DEFAULT ''"));
    statements.append(QStringLiteral("CREATE INDEX people_sort_name ON people (sort_name)"));
    statements.append(QStringLiteral("CREATE INDEX events_start ON events (start_date)"));
    return statements;
}

// Version 3: for importing participants by the hundred thousand.
// - An index to match imported rows to stored people by email, whatever its
//   case (NOCASE: ASCII letters, as in email addresses).
// - On SQLite, the participations' checks of role and status as comparisons:
//   SQLite builds a temporary table for every `IN (…)` list on every insert,
//   which made an insert three times slower. SQLite cannot change a check in
//   place, so the table is rebuilt; nothing refers to participations, so
//   dropping the old table deletes nothing else.
QStringList version3(SqlDialect dialect)
{
    QStringList statements{
        QStringLiteral("CREATE INDEX people_email ON people (email COLLATE NOCASE)")};
    if (dialect != SqlDialect::SQLite)
        return statements;
    const auto anyOf = [](const QString &column, const QStringList &values) {
        QStringList comparisons;
        for (const QString &value : values)
            comparisons.append(column % u" = '" % value % u'\'');
        return comparisons.join(u" OR ");
    };
    statements += {
        u"CREATE TABLE participations_v3 ("_qs % identityColumn() %
            u",\n"
            u" event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,\n"
            u" person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,\n"
            u" role TEXT NOT NULL DEFAULT 'delegate' CHECK ("_qs %
            anyOf(u"role"_qs,
                  {u"delegate"_qs, u"speaker"_qs, u"host"_qs, u"interpreter"_qs, u"organiser"_qs}) %
            u"),\n status TEXT NOT NULL DEFAULT 'registered' CHECK ("_qs %
            anyOf(u"status"_qs, {u"invited"_qs, u"registered"_qs, u"confirmed"_qs, u"cancelled"_qs,
                                 u"attended"_qs, u"no_show"_qs}) %
            u"),\n"
            u" delegation TEXT NOT NULL DEFAULT '',\n"
            u" arrival TEXT,\n"
            u" departure TEXT,\n"
            u" dietary_needs TEXT NOT NULL DEFAULT '',\n"
            u" accessibility_needs TEXT NOT NULL DEFAULT '',\n"
            u" notes TEXT NOT NULL DEFAULT '',\n"
            u" UNIQUE (event_id, person_id))"_qs,
        QStringLiteral("INSERT INTO participations_v3 (id, event_id, person_id, role, status,"
                       " delegation, arrival, departure, dietary_needs, accessibility_needs, notes)"
                       " SELECT id, event_id, person_id, role, status, delegation, arrival,"
                       " departure, dietary_needs, accessibility_needs, notes FROM participations"),
        QStringLiteral("DROP TABLE participations"),
        QStringLiteral("ALTER TABLE participations_v3 RENAME TO participations"),
        QStringLiteral("CREATE INDEX participations_person ON participations (person_id)"),
    };
    return statements;
}

// Version 4: documents.
// - The funding programme, project number and logo that an event's sign-in
//   sheets carry (set once per event).
// - An identity of the database: calendar UIDs are made of it and the ids,
//   so two databases never give the same UID to different agenda items.
QStringList version4()
{
    return {
        QStringLiteral("ALTER TABLE events ADD COLUMN funding_programme TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE events ADD COLUMN project_number TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE events ADD COLUMN funding_logo BLOB"),
        QStringLiteral("INSERT INTO meta (key, value) VALUES ('database_id', '%1')")
            .arg(QUuid::createUuid().toString(QUuid::WithoutBraces)),
    };
}

// The tables of records, which carry a version from schema version 5 on.
const QStringList &recordTables()
{
    static const QStringList tables{QStringLiteral("organisations"), QStringLiteral("people"),
                                    QStringLiteral("topics"),        QStringLiteral("sites"),
                                    QStringLiteral("events"),        QStringLiteral("agenda_items"),
                                    QStringLiteral("participations")};
    return tables;
}

// PostgreSQL: every statement that changes a table of ours makes the server
// tell the connections listening on changesChannel() at the commit
// (LISTEN/NOTIFY): windows on other machines refresh within a moment, also
// after a change made with psql. One notification per table and
// transaction, whatever the number of rows.
QStringList commitNotifications(const QSqlDatabase &db)
{
    QStringList statements{
        u"CREATE FUNCTION exchange_planner_notify() RETURNS trigger LANGUAGE plpgsql AS "
        u"'BEGIN PERFORM pg_notify(''"_qs %
        QLatin1String(changesChannel) % u"'', TG_TABLE_NAME); RETURN NULL; END'"_qs};
    for (const QString &table : db.tables(QSql::Tables)) {
        statements.append(u"CREATE TRIGGER "_qs % table %
                          u"_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "_qs % table %
                          u" FOR EACH STATEMENT EXECUTE FUNCTION exchange_planner_notify()"_qs);
    }
    return statements;
}

// Version 5: many writers.
// - Every record's row carries a version that each write counts up: a write
//   made against an older version is refused (storage/versionedrows.h).
// - PostgreSQL: commits are announced to the other connections
//   (commitNotifications()).
// - Ids are never given twice: SQLite's AUTOINCREMENT (PostgreSQL's identity
//   columns never reuse), so that undo cannot bring a deleted record back
//   under an id another record has taken meanwhile, and nothing new inherits
//   what referred to a deleted record.
QSqlError version5(QSqlDatabase &db, SqlDialect dialect)
{
    if (dialect == SqlDialect::PostgreSQL) {
        if (const QSqlError error = runAll(db, commitNotifications(db)); error.isValid())
            return error;
    }
    for (const QString &table : recordTables()) {
        if (dialect == SqlDialect::SQLite) {
            // SQLite cannot add AUTOINCREMENT in place.
            const auto autoincrement = [](QString create) {
                static const QRegularExpression key(
                    QStringLiteral("\\bid INTEGER PRIMARY KEY\\b(?! AUTOINCREMENT)"));
                return create.replace(key, QStringLiteral("id INTEGER PRIMARY KEY AUTOINCREMENT"));
            };
            if (const QSqlError error = rebuildTable(db, table, autoincrement); error.isValid())
                return error;
        }
        if (const QSqlError error =
                runAll(db, {u"ALTER TABLE "_qs % table %
                            u" ADD COLUMN version INTEGER NOT NULL DEFAULT 1"_qs});
            error.isValid()) {
            return error;
        }
    }
    return {};
}

// Moves the one-language text of `column` into the column of the language it
// is guessed to be in (textlanguage.h): "Hotellobby" into meeting_point_de.
// One UPDATE per stored text, as migrations run once.
QSqlError moveIntoItsLanguage(QSqlDatabase &db, const QString &table, const QString &column)
{
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    if (!rows.exec(u"SELECT id, "_qs % column % u" FROM "_qs % table % u" WHERE "_qs % column %
                   u" <> ''"_qs))
        return rows.lastError();
    QList<std::pair<int, QString>> texts;
    while (rows.next())
        texts.append({rows.value(0).toInt(), rows.value(1).toString()});
    rows.finish();
    for (const auto &[id, text] : texts) {
        const QString target = column % u'_' % languageCode(guessLanguage(text));
        if (const QSqlError error = sql::run(
                db, u"UPDATE "_qs % table % u" SET "_qs % target % u" = :text WHERE id = :id"_qs,
                {{QStringLiteral(":text"), text}, {QStringLiteral(":id"), id}});
            error.isValid()) {
            return error;
        }
    }
    return runAll(db, {u"ALTER TABLE "_qs % table % u" DROP COLUMN "_qs % column});
}

// Version 6: what a delegation reads, in its language, and parallel groups.
// - Meeting points and sites' accessibility notes in three languages like
//   titles; the one-language text moves into the column of its language.
// - An agenda item's group ("A", "Bus 2"): items of different groups may
//   run at the same time.
QSqlError version6(QSqlDatabase &db)
{
    QStringList added;
    for (Language language : allLanguages) {
        const QString code = languageCode(language);
        added.append(u"ALTER TABLE agenda_items ADD COLUMN meeting_point_"_qs % code %
                     u" TEXT NOT NULL DEFAULT ''"_qs);
        added.append(u"ALTER TABLE sites ADD COLUMN accessibility_"_qs % code %
                     u" TEXT NOT NULL DEFAULT ''"_qs);
    }
    added.append(QStringLiteral(
        "ALTER TABLE agenda_items ADD COLUMN parallel_group TEXT NOT NULL DEFAULT ''"));
    if (const QSqlError error = runAll(db, added); error.isValid())
        return error;
    if (const QSqlError error = moveIntoItsLanguage(db, QStringLiteral("agenda_items"),
                                                    QStringLiteral("meeting_point"));
        error.isValid()) {
        return error;
    }
    return moveIntoItsLanguage(db, QStringLiteral("sites"), QStringLiteral("accessibility"));
}

QSqlError setVersion(QSqlDatabase &db, int version)
{
    return sql::run(db,
                    QStringLiteral("UPDATE meta SET value = :version WHERE key = 'schema_version'"),
                    {{QStringLiteral(":version"), QString::number(version)}});
}

} // namespace

int currentVersion()
{
    return 20;
}

QSqlError migrateOneStep(QSqlDatabase &db, SqlDialect dialect, int toVersion)
{
    QSqlError error;
    switch (toVersion) {
    case 1:
        return runAll(db, version1());
    case 2:
        error = runAll(db, version2());
        if (!error.isValid())
            error = rebuildSearchText(db);
        break;
    case 3:
        error = runAll(db, version3(dialect));
        break;
    case 4:
        error = runAll(db, version4());
        break;
    case 5:
        error = version5(db, dialect);
        break;
    case 6:
        error = version6(db);
        break;
    case 7: // an event's stamp (count, versions, last id) read from the index alone
        error = runAll(db, {QStringLiteral("CREATE INDEX participations_event_version"
                                           " ON participations (event_id, version, id)")});
        break;
    case 8: // people found as they are typed (searchindex.h); a server searches by LIKE
        if (dialect == SqlDialect::SQLite)
            error = runAll(db, searchIndexStatements(QStringLiteral("people")));
        break;
    case 9: // the sites' "Visits" counted from the index alone
        error = runAll(db, {QStringLiteral("DROP INDEX agenda_items_site"),
                            QStringLiteral("CREATE INDEX agenda_items_site"
                                           " ON agenda_items (site_id, event_id)")});
        break;
    case 10: // the people's search index may be left to a bulk writer
        if (dialect == SqlDialect::SQLite)
            error = runAll(db, searchIndexUpgrade(QStringLiteral("people")));
        break;
    case 12: // personal data under the GDPR (personaldatasteps.h)
    case 13:
    case 14:
    case 15:
        error = personalDataSteps::run(db, toVersion);
        break;
    case 16: // preparing a visit (visitsteps.h)
    case 17:
    case 18:
    case 19:
    case 20: // after the visit
        error = visitSteps::run(db, toVersion);
        break;
    case 11: // a server finds people by its own trigram index, where it has one
        if (dialect == SqlDialect::PostgreSQL)
            error = serverSearchIndex(db, QStringLiteral("people"));
        break;
    default:
        return QSqlError(QString(), QStringLiteral("no schema version %1").arg(toVersion),
                         QSqlError::UnknownError);
    }
    if (!error.isValid())
        error = setVersion(db, toVersion);
    return error;
}

QSqlError migrate(QSqlDatabase &db, SqlDialect dialect, int fromVersion)
{
    for (int version = fromVersion + 1; version <= currentVersion(); ++version) {
        if (const QSqlError error = migrateOneStep(db, dialect, version); error.isValid())
            return error;
    }
    return {};
}

} // namespace ep::schema
