#pragma once

#include "domain/attendance.h"
#include "domain/event.h"
#include "domain/organisation.h"
#include "domain/person.h"
#include "domain/site.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace ep {

// How a document names a person's organisation: in full
// ("Emschergenossenschaft"), as lists an auditor reads must, or by its short
// name where it has one ("EG"), where room is scarce (an agenda's hosts).
enum class OrganisationNames
{
    Full,
    Short
};

// An event with everything its documents name: the people it refers to
// (organisers, hosts of agenda items, participants), their organisations and
// the host organisation, and the sites of its agenda. Documents (PDF,
// calendar, CSV) are made from this alone, without further queries.
struct EventDocument
{
    Event event;
    QHash<int, Person> people;
    QHash<int, Organisation> organisations;
    QHash<int, Site> sites;
    // Who signed the sheets, and the walk-ins (their order on the sheets).
    EventAttendance attendance;
    // The identity of the database the event comes from, e.g.
    // "6f1c…": with the ids it makes calendar UIDs unique across databases.
    QString databaseId;

    // Nothing when there is no such event, or (with `error`) when a query
    // failed: a document is never made from part of what it names.
    static std::optional<EventDocument> load(const QSqlDatabase &db, int eventId,
                                             QSqlError *error = nullptr);

    const Person *person(int id) const;
    const Organisation *organisation(int id) const;
    const Site *site(int id) const;
    // The short name of the person's organisation, else its name; empty
    // when the person has none.
    QString organisationNameOf(int personId, OrganisationNames names) const;

    // Where the event takes place, a line each: the address with the city
    // ("Kronprinzenstraße 35, 45128 Essen", the city not repeated), and the
    // online platform with its link ("Zoom: https://…"), each when known.
    QStringList venueLines() const;

    // The time zone of the agenda's times: the venue's. Both partner regions
    // keep Central European Time; Europe/Warsaw where the host organisation
    // is Polish, else Europe/Berlin.
    QTimeZone timeZone() const;
};

} // namespace ep
