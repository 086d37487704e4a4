#include "storage/personerasure.h"

#include "domain/person.h"
#include "storage/actinguser.h"
#include "storage/database.h"
#include "storage/erasedtraces.h"
#include "storage/personrepository.h"
#include "storage/privacylog.h"
#include "storage/sql.h"
#include "storage/sqldialect.h"
#include "storage/transaction.h"

#include <QDateTime>
#include <QSqlQuery>

namespace ep {
namespace {

int countOf(const QSqlDatabase &db, const QString &table, const QString &column, int personId,
            QSqlError *error)
{
    if (error->isValid())
        return 0;
    return sql::count(db,
                      u"SELECT count(*) FROM "_qs % table % u" WHERE "_qs % column % u" = :id"_qs,
                      {{QStringLiteral(":id"), personId}}, error);
}

// The person's names and email alone: what the question shows and what
// tells them in a backup.
std::optional<Person> namesOf(const QSqlDatabase &db, int personId, QSqlError *error)
{
    QSqlQuery query(db);
    *error = sql::run(query,
                      QStringLiteral("SELECT title, first_name, last_name, email FROM people "
                                     "WHERE id = :id"),
                      {{QStringLiteral(":id"), personId}});
    if (error->isValid() || !query.next())
        return std::nullopt;
    Person person;
    person.id = personId;
    person.title = query.value(0).toString();
    person.firstName = query.value(1).toString();
    person.lastName = query.value(2).toString();
    person.email = query.value(3).toString();
    return person;
}

} // namespace

std::optional<PersonErasure::Plan> PersonErasure::plan(const QSqlDatabase &db, int personId,
                                                       QSqlError *error)
{
    const std::optional<Person> person = namesOf(db, personId, error);
    if (!person)
        return std::nullopt;
    Plan plan;
    plan.personId = personId;
    plan.name = person->displayName();
    plan.email = person->email;
    plan.events = PersonRepository(db).history(personId);
    plan.participations = countOf(db, u"participations"_qs, u"person_id"_qs, personId, error);
    plan.organiserRoles = countOf(db, u"event_organisers"_qs, u"person_id"_qs, personId, error);
    plan.hostRoles = countOf(db, u"agenda_item_hosts"_qs, u"person_id"_qs, personId, error);
    plan.siteContacts = countOf(db, u"sites"_qs, u"contact_person_id"_qs, personId, error);
    if (error->isValid())
        return std::nullopt;
    return plan;
}

QStringList PersonErasure::describe(const Plan &plan)
{
    QStringList lines{tr("The record of %1, with every contact detail, note and the consent "
                         "recorded.")
                          .arg(plan.name)};
    if (plan.participations > 0)
        lines.append(tr("%n participation(s), with dietary and accessibility needs, arrival and "
                        "departure.",
                        "", plan.participations));
    if (plan.organiserRoles > 0)
        lines.append(tr("%n role(s) as an event's organiser.", "", plan.organiserRoles));
    if (plan.hostRoles > 0)
        lines.append(tr("%n role(s) as host or speaker of an agenda item.", "", plan.hostRoles));
    if (plan.siteContacts > 0)
        lines.append(tr("%n site(s) lose their contact on site.", "", plan.siteContacts));
    return lines;
}

QStringList PersonErasure::whatStays()
{
    return {tr("Each event keeps the number of its participants whose data was erased, without "
               "names, for the statistics; the privacy log keeps that a person was erased, when "
               "and by whom, but not whom."),
            tr("Outside the planner: sign-in sheets signed on paper and documents already "
               "handed out or sent (agendas, participant lists, emails) are the office's "
               "records; deal with them as its rules for records say."),
            tr("Texts that mention the person by name (an event's description, notes) are not "
               "changed: search for the name.")};
}

PersonErasure::Result PersonErasure::erase(const QSqlDatabase &db, const Plan &plan)
{
    Result result;
    const bool server = dialectOf(db) == SqlDialect::PostgreSQL;
    // Deleted cells and freed pages overwritten with zeros, whatever the
    // build's default.
    if (!server)
        sql::run(db, QStringLiteral("PRAGMA secure_delete = ON"));
    const QList<sql::Binding> person{{QStringLiteral(":id"), plan.personId}};
    Transaction transaction(db);
    result.error = sql::run(db,
                            QStringLiteral("UPDATE events SET erased_participants = "
                                           "erased_participants + 1 "
                                           "WHERE id IN (SELECT event_id FROM participations "
                                           "WHERE person_id = :id)"),
                            person);
    // The participations, roles and a site's contact go with the record
    // (ON DELETE CASCADE, SET NULL).
    if (!result.error.isValid())
        result.error = sql::run(db, QStringLiteral("DELETE FROM people WHERE id = :id"), person);
    if (!result.error.isValid()) {
        result.error = privacylog::record(db, privacylog::Action::Erasure, 1);
    }
    if (result.error.isValid() || !transaction.commit()) {
        if (!result.error.isValid())
            result.error = transaction.error();
        return result;
    }
    result.leftover = ErasedTraces::remove(db);
    return result;
}

QList<Backups::Copy> PersonErasure::backupsHolding(const QString &databasePath, const Plan &plan)
{
    QList<Backups::Copy> holding;
    for (const Backups::Copy &copy : Backups::list(databasePath)) {
        Database backup;
        if (!backup.openToRead(copy.path).ok())
            continue;
        // The same id with the same email or name: not someone who got the
        // id in another copy of the file.
        QSqlError error;
        const std::optional<Person> person = namesOf(backup.connection(), plan.personId, &error);
        if (person && (person->displayName() == plan.name || person->email == plan.email))
            holding.append(copy);
    }
    return holding;
}

} // namespace ep
