#include "storage/personchanges.h"

#include "domain/documentlanguage.h"
#include "storage/actinguser.h"
#include "storage/records.h"
#include "storage/sql.h"
#include "storage/sqldialect.h"

#include <QDateTime>
#include <QSqlQuery>

namespace ep {
namespace {

constexpr QStringView sqliteNow = u"strftime('%Y-%m-%dT%H:%M:%SZ', 'now')";

const QList<std::pair<PersonChanges::Action, QStringView>> &actionCodes()
{
    using enum PersonChanges::Action;
    static const QList<std::pair<PersonChanges::Action, QStringView>> codes{
        {Created, u"created"},
        {Changed, u"changed"},
        {Registered, u"registered"},
        {ParticipationChanged, u"participation"},
        {Unregistered, u"unregistered"}};
    return codes;
}

// The names of the stored columns of `Record` an UPDATE changed, joined by
// commas: SQLite's expression over old and new.
template <typename Record>
QString changedColumns(const QStringList &leftOut = {})
{
    QStringList parts;
    for (const Column<Record> &column : recordTable<Record>().columns) {
        if (column.stored() && !leftOut.contains(column.name))
            parts.append(u"CASE WHEN old."_qs % column.name % u" IS NOT new."_qs % column.name %
                         u" THEN '"_qs % column.name % u",' ELSE '' END"_qs);
    }
    return u"rtrim("_qs % parts.join(u" || "_qs) % u", ',')"_qs;
}

QString quoted(const QString &text)
{
    return u'\'' % QString(text).replace(u'\'', u"''"_qs) % u'\'';
}

QString insertChange(const QString &user, const char *person, const char *action,
                     const QString &fields, const char *event)
{
    return u"INSERT INTO person_changes (person_id, changed_at, changed_by, action, fields, "
           u"event_id) VALUES ("_qs %
           QLatin1String(person) % u", "_qs % sqliteNow % u", "_qs % quoted(user) % u", '"_qs %
           QLatin1String(action) % u"', "_qs % fields % u", "_qs % QLatin1String(event) % u");"_qs;
}

// PostgreSQL: one function per table, which finds the columns changed from
// the rows as JSON (every column, also ones added later), and records them
// under the database role.
QStringList serverTriggers()
{
    const QString insert =
        QStringLiteral("INSERT INTO person_changes (person_id, changed_at, changed_by, action, "
                       "fields, event_id) VALUES (%1, to_char(now() AT TIME ZONE 'UTC', "
                       "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), current_user, '%2', %3, %4);");
    const QString changed = QStringLiteral(
        "(SELECT COALESCE(string_agg(n.key, ',' ORDER BY n.key), '') FROM "
        "jsonb_each(to_jsonb(NEW)) n "
        "WHERE n.key NOT IN (%1) AND n.value IS DISTINCT FROM to_jsonb(OLD) -> n.key)");
    // Besides the id and version, the columns the planner derives from others.
    const QString personFields = changed.arg(u"'id', 'version', 'search_text', 'sort_name'"_qs);
    // A session that copies a whole database turns recording off
    // (stopRecording()).
    const QString notWhileStopped = QStringLiteral(
        "IF current_setting('exchange_planner.recording', true) = 'off' OR (TG_OP = 'INSERT' "
        "AND current_setting('exchange_planner.bulk_insert', true) = 'on') THEN RETURN NULL; "
        "END IF; ");
    const QString participationFields = changed.arg(u"'id', 'version', 'person_id', 'event_id'"_qs);
    return {
        u"CREATE FUNCTION person_changes_people() RETURNS trigger LANGUAGE plpgsql AS $$ "
        u"DECLARE changed text; BEGIN "_qs %
            notWhileStopped % u"IF TG_OP = 'INSERT' THEN "_qs %
            insert.arg(u"NEW.id"_qs, u"created"_qs, u"''"_qs, u"NULL"_qs) %
            u" RETURN NULL; END IF; changed := "_qs % personFields %
            u"; IF changed <> '' THEN "_qs %
            insert.arg(u"NEW.id"_qs, u"changed"_qs, u"changed"_qs, u"NULL"_qs) %
            u" END IF; RETURN NULL; END $$"_qs,
        u"CREATE TRIGGER person_changes_people AFTER INSERT OR UPDATE ON people "
        u"FOR EACH ROW EXECUTE FUNCTION person_changes_people()"_qs,
        u"CREATE FUNCTION person_changes_participations() RETURNS trigger LANGUAGE plpgsql AS $$ "
        u"DECLARE changed text; BEGIN "_qs %
            notWhileStopped % u"IF TG_OP = 'INSERT' THEN "_qs %
            insert.arg(u"NEW.person_id"_qs, u"registered"_qs, u"''"_qs, u"NEW.event_id"_qs) %
            u" RETURN NULL; END IF; "
            u"IF TG_OP = 'DELETE' THEN IF EXISTS (SELECT 1 FROM people WHERE id = OLD.person_id) "
            u"THEN "_qs %
            insert.arg(u"OLD.person_id"_qs, u"unregistered"_qs, u"''"_qs, u"NULL"_qs) %
            u" END IF; RETURN NULL; END IF; changed := "_qs % participationFields %
            u"; IF changed <> '' THEN "_qs %
            insert.arg(u"NEW.person_id"_qs, u"participation"_qs, u"changed"_qs,
                       u"NEW.event_id"_qs) %
            u" END IF; RETURN NULL; END $$"_qs,
        u"CREATE TRIGGER person_changes_participations AFTER INSERT OR UPDATE OR DELETE ON "
        u"participations FOR EACH ROW EXECUTE FUNCTION person_changes_participations()"_qs};
}

QString columnLabel(const QString &name, const DocumentLanguage &language)
{
    for (const Column<Person> &column : recordTable<Person>().columns) {
        if (column.name == name)
            return language.translate(column.context, column.label);
    }
    for (const Column<Participation> &column : recordTable<Participation>().columns) {
        if (column.name == name)
            return language.translate(column.context, column.label);
    }
    return name;
}

} // namespace

QSqlError PersonChanges::addToSchema(QSqlDatabase &db)
{
    const SqlDialect dialect = dialectOf(db);
    const QStringList table{
        dialect::ddl(
            dialect,
            QStringLiteral("CREATE TABLE person_changes (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE "
                           "CASCADE,"
                           " changed_at TEXT NOT NULL,"
                           " changed_by TEXT NOT NULL,"
                           " action TEXT NOT NULL CHECK (action IN ('created', 'changed', "
                           "'registered', 'participation', 'unregistered')),"
                           " fields TEXT NOT NULL DEFAULT '',"
                           " event_id INTEGER REFERENCES events (id) ON DELETE SET NULL)")),
        QStringLiteral("CREATE INDEX person_changes_person ON person_changes (person_id, id)")};
    for (const QString &statement :
         dialect == SqlDialect::PostgreSQL ? table + serverTriggers() : table) {
        if (const QSqlError error = sql::runUnprepared(db, statement); error.isValid())
            return error;
    }
    return {};
}

QSqlError PersonChanges::recordOnConnection(const QSqlDatabase &db, const QString &user)
{
    const QString personFields = changedColumns<Person>();
    const QString participationFields = changedColumns<Participation>({u"person_id"_qs});
    // A row here pauses the insert triggers (pauseInsertRecording()).
    const QString notPaused = u" WHEN NOT EXISTS (SELECT 1 FROM temp.person_changes_paused)"_qs;
    const QStringList triggers{
        u"CREATE TEMP TABLE IF NOT EXISTS person_changes_paused (paused INTEGER)"_qs,
        u"CREATE TEMP TRIGGER person_created AFTER INSERT ON main.people"_qs % notPaused %
            u" BEGIN "_qs % insertChange(user, "new.id", "created", u"''"_qs, "NULL") % u" END"_qs,
        u"CREATE TEMP TRIGGER person_changed AFTER UPDATE ON main.people WHEN "_qs % personFields %
            u" <> '' BEGIN "_qs % insertChange(user, "new.id", "changed", personFields, "NULL") %
            u" END"_qs,
        u"CREATE TEMP TRIGGER participation_added AFTER INSERT ON main.participations"_qs %
            notPaused % u" BEGIN "_qs %
            insertChange(user, "new.person_id", "registered", u"''"_qs, "new.event_id") %
            u" END"_qs,
        u"CREATE TEMP TRIGGER participation_changed AFTER UPDATE ON main.participations WHEN "_qs %
            participationFields % u" <> '' BEGIN "_qs %
            insertChange(user, "new.person_id", "participation", participationFields,
                         "new.event_id") %
            u" END"_qs,
        // Not while the person goes: their changes go with them.
        u"CREATE TEMP TRIGGER participation_removed AFTER DELETE ON main.participations WHEN "
        u"EXISTS (SELECT 1 FROM people WHERE id = old.person_id) BEGIN "_qs %
            insertChange(user, "old.person_id", "unregistered", u"''"_qs, "NULL") % u" END"_qs};
    for (const QString &trigger : triggers) {
        if (const QSqlError error = sql::runUnprepared(db, trigger); error.isValid())
            return error;
    }
    return {};
}

QSqlError PersonChanges::pauseInsertRecording(const QSqlDatabase &db)
{
    if (dialectOf(db) == SqlDialect::PostgreSQL) {
        return sql::runUnprepared(
            db, QStringLiteral("SELECT set_config('exchange_planner.bulk_insert', 'on', true)"));
    }
    if (sql::count(db, QStringLiteral("SELECT count(*) FROM sqlite_temp_master WHERE name = "
                                      "'person_changes_paused'")) == 0)
        return {}; // a connection that records nothing (a copy's, the generator's)
    return sql::run(db, QStringLiteral("INSERT INTO temp.person_changes_paused VALUES (1)"));
}

QSqlError PersonChanges::resumeInsertRecording(const QSqlDatabase &db)
{
    if (dialectOf(db) == SqlDialect::PostgreSQL) {
        return sql::runUnprepared(
            db, QStringLiteral("SELECT set_config('exchange_planner.bulk_insert', 'off', true)"));
    }
    if (sql::count(db, QStringLiteral("SELECT count(*) FROM sqlite_temp_master WHERE name = "
                                      "'person_changes_paused'")) == 0)
        return {};
    return sql::run(db, QStringLiteral("DELETE FROM temp.person_changes_paused"));
}

QSqlError PersonChanges::recordInserted(const QSqlDatabase &db, Action action,
                                        const QList<qint64> &personIds, int eventId)
{
    if (personIds.isEmpty())
        return {};
    QList<int> ids;
    for (const qint64 id : personIds)
        ids.append(int(id));
    return sql::run(
        db,
        u"INSERT INTO person_changes (person_id, changed_at, changed_by, action, fields, event_id)"
        u" SELECT p.id, :at, :by, :action, '', :event FROM people p WHERE p.id IN ("_qs %
            dialect::idsOfJsonArray(dialectOf(db), QStringLiteral(":ids")) % u')',
        {{QStringLiteral(":at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
         {QStringLiteral(":by"), actingUser(db)},
         {QStringLiteral(":action"), actionCode(action)},
         {QStringLiteral(":event"), sql::idOrNull(eventId)},
         {QStringLiteral(":ids"), sql::idArray(ids)}});
}

QSqlError PersonChanges::stopRecording(const QSqlDatabase &db)
{
    if (dialectOf(db) == SqlDialect::PostgreSQL) {
        return sql::runUnprepared(
            db, QStringLiteral("SELECT set_config('exchange_planner.recording', 'off', false)"));
    }
    for (const char *trigger : {"person_created", "person_changed", "participation_added",
                                "participation_changed", "participation_removed"}) {
        if (const QSqlError error =
                sql::runUnprepared(db, u"DROP TRIGGER IF EXISTS temp."_qs % QLatin1String(trigger));
            error.isValid())
            return error;
    }
    return {};
}

QList<PersonChanges::Change> PersonChanges::of(const QSqlDatabase &db, int personId,
                                               QSqlError *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QSqlError failed =
        sql::run(query,
                 QStringLiteral("SELECT c.changed_at, c.changed_by, c.action, c.fields, c.event_id,"
                                " e.title_de, e.title_pl, e.title_en FROM person_changes c"
                                " LEFT JOIN events e ON e.id = c.event_id"
                                " WHERE c.person_id = :id ORDER BY c.id DESC"),
                 {{QStringLiteral(":id"), personId}});
    if (error)
        *error = failed;
    QList<Change> changes;
    while (!failed.isValid() && query.next()) {
        Change change;
        change.at = QDateTime::fromString(query.value(0).toString(), Qt::ISODate);
        change.by = query.value(1).toString();
        for (const auto &[action, code] : actionCodes()) {
            if (query.value(2).toString() == code)
                change.action = action;
        }
        change.fields = query.value(3).toString().split(u',', Qt::SkipEmptyParts);
        change.eventId = query.value(4).toInt();
        change.eventTitle = {query.value(5).toString(), query.value(6).toString(),
                             query.value(7).toString()};
        changes.append(change);
    }
    return changes;
}

QString PersonChanges::actionCode(Action action)
{
    for (const auto &[each, code] : actionCodes()) {
        if (each == action)
            return code.toString();
    }
    return {};
}

QString PersonChanges::describe(const Change &change, const DocumentLanguage &language)
{
    constexpr char context[] = "PersonChanges";
    QStringList labels;
    for (const QString &field : change.fields)
        labels.append(columnLabel(field, language));
    const QString event = change.eventTitle.text(language.language());
    switch (change.action) {
    case Action::Created:
        return language.translate(context, QT_TRANSLATE_NOOP("PersonChanges", "Created"));
    case Action::Changed:
        return language.translate(context, QT_TRANSLATE_NOOP("PersonChanges", "Changed: %1"))
            .arg(labels.join(u", "));
    case Action::Registered:
        return language.translate(context, QT_TRANSLATE_NOOP("PersonChanges", "Registered for %1"))
            .arg(event);
    case Action::ParticipationChanged:
        return language
            .translate(context,
                       QT_TRANSLATE_NOOP("PersonChanges", "Participation in %1 changed: %2"))
            .arg(event, labels.join(u", "));
    case Action::Unregistered:
        return language.translate(
            context, QT_TRANSLATE_NOOP("PersonChanges", "Removed from an event's participants"));
    }
    return {};
}

} // namespace ep
