#include "storage/retention.h"

#include "storage/actinguser.h"
#include "storage/erasedtraces.h"
#include "storage/personrepository.h"
#include "storage/privacylog.h"
#include "storage/searchindex.h"
#include "storage/sql.h"
#include "storage/sqldialect.h"
#include "storage/transaction.h"
#include "storage/versionedrows.h"

#include <QDateTime>
#include <QHash>
#include <QSqlQuery>

namespace ep {
namespace {

using Rule = Retention::Rule;

constexpr Rule rules[] = {Rule::ContactDetails, Rule::HealthNeeds};

// Each person's last event: taken part in, organised, or hosted an item of.
constexpr QStringView lastEvents =
    u"SELECT person_id, max(end_date) AS last_end FROM ("
    u" SELECT p.person_id, e.end_date FROM participations p JOIN events e ON e.id = p.event_id"
    u" UNION ALL SELECT o.person_id, e.end_date FROM event_organisers o"
    u"  JOIN events e ON e.id = o.event_id"
    u" UNION ALL SELECT h.person_id, e.end_date FROM agenda_item_hosts h"
    u"  JOIN agenda_items a ON a.id = h.agenda_item_id JOIN events e ON e.id = a.event_id"
    u") t GROUP BY person_id";

// The people a rule makes due before `:cutoff`, with the end of the event
// that makes them due; only those who still have something to clear.
QString dueStatement(Rule rule)
{
    if (rule == Rule::ContactDetails) {
        return u"SELECT p.id AS id, l.last_end AS last_end FROM people p JOIN ("_qs % lastEvents %
               u") l ON l.person_id = p.id WHERE p.is_contact = 0 AND l.last_end < :cutoff"
               u" AND (p.email <> '' OR p.phone <> '' OR p.street <> '' OR p.postal_code <> ''"
               u" OR p.notes <> '' OR EXISTS (SELECT 1 FROM participations n WHERE"
               u" n.person_id = p.id AND (n.dietary_needs <> '' OR n.accessibility_needs <> ''"
               u" OR n.arrival IS NOT NULL OR n.departure IS NOT NULL OR n.notes <> '')))"_qs;
    }
    return QStringLiteral(
        "SELECT n.person_id AS id, max(e.end_date) AS last_end FROM participations n JOIN events e"
        " ON e.id = n.event_id WHERE e.end_date < :cutoff"
        " AND (n.dietary_needs <> '' OR n.accessibility_needs <> '') GROUP BY n.person_id");
}

// What applying a rule writes, for the people in `ids` (a subquery of the
// ids bound as :ids).
QStringList clearing(Rule rule, const QString &ids)
{
    if (rule == Rule::ContactDetails) {
        return {u"UPDATE people SET email = '', phone = '', street = '', postal_code = '',"
                u" notes = '', version = version + 1 WHERE id IN ("_qs %
                    ids % u')',
                u"UPDATE participations SET dietary_needs = '', accessibility_needs = '',"
                u" arrival = NULL, departure = NULL, notes = '', version = version + 1"
                u" WHERE person_id IN ("_qs %
                    ids % u')'};
    }
    return {u"UPDATE participations SET dietary_needs = '', accessibility_needs = '',"
            u" version = version + 1 WHERE person_id IN ("_qs %
            ids %
            u") AND (dietary_needs <> '' OR accessibility_needs <> '')"
            u" AND event_id IN (SELECT id FROM events WHERE end_date < :cutoff)"_qs};
}

QString cutoffOf(const Retention::Setting &setting, QDate today)
{
    return sql::dateText(today.addMonths(-setting.months));
}

QList<Retention::DuePerson> duePeople(const QSqlDatabase &db, const Retention::Setting &setting,
                                      QDate today, QSqlError *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    *error = sql::run(query,
                      u"SELECT d.id, d.last_end FROM ("_qs % dueStatement(setting.rule) %
                          u") d JOIN people p ON p.id = d.id ORDER BY p.sort_name, p.id"_qs,
                      {{QStringLiteral(":cutoff"), cutoffOf(setting, today)}});
    QList<int> ids;
    QHash<int, QDate> lastEvents;
    while (!error->isValid() && query.next()) {
        ids.append(query.value(0).toInt());
        lastEvents.insert(ids.last(), sql::dateFrom(query.value(1)));
    }
    // Named as lists name them, in the order found.
    QList<Retention::DuePerson> people;
    const QList<PersonLabel> labels = PersonRepository(db).labels(ids);
    for (const PersonLabel &label : labels)
        people.append({label.id, label.name, label.organisation, lastEvents.value(label.id)});
    return people;
}

} // namespace

QString Retention::ruleCode(Rule rule)
{
    return rule == Rule::ContactDetails ? QStringLiteral("contact_details")
                                        : QStringLiteral("health_needs");
}

QString Retention::ruleName(Rule rule)
{
    return rule == Rule::ContactDetails ? tr("Contact details of participants")
                                        : tr("Dietary and accessibility needs");
}

QString Retention::ruleDescription(const Setting &setting)
{
    if (setting.rule == Rule::ContactDetails) {
        return tr("Email, phone, street, postal code and notes of a participant who is no "
                  "contact person, with the needs, arrival and departure of their "
                  "participations, %n month(s) after their last event. Name, organisation, "
                  "city and country stay for the statistics.",
                  "", setting.months);
    }
    return tr("Dietary and accessibility needs (health data) of a participation, %n month(s) "
              "after its event.",
              "", setting.months);
}

QStringList Retention::schemaStatements()
{
    return {QStringLiteral("CREATE TABLE retention_rules (rule TEXT PRIMARY KEY"
                           " CHECK (rule IN ('contact_details', 'health_needs')),"
                           " months INTEGER NOT NULL CHECK (months >= 1),"
                           " enabled INTEGER NOT NULL DEFAULT 1)"),
            QStringLiteral("INSERT INTO retention_rules (rule, months, enabled)"
                           " VALUES ('contact_details', 24, 1), ('health_needs', 3, 1)")};
}

QList<Retention::Setting> Retention::policy(const QSqlDatabase &db, QSqlError *error)
{
    QSqlQuery query(db);
    const QSqlError failed =
        sql::run(query, QStringLiteral("SELECT rule, months, enabled FROM retention_rules"));
    if (error)
        *error = failed;
    QList<Setting> settings;
    for (const Rule rule : rules)
        settings.append({rule, false, rule == Rule::ContactDetails ? 24 : 3});
    while (!failed.isValid() && query.next()) {
        for (Setting &setting : settings) {
            if (ruleCode(setting.rule) == query.value(0).toString()) {
                setting.months = query.value(1).toInt();
                setting.enabled = query.value(2).toInt() != 0;
            }
        }
    }
    return settings;
}

QSqlError Retention::setPolicy(const QSqlDatabase &db, const QList<Setting> &settings)
{
    Transaction transaction(db);
    for (const Setting &setting : settings) {
        if (setting.months < 1) {
            return QSqlError(
                QString(),
                tr("%1: the period must be one month or more.").arg(ruleName(setting.rule)),
                QSqlError::UnknownError);
        }
        if (const QSqlError error = sql::run(
                db,
                QStringLiteral("UPDATE retention_rules SET months = :months, enabled = :enabled"
                               " WHERE rule = :rule"),
                {{QStringLiteral(":months"), setting.months},
                 {QStringLiteral(":enabled"), setting.enabled ? 1 : 0},
                 {QStringLiteral(":rule"), ruleCode(setting.rule)}});
            error.isValid())
            return error;
    }
    transaction.commit();
    return transaction.error();
}

QList<Retention::Due> Retention::due(const QSqlDatabase &db, QDate today, QSqlError *error)
{
    QSqlError failed;
    QList<Due> due;
    for (const Setting &setting : policy(db, &failed)) {
        if (failed.isValid())
            break;
        if (setting.enabled)
            due.append({setting, duePeople(db, setting, today, &failed)});
    }
    if (error)
        *error = failed;
    return failed.isValid() ? QList<Due>{} : due;
}

Retention::Applied Retention::apply(const QSqlDatabase &db, QDate today)
{
    Applied applied;
    Transaction transaction(db);
    // Rule after rule: what one anonymised is no longer due under the next.
    for (const Setting &setting : policy(db, &applied.error)) {
        if (applied.error.isValid() || !setting.enabled)
            continue;
        const QList<DuePerson> people = duePeople(db, setting, today, &applied.error);
        if (applied.error.isValid() || people.isEmpty())
            continue;
        QList<int> ids;
        for (const DuePerson &person : people)
            ids.append(person.personId);
        const QString idsQuery = dialect::idsOfJsonArray(dialectOf(db), QStringLiteral(":ids"));
        for (const QString &statement : clearing(setting.rule, idsQuery)) {
            QList<sql::Binding> bindings{{QStringLiteral(":ids"), sql::idArray(ids)}};
            if (statement.contains(u":cutoff"))
                bindings.append({QStringLiteral(":cutoff"), cutoffOf(setting, today)});
            if (!applied.error.isValid())
                applied.error = sql::run(db, statement, bindings);
        }
        // A run touches the people whose time ran out since the last one:
        // their search text (email and city are searched) is made again.
        for (const int id : ids) {
            if (!applied.error.isValid() && setting.rule == Rule::ContactDetails)
                applied.error = rows::indexed(db, QStringLiteral("people"), id);
        }
        if (!applied.error.isValid()) {
            applied.error = privacylog::record(db, privacylog::Action::Retention, int(ids.size()),
                                               ruleCode(setting.rule));
        }
        applied.people.append({setting.rule, int(ids.size())});
    }
    if (applied.error.isValid() || !transaction.commit()) {
        if (!applied.error.isValid())
            applied.error = transaction.error();
        applied.people.clear();
        return applied;
    }
    if (!applied.people.isEmpty())
        applied.leftover = ErasedTraces::remove(db);
    return applied;
}

} // namespace ep
