#pragma once

#include "domain/event.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace ep {

// One printed sign-in sheet and one column of the attendance grid: a day of
// the event, or a site visit on it (an agenda item of that kind).
struct AttendanceSheet
{
    QDate day;
    int agendaItemId = 0; // 0: the whole day

    bool isSiteVisit() const { return agendaItemId != 0; }
    friend bool operator==(const AttendanceSheet &, const AttendanceSheet &) = default;
};

// A person who signed a sheet.
struct Presence
{
    int personId = 0;
    AttendanceSheet sheet;

    friend bool operator==(const Presence &, const Presence &) = default;
};

// What the signed sheets of one event say: who signed which sheet, and the
// people who signed a blank row (walk-ins), in the order they were entered.
// Sheets after the day a walk-in came print them after the registered
// participants, so that the numbers of those stay as printed before.
struct EventAttendance
{
    QList<Presence> presences;
    QList<int> walkIns; // people

    bool present(int personId, const AttendanceSheet &sheet) const;
    // Whether anyone signed the sheet: its attendance has been entered.
    bool entered(const AttendanceSheet &sheet) const;
    // Whether anyone signed the day's sheet or the sheet of a visit on it.
    bool enteredOn(QDate day) const;
    // The days `personId` signed a sheet on (the day's or a visit's), in order.
    QList<QDate> daysAttended(int personId) const;
    // The site visits (agenda item ids) `personId` signed for.
    QList<int> visitsAttended(int personId) const;
};

// The sheets of `event`, in order: a sheet per day, and with `siteVisits`
// one per site visit after its day's.
QList<AttendanceSheet> attendanceSheets(const Event &event, bool siteVisits);

// The status a participant's attendance gives: "attended" when they signed
// at least one sheet (`signedAny`); "no_show" when a sheet of a day they
// were expected on (arrival to departure) was entered without their
// signature (`expectedDayEntered`); else `status` unchanged (what the
// officer set by hand before any sheet of theirs was entered, or what undo
// brings back). Those who cancelled or wait keep their status.
QString statusFromAttendance(const QString &status, bool signedAny, bool expectedDayEntered);

// Whether attendance decides `status`: those the sheets print (invited,
// registered, confirmed, attended, no-show), not those who cancelled or wait.
bool statusFollowsAttendance(const QString &status);

// Whether an agenda item counts as programme attended: talks, discussions,
// site visits and the like, not meals, breaks or travel.
bool isProgramme(const AgendaItem &item);

// The hours of programme `personId` attended: the programme items (with
// start and end) of the days they signed, a site visit only when they
// signed its sheet or the day's sheet was the only one entered.
double hoursAttended(const Event &event, int personId, const EventAttendance &attendance);

} // namespace ep
