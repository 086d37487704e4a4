#include "storage/personrepository.h"

#include "domain/field.h"
#include "storage/participationrows.h"
#include "storage/searchindex.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QSqlQuery>

namespace ep {

using sql::Binding;

PersonRepository::PersonRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

std::optional<Person> PersonRepository::load(int id) const
{
    const QList<const FieldDescription *> columns = personTextColumns();
    QStringList names;
    for (const FieldDescription *field : columns)
        names.append(QLatin1String(field->column));
    QSqlQuery query(m_db);
    sql::run(query,
             u"SELECT "_qs % names.join(u", ") %
                 u", organisation_id, is_contact, consent_date FROM people WHERE id = :id"_qs,
             {{QStringLiteral(":id"), id}});
    if (!query.next())
        return std::nullopt;
    Person person;
    person.id = id;
    const int count = int(columns.size());
    for (int column = 0; column < count; ++column)
        person.*columns[column]->personText = query.value(column).toString();
    person.organisationId = sql::idFrom(query.value(count));
    person.contactPerson = query.value(count + 1).toInt() != 0;
    person.consentDate = sql::dateFrom(query.value(count + 2));
    return person;
}

QList<Person> PersonRepository::contactPeople() const
{
    QList<Person> people;
    const QList<int> ids = sql::ids(
        m_db, QStringLiteral("SELECT id FROM people WHERE is_contact = 1 ORDER BY sort_name, id"));
    for (int id : ids) {
        if (std::optional<Person> person = load(id))
            people.append(*person);
    }
    return people;
}

QSqlError PersonRepository::save(Person &person)
{
    QList<Binding> columns{
        {QStringLiteral(":organisation_id"), sql::idOrNull(person.organisationId)},
        {QStringLiteral(":is_contact"), person.contactPerson ? 1 : 0},
        {QStringLiteral(":consent_date"), sql::dateOrNull(person.consentDate)}};
    for (const FieldDescription *field : personTextColumns())
        columns.append({u':' % QLatin1String(field->column), person.*field->personText});
    return writeIndexedRow(m_db, QStringLiteral("people"), person.id, columns);
}

RemovalImpact PersonRepository::impactOfRemoving(int id) const
{
    const QList<Binding> byId{{QStringLiteral(":id"), id}};
    RemovalImpact impact;
    impact.participations = sql::count(
        m_db, QStringLiteral("SELECT count(*) FROM participations WHERE person_id = :id"), byId);
    impact.organiserRoles = sql::count(
        m_db, QStringLiteral("SELECT count(*) FROM event_organisers WHERE person_id = :id"), byId);
    impact.hostRoles = sql::count(
        m_db, QStringLiteral("SELECT count(*) FROM agenda_item_hosts WHERE person_id = :id"), byId);
    impact.sitesUnlinked = sql::count(
        m_db, QStringLiteral("SELECT count(*) FROM sites WHERE contact_person_id = :id"), byId);
    return impact;
}

QSqlError PersonRepository::remove(int id, PersonRemoval *removal)
{
    const QList<Binding> byId{{QStringLiteral(":id"), id}};
    if (removal) {
        removal->person = load(id).value_or(Person{});
        removal->participations =
            loadParticipations(m_db, QStringLiteral("WHERE person_id = :id"), byId);
        removal->organisedEventIds = sql::ids(
            m_db, QStringLiteral("SELECT event_id FROM event_organisers WHERE person_id = :id"),
            byId);
        removal->hostedAgendaItemIds = sql::ids(
            m_db,
            QStringLiteral("SELECT agenda_item_id FROM agenda_item_hosts WHERE person_id = :id"),
            byId);
        removal->contactOfSiteIds = sql::ids(
            m_db, QStringLiteral("SELECT id FROM sites WHERE contact_person_id = :id"), byId);
    }
    return sql::run(m_db, QStringLiteral("DELETE FROM people WHERE id = :id"), byId);
}

QSqlError PersonRepository::restore(const PersonRemoval &removal)
{
    Transaction transaction(m_db);
    Person person = removal.person;
    QSqlError error = save(person);
    for (const auto &[eventId, participation] : removal.participations) {
        if (error.isValid())
            break;
        Participation restored = participation;
        error = writeParticipation(m_db, eventId, restored);
    }
    const auto relink = [&](const QString &statement, const QList<int> &ids) {
        for (int id : ids) {
            if (error.isValid())
                return;
            error = sql::run(m_db, statement,
                             {{QStringLiteral(":person"), person.id}, {QStringLiteral(":id"), id}});
        }
    };
    relink(
        QStringLiteral("INSERT INTO event_organisers (event_id, person_id) VALUES (:id, :person)"),
        removal.organisedEventIds);
    relink(QStringLiteral(
               "INSERT INTO agenda_item_hosts (agenda_item_id, person_id) VALUES (:id, :person)"),
           removal.hostedAgendaItemIds);
    relink(QStringLiteral("UPDATE sites SET contact_person_id = :person WHERE id = :id"),
           removal.contactOfSiteIds);
    if (!error.isValid() && !transaction.commit())
        error = transaction.error();
    return error;
}

QString PersonLabel::nameWithOrganisation() const
{
    return organisation.isEmpty() ? name : name % u" (" % organisation % u')';
}

QList<PersonLabel> PersonRepository::labels(const QList<int> &ids) const
{
    QList<PersonLabel> result;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT p.title, p.first_name, p.last_name, COALESCE(NULLIF(o.short_name, ''), o.name, '')"
        " FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id WHERE p.id = :id"));
    for (int id : ids) {
        query.bindValue(QStringLiteral(":id"), id);
        if (!query.exec() || !query.next())
            continue;
        Person person;
        person.title = query.value(0).toString();
        person.firstName = query.value(1).toString();
        person.lastName = query.value(2).toString();
        result.append({id, person.displayName(), query.value(3).toString()});
        query.finish();
    }
    return result;
}

QList<EventLink> PersonRepository::history(int personId) const
{
    // One row per way of taking part; an organiser who is also a participant
    // shows up twice, as the officer would list it.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    sql::run(
        query,
        QStringLiteral(
            "SELECT e.id, e.kind, e.title_de, e.title_pl, e.title_en, e.start_date, e.end_date,"
            " r.role FROM ("
            "  SELECT event_id, role FROM participations WHERE person_id = :id"
            "  UNION SELECT event_id, 'organiser' FROM event_organisers WHERE person_id = :id"
            "  UNION SELECT a.event_id, 'host' FROM agenda_item_hosts h"
            "   JOIN agenda_items a ON a.id = h.agenda_item_id WHERE h.person_id = :id"
            " ) r JOIN events e ON e.id = r.event_id"
            " ORDER BY e.start_date DESC, e.id, r.role"),
        {{QStringLiteral(":id"), personId}});
    QList<EventLink> links;
    while (query.next()) {
        EventLink link = eventLinkFrom(query);
        link.role = query.value(7).toString();
        links.append(link);
    }
    return links;
}

} // namespace ep
