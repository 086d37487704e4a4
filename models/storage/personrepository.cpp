#include "storage/personrepository.h"

#include "storage/sql.h"
#include "storage/sqldialect.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace ep {

using sql::Binding;

QList<Person> PersonRepository::contactPeople(QSqlError *error) const
{
    QSqlError failed;
    QList<Person> people = rows::loadAll<Person>(
        m_db, QStringLiteral("WHERE is_contact = 1 ORDER BY sort_name, id"), {}, &failed);
    if (error)
        *error = failed;
    if (failed.isValid())
        return {};
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
    if (ids.isEmpty())
        return {};
    // One query for any number of ids (a participant list may hold 100,000),
    // then put in the order asked.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    sql::run(query,
             u"SELECT p.id, p.title, p.first_name, p.last_name,"
             " COALESCE(NULLIF(o.short_name, ''), o.name, '')"
             " FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id"
             " WHERE p.id IN ("_qs %
                 dialect::idsOfJsonArray(dialectOf(m_db), u":ids"_qs) % u')',
             {{QStringLiteral(":ids"), sql::idArray(ids)}});
    QHash<int, PersonLabel> found;
    found.reserve(ids.size());
    while (query.next()) {
        Person person;
        person.title = query.value(1).toString();
        person.firstName = query.value(2).toString();
        person.lastName = query.value(3).toString();
        const int id = query.value(0).toInt();
        found.insert(id, {id, person.displayName(), query.value(4).toString()});
    }
    QList<PersonLabel> result;
    result.reserve(found.size());
    for (int id : ids) {
        if (const auto label = found.constFind(id); label != found.cend())
            result.append(*label);
    }
    return result;
}

QList<PersonConsent> PersonRepository::consents(const QString &where, QSqlError *error) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const QSqlError failed =
        sql::run(query, u"SELECT p.id, p.title, p.first_name, p.last_name,"
                        u" COALESCE(NULLIF(o.short_name, ''), o.name, ''), p.email, p.legal_basis,"
                        u" p.consent_date, p.consent_purpose, p.consent_source, p.consent_withdrawn"
                        u" FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id"_qs %
                            (where.isEmpty() ? QString() : u" WHERE "_qs % where) %
                            u" ORDER BY p.sort_name, p.id"_qs);
    if (error)
        *error = failed;
    QList<PersonConsent> people;
    while (!failed.isValid() && query.next()) {
        Person person;
        person.title = query.value(1).toString();
        person.firstName = query.value(2).toString();
        person.lastName = query.value(3).toString();
        people.append({query.value(0).toInt(), person.displayName(), query.value(4).toString(),
                       query.value(5).toString(), query.value(6).toString(),
                       sql::dateFrom(query.value(7)), query.value(8).toString(),
                       query.value(9).toString(), sql::dateFrom(query.value(10))});
    }
    return people;
}

std::optional<int> PersonRepository::findByIdOrEmail(const QString &key, QString *error) const
{
    bool isNumber = false;
    const int id = key.toInt(&isNumber);
    QSqlError failure;
    if (isNumber) {
        if (sql::rowExists(m_db, QStringLiteral("people"), id, &failure))
            return id;
    } else {
        const QList<int> ids = sql::ids(
            m_db, QStringLiteral("SELECT id FROM people WHERE lower(email) = lower(:email)"),
            {{QStringLiteral(":email"), key.trimmed()}}, &failure);
        if (ids.size() == 1)
            return ids.first();
        if (ids.size() > 1) {
            *error = QCoreApplication::translate(
                         "PersonErasure", "%1 people have the email %2; name the person by id.")
                         .arg(ids.size())
                         .arg(key);
            return std::nullopt;
        }
    }
    if (failure.isValid())
        *error = failure.text();
    return std::nullopt;
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
