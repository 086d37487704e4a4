#include "export/eventdocument.h"

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
    // (deleted meanwhile) is left out; one that cannot be read fails the whole.
    QList<int> personIds = document.event.organiserIds;
    for (const AgendaItem &item : document.event.agenda) {
        personIds += item.hostIds;
        if (item.siteId != 0 && !document.sites.contains(item.siteId)) {
            if (std::optional<Site> site = rows::load<Site>(db, item.siteId, &failed))
                document.sites.insert(item.siteId, *site);
            if (failed.isValid())
                return fail();
        }
    }
    for (const Participation &participation : document.event.participants)
        personIds.append(participation.personId);

    QList<int> organisationIds{document.event.hostOrganisationId};
    for (int id : personIds) {
        if (document.people.contains(id))
            continue;
        if (std::optional<Person> person = rows::load<Person>(db, id, &failed)) {
            organisationIds.append(person->organisationId);
            document.people.insert(id, *person);
        }
        if (failed.isValid())
            return fail();
    }
    for (int id : organisationIds) {
        if (id == 0 || document.organisations.contains(id))
            continue;
        if (std::optional<Organisation> organisation = rows::load<Organisation>(db, id, &failed))
            document.organisations.insert(id, *organisation);
        if (failed.isValid())
            return fail();
    }
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
