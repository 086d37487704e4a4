#include "export/eventdocument.h"

#include "storage/attendancerepository.h"
#include "storage/eventrepository.h"
#include "storage/schema.h"
#include "storage/versionedrows.h"

namespace ep {

std::optional<EventDocument> EventDocument::load(const QSqlDatabase &db, int eventId,
                                                 QSqlError *error)
{
    QSqlError failed;
    const auto fail = [&]() -> std::optional<EventDocument> {
        if (error)
            *error = failed;
        return std::nullopt;
    };
    if (error)
        *error = {};
    std::optional<Event> event = EventRepository(db).load(eventId, &failed);
    if (failed.isValid())
        return fail();
    if (!event)
        return std::nullopt;
    EventDocument document;
    document.event = std::move(*event);
    document.databaseId = schema::databaseIdentity(db);

    // A person, organisation or site that a row refers to and that is gone
    // (deleted meanwhile) is left out; one that cannot be read fails the
    // whole. Each kind in one query, however many participants there are.
    QList<int> personIds = document.event.organiserIds;
    QList<int> siteIds;
    for (const AgendaItem &item : document.event.agenda) {
        personIds += item.hostIds;
        if (item.siteId != 0)
            siteIds.append(item.siteId);
    }
    for (const Participation &participation : document.event.participants)
        personIds.append(participation.personId);
    for (Site &site : rows::loadByIds<Site>(db, siteIds, &failed))
        document.sites.insert(site.id, std::move(site));
    if (failed.isValid())
        return fail();
    QList<int> organisationIds{document.event.hostOrganisationId};
    for (Person &person : rows::loadByIds<Person>(db, personIds, &failed)) {
        organisationIds.append(person.organisationId);
        document.people.insert(person.id, std::move(person));
    }
    if (failed.isValid())
        return fail();
    organisationIds.removeAll(0);
    for (Organisation &organisation : rows::loadByIds<Organisation>(db, organisationIds, &failed))
        document.organisations.insert(organisation.id, std::move(organisation));
    if (failed.isValid())
        return fail();
    document.attendance = AttendanceRepository(db).load(eventId, &failed);
    if (failed.isValid())
        return fail();
    return document;
}

const Person *EventDocument::person(int id) const
{
    const auto found = people.constFind(id);
    return found == people.cend() ? nullptr : &*found;
}

const Organisation *EventDocument::organisation(int id) const
{
    const auto found = organisations.constFind(id);
    return found == organisations.cend() ? nullptr : &*found;
}

const Site *EventDocument::site(int id) const
{
    const auto found = sites.constFind(id);
    return found == sites.cend() ? nullptr : &*found;
}

QString EventDocument::organisationNameOf(int personId, OrganisationNames names) const
{
    const Person *member = person(personId);
    const Organisation *employer = member ? organisation(member->organisationId) : nullptr;
    if (!employer)
        return {};
    return names == OrganisationNames::Full || employer->shortName.isEmpty() ? employer->name
                                                                             : employer->shortName;
}

QStringList EventDocument::venueLines() const
{
    QStringList lines;
    const QString address = event.venueAddress.trimmed();
    const QString city = event.venueCity.trimmed();
    if (address.isEmpty() || city.isEmpty() || address.contains(city))
        lines.append(address.isEmpty() ? city : address);
    else
        lines.append(address % u", " % city);
    QStringList online;
    for (const QString &part : {event.onlinePlatform.trimmed(), event.onlineLink.trimmed()}) {
        if (!part.isEmpty())
            online.append(part);
    }
    lines.append(online.join(u": "));
    lines.removeAll(QString());
    return lines;
}

QTimeZone EventDocument::timeZone() const
{
    const Organisation *host = organisation(event.hostOrganisationId);
    const bool polish = host && host->country.compare(u"PL", Qt::CaseInsensitive) == 0;
    return QTimeZone(polish ? "Europe/Warsaw" : "Europe/Berlin");
}

} // namespace ep
