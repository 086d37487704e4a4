#pragma once

#include "domain/localizedtext.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTime>

namespace ep {

// One slot of an event's programme.
struct AgendaItem
{
    int id = 0; // 0: not stored yet
    QDate day;
    QTime start;
    QTime end;
    LocalizedText title;
    QString kind = QStringLiteral("talk"); // Vocabulary::AgendaItemKind
    int siteId = 0;                        // 0: none
    QList<int> hostIds;                    // people: speakers or hosts
    LocalizedText meetingPoint;            // "Hotel lobby", read by the delegation
    // The part of the delegation the item is for ("A", "Bus 2"); empty: for
    // everyone. Items of different groups may run at the same time.
    QString group;
    QString notes;

    int version = 0; // of the stored row, see Event::version

    friend bool operator==(const AgendaItem &, const AgendaItem &) = default;
};

// A person at an event.
struct Participation
{
    int id = 0; // 0: not stored yet
    int personId = 0;
    QString role = QStringLiteral("delegate");     // Vocabulary::ParticipantRole
    QString status = QStringLiteral("registered"); // Vocabulary::ParticipantStatus
    QString delegation;
    QDateTime arrival; // null: not known
    QDateTime departure;
    QString dietaryNeeds;
    QString accessibilityNeeds;
    // Where the participant stays ("Mercure Essen Hauptbahnhof") and in
    // which room, for the hotel's rooming list; empty: not known.
    QString hotel;
    QString room;
    QString notes;

    int version = 0; // of the stored row, see Event::version

    friend bool operator==(const Participation &, const Participation &) = default;
};

// A study visit, webinar or workshop together with what belongs to it alone:
// its agenda and its participations. It is loaded and saved as one piece.
struct Event
{
    int id = 0;                                   // 0: not stored yet
    QString kind = QStringLiteral("study_visit"); // Vocabulary::EventKind
    LocalizedText title;
    LocalizedText description;
    QDate startDate;
    QDate endDate;
    QString venueCity;
    QString venueAddress;
    QString onlinePlatform;
    QString onlineLink;
    int hostOrganisationId = 0; // 0: none
    QList<int> organiserIds;    // people
    QList<int> topicIds;
    QString languages;                          // e.g. "de, pl, en"
    QString interpretation;                     // e.g. "DE↔PL"
    int capacity = 0;                           // 0: no limit
    QString status = QStringLiteral("planned"); // Vocabulary::EventStatus
    // What the sign-in sheets name as the exchange's funder, e.g.
    // "Interreg Central Europe", "CE0100123", and its logo (PNG, JPEG or SVG
    // file contents; empty: none).
    QString fundingProgramme;
    QString projectNumber;
    QByteArray fundingLogo;
    QList<AgendaItem> agenda;
    QList<Participation> participants;

    // Counts the writes of the stored row; a write made against another
    // count is refused (storage/versionedrows.h). Last, so that aggregate
    // initialisation by position is not disturbed.
    int version = 0;

    friend bool operator==(const Event &, const Event &) = default;
};

} // namespace ep
