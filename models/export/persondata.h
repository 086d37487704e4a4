#pragma once

#include "domain/attendance.h"
#include "domain/event.h"
#include "domain/person.h"
#include "storage/eventlink.h"
#include "storage/personchanges.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>

#include <optional>

namespace ep {

// Everything the planner holds about one person, for their request of
// access (GDPR Art. 15) and of their data in a machine-readable form (Art.
// 20): the record with the legal basis and consent, every participation
// with its needs, the events they organised, the agenda items they hosted,
// the sites they are the contact of, who changed their data and when (the
// consent's history among it). toJson() is the machine's form; the
// PDF (documents/persondatadocument.h) the person's.
struct PersonData
{
    struct Taking
    {
        EventLink event;
        Participation participation;
        // The sign-in sheets they signed (attendance), and whether they
        // signed a blank row as a walk-in.
        QList<AttendanceSheet> signedSheets;
        bool walkIn = false;
    };
    struct HostedItem
    {
        EventLink event;
        LocalizedText title;
        QDate day;
        QTime start;
    };

    Person person;
    QString organisation;         // the organisation's name; empty: none
    QList<Taking> participations; // newest event first
    QList<EventLink> organised;
    QList<HostedItem> hosted;
    QList<LocalizedText> sitesAsContact;
    // Who changed the person's data and when, the consent's fields among
    // them: its history (PersonChanges), newest first.
    QList<PersonChanges::Change> changes;
    QDateTime exportedAt; // UTC
    QString exportedBy;   // actingUser()
    QString database;     // Database::displayLocation()

    // Nothing when there is no such person, or (with `error`) when reading
    // failed.
    static std::optional<PersonData> load(const QSqlDatabase &db, int personId, QSqlError *error);

    // UTF-8 JSON: "person" and each participation with their columns'
    // names and stored values (codes, ISO 8601 dates), the events with
    // their ids, titles in three languages and dates.
    QByteArray toJson() const;
};

} // namespace ep
