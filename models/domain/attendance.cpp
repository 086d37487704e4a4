#include "domain/attendance.h"

#include <algorithm>

namespace ep {

bool EventAttendance::present(int personId, const AttendanceSheet &sheet) const
{
    return presences.contains(Presence{personId, sheet});
}

bool EventAttendance::entered(const AttendanceSheet &sheet) const
{
    return std::any_of(presences.cbegin(), presences.cend(),
                       [&sheet](const Presence &presence) { return presence.sheet == sheet; });
}

bool EventAttendance::enteredOn(QDate day) const
{
    return std::any_of(presences.cbegin(), presences.cend(),
                       [day](const Presence &presence) { return presence.sheet.day == day; });
}

QList<QDate> EventAttendance::daysAttended(int personId) const
{
    QList<QDate> days;
    for (const Presence &presence : presences) {
        if (presence.personId == personId && !days.contains(presence.sheet.day))
            days.append(presence.sheet.day);
    }
    std::sort(days.begin(), days.end());
    return days;
}

QList<int> EventAttendance::visitsAttended(int personId) const
{
    QList<int> visits;
    for (const Presence &presence : presences) {
        if (presence.personId == personId && presence.sheet.isSiteVisit())
            visits.append(presence.sheet.agendaItemId);
    }
    return visits;
}

QList<AttendanceSheet> attendanceSheets(const Event &event, bool siteVisits)
{
    QList<AttendanceSheet> sheets;
    const QDate last = event.endDate.isValid() ? event.endDate : event.startDate;
    for (QDate day = event.startDate; day.isValid() && day <= last; day = day.addDays(1)) {
        sheets.append({day, 0});
        if (!siteVisits)
            continue;
        QList<const AgendaItem *> visits;
        for (const AgendaItem &item : event.agenda) {
            if (item.day == day && item.kind == u"site_visit")
                visits.append(&item);
        }
        std::stable_sort(
            visits.begin(), visits.end(),
            [](const AgendaItem *a, const AgendaItem *b) { return a->start < b->start; });
        for (const AgendaItem *visit : std::as_const(visits))
            sheets.append({day, visit->id});
    }
    return sheets;
}

bool statusFollowsAttendance(const QString &status)
{
    return status == u"invited" || status == u"registered" || status == u"confirmed" ||
           status == u"attended" || status == u"no_show";
}

QString statusFromAttendance(const QString &status, bool signedAny, bool expectedDayEntered)
{
    if (!statusFollowsAttendance(status))
        return status;
    if (signedAny)
        return QStringLiteral("attended");
    return expectedDayEntered ? QStringLiteral("no_show") : status;
}

bool isProgramme(const AgendaItem &item)
{
    return item.kind != u"meal" && item.kind != u"break" && item.kind != u"travel";
}

double hoursAttended(const Event &event, int personId, const EventAttendance &attendance)
{
    const QList<QDate> days = attendance.daysAttended(personId);
    double hours = 0;
    for (QDate day : days) {
        // The day's programme as minutes from midnight; parallel items
        // (groups) count once.
        QList<std::pair<int, int>> spans;
        for (const AgendaItem &item : event.agenda) {
            if (item.day != day || !item.start.isValid() || !item.end.isValid() ||
                item.end <= item.start || !isProgramme(item)) {
                continue;
            }
            const AttendanceSheet visit{day, item.id};
            if (item.kind == u"site_visit" && attendance.entered(visit) &&
                !attendance.present(personId, visit)) {
                continue;
            }
            spans.append({item.start.msecsSinceStartOfDay() / 60000,
                          item.end.msecsSinceStartOfDay() / 60000});
        }
        std::sort(spans.begin(), spans.end());
        int coveredUntil = -1;
        int minutes = 0;
        for (const auto &[start, end] : std::as_const(spans)) {
            const int from = std::max(start, coveredUntil);
            if (end > from)
                minutes += end - from;
            coveredUntil = std::max(coveredUntil, end);
        }
        hours += minutes / 60.0;
    }
    return hours;
}

} // namespace ep
