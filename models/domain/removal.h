#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace ep {

// What else changes when a record is deleted, counted before asking the
// user: rows that go with it and references that are cleared.
struct RemovalImpact
{
    int agendaItems = 0;         // deleted with an event
    int participations = 0;      // deleted with an event or a person
    int organiserRoles = 0;      // people no longer organising an event
    int hostRoles = 0;           // agenda items that lose a host or speaker
    int peopleUnlinked = 0;      // people who lose their organisation
    int eventsUnlinked = 0;      // events that lose their host, a topic …
    int sitesUnlinked = 0;       // sites that lose their host or contact
    int agendaItemsUnlinked = 0; // agenda items that lose their site

    bool isEmpty() const;
    // One translated sentence per non-zero count, e.g. "24 participations
    // are deleted with it."
    QStringList describe() const;
};

} // namespace ep
