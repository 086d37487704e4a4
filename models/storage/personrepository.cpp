#include "storage/personrepository.h"

#include "storage/sql.h"

#include <QSqlQuery>

namespace ep {

using sql::Binding;

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
