#include "export/icalendarwriter.h"

#include "domain/documentlanguage.h"
#include "domain/texthygiene.h"

#include <QStringList>

#include <libical/ical.h>
#include <memory>

namespace ep {

namespace {

struct ComponentDeleter
{
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentDeleter>;

// The time zone the agenda's times are written in: libical's copy of the
// system's tzdata entry, or null when it has none (then times are in UTC).
struct Zone
{
    QByteArray id; // "Europe/Berlin"
    icaltimezone *ical = nullptr;
    QTimeZone qt;
};

// RFC 5545 allows no control character in a text but the tab; a line break
// is written escaped ("\n"). Text stored before they were kept out loses them.
void addText(icalcomponent *component, icalproperty *(*make)(const char *), const QString &text)
{
    const QString clean = cleanText(text, TextLines::Several);
    if (!clean.isEmpty())
        icalcomponent_add_property(component, make(clean.toUtf8().constData()));
}

icaltimetype date(QDate day)
{
    icaltimetype time = icaltime_null_date();
    time.year = day.year();
    time.month = day.month();
    time.day = day.day();
    return time;
}

icaltimetype dateTime(QDate day, QTime clock, const Zone &zone)
{
    if (!zone.ical) {
        const QDateTime utc = QDateTime(day, clock, zone.qt).toUTC();
        return icaltime_from_timet_with_zone(utc.toSecsSinceEpoch(), 0,
                                             icaltimezone_get_utc_timezone());
    }
    icaltimetype time = icaltime_null_time();
    time.year = day.year();
    time.month = day.month();
    time.day = day.day();
    time.hour = clock.hour();
    time.minute = clock.minute();
    time.second = clock.second();
    return icaltime_set_timezone(&time, zone.ical);
}

// DTSTART or DTEND; a local time names its zone, as RFC 5545 requires for
// the VTIMEZONE to apply.
icalproperty *withZone(icalproperty *property, const icaltimetype &time, const Zone &zone)
{
    if (!time.is_date && zone.ical)
        icalproperty_add_parameter(property, icalparameter_new_tzid(zone.id.constData()));
    return property;
}

// libical's VTIMEZONE for `zone` from the day before the first agenda day on
// (a day earlier, so that a local midnight is covered too): the full tzdata
// history back to 1893 would be some 170 lines nobody needs.
// ms_compatible (libical's mode for Microsoft's clients) keeps the rules'
// first DTSTART as tzdata has it instead of moving it to the cut. The TZID loses libical's
// "/freeassociation.sourceforge.net/" prefix: calendars (Google, Outlook, Apple) recognise the
// plain tzdata name, and libical offers no way to set an empty prefix (an empty one restores the
// default).
Component timeZoneComponent(const Zone &zone, QDate firstDay)
{
    Component vtimezone(icalcomponent_new_clone(icaltimezone_get_component(zone.ical)));
    const QDate dayBefore = firstDay.addDays(-1);
    icaltimetype from = icaltime_null_time();
    from.year = dayBefore.year();
    from.month = dayBefore.month();
    from.day = dayBefore.day();
    from = icaltime_set_timezone(&from, icaltimezone_get_utc_timezone());
    icaltimezone_truncate_vtimezone(vtimezone.get(), from, icaltime_null_time(), 1);
    if (icalproperty *tzid = icalcomponent_get_first_property(vtimezone.get(), ICAL_TZID_PROPERTY))
        icalproperty_set_tzid(tzid, zone.id.constData());
    return vtimezone;
}

QString uid(const EventDocument &document, const AgendaItem &item, qsizetype row)
{
    // An item not stored yet has no id; its row keeps the UIDs in the file
    // unique, though not stable.
    const QString itemId = item.id != 0 ? QString::number(item.id) : u"new" % QString::number(row);
    QString uid = u"item-" % itemId % u".event-" % QString::number(document.event.id);
    if (!document.databaseId.isEmpty())
        uid += u'.' % document.databaseId;
    return uid % u"@exchange-planner";
}

QString hostNames(const EventDocument &document, const AgendaItem &item)
{
    QStringList names;
    for (int id : item.hostIds) {
        const Person *host = document.person(id);
        if (!host)
            continue;
        const QString organisation = document.organisationNameOf(id, OrganisationNames::Short);
        names.append(organisation.isEmpty() ? host->displayName()
                                            : host->displayName() % u" (" % organisation % u')');
    }
    return names.join(QStringLiteral(", "));
}

Component vevent(const EventDocument &document, const AgendaItem &item, qsizetype row,
                 const DocumentLanguage &labels, const icaltimetype &stamp, const Zone &zone)
{
    const Language language = labels.language();
    Component vevent(icalcomponent_new_vevent());
    icalcomponent *event = vevent.get();
    addText(event, icalproperty_new_uid, uid(document, item, row));
    icalcomponent_add_property(event, icalproperty_new_dtstamp(stamp));

    if (item.start.isValid()) {
        const icaltimetype start = dateTime(item.day, item.start, zone);
        const bool ends = item.end.isValid() && item.end > item.start;
        const icaltimetype end = ends ? dateTime(item.day, item.end, zone) : start;
        icalcomponent_add_property(event, withZone(icalproperty_new_dtstart(start), start, zone));
        icalcomponent_add_property(event, withZone(icalproperty_new_dtend(end), end, zone));
    } else {
        // All day: DTEND is the (exclusive) next day.
        icalcomponent_add_property(event, icalproperty_new_dtstart(date(item.day)));
        icalcomponent_add_property(event, icalproperty_new_dtend(date(item.day.addDays(1))));
    }

    // "Besuch der Zeche Zollverein (Gruppe A)": parallel items tell apart.
    QString summary = item.title.text(language);
    if (!item.group.isEmpty()) {
        summary +=
            u" (" %
            labels.translate("AgendaDocument", QT_TRANSLATE_NOOP("AgendaDocument", "Group %1"))
                .arg(item.group) %
            u')';
    }
    addText(event, icalproperty_new_summary, summary);

    // Where: the item's site, else the event's venue (or its online platform).
    const Site *site = item.siteId != 0 ? document.site(item.siteId) : nullptr;
    const Event &planned = document.event;
    QStringList location = site ? QStringList{site->name.text(language), site->address()}
                                : QStringList{planned.venueAddress, planned.venueCity};
    location.removeAll(QString());
    if (location.isEmpty())
        location = QStringList{planned.onlinePlatform, planned.onlineLink};
    location.removeAll(QString());
    addText(event, icalproperty_new_location, location.join(QStringLiteral(", ")));
    if (site && site->latitude && site->longitude) {
        icalcomponent_add_property(
            event, icalproperty_new_geo(icalgeotype{*site->latitude, *site->longitude}));
    }
    // Labelled in the calendar's language, as on the printed agenda.
    QStringList description;
    if (const QString hosts = hostNames(document, item); !hosts.isEmpty()) {
        description.append(
            labels.translate("AgendaDocument", QT_TRANSLATE_NOOP("AgendaDocument", "Hosts: %1"))
                .arg(hosts));
    }
    if (const QString meetingPoint = item.meetingPoint.text(language); !meetingPoint.isEmpty()) {
        description.append(labels
                               .translate("AgendaDocument",
                                          QT_TRANSLATE_NOOP("AgendaDocument", "Meeting point: %1"))
                               .arg(meetingPoint));
    }
    if (const QString access = site ? site->accessibility.text(language) : QString();
        !access.isEmpty()) {
        description.append(labels
                               .translate("AgendaDocument",
                                          QT_TRANSLATE_NOOP("AgendaDocument", "Accessibility: %1"))
                               .arg(access));
    }
    description.append(item.notes.trimmed());
    description.removeAll(QString());
    addText(event, icalproperty_new_description, description.join(u'\n'));
    return vevent;
}

} // namespace

QByteArray agendaCalendar(const EventDocument &document, Language language, const QDateTime &stamp)
{
    Component calendar(icalcomponent_new_vcalendar());
    icalcomponent *vcalendar = calendar.get();
    addText(
        vcalendar, icalproperty_new_prodid,
        QStringLiteral("-//Exchange Planner//Exchange Planner " EXCHANGE_PLANNER_VERSION "//EN"));
    addText(vcalendar, icalproperty_new_version, QStringLiteral("2.0"));
    addText(vcalendar, icalproperty_new_calscale, QStringLiteral("GREGORIAN"));
    // PUBLISH: a calendar to import, not an invitation. RFC 5546 would have an
    // ORGANIZER in each VEVENT with it; the agenda names none, being a
    // programme rather than a meeting to answer.
    icalcomponent_add_property(vcalendar, icalproperty_new_method(ICAL_METHOD_PUBLISH));
    const QString name = cleanText(document.event.title.text(language));
    if (!name.isEmpty()) {
        icalproperty *calendarName = icalproperty_new_x(name.toUtf8().constData());
        icalproperty_set_x_name(calendarName, "X-WR-CALNAME");
        icalcomponent_add_property(vcalendar, calendarName);
    }

    Zone zone;
    zone.qt = document.timeZone();
    zone.id = zone.qt.id();
    zone.ical = icaltimezone_get_builtin_timezone(zone.id.constData());

    QDate firstTimedDay;
    for (const AgendaItem &item : document.event.agenda) {
        if (item.day.isValid() && item.start.isValid() &&
            (!firstTimedDay.isValid() || item.day < firstTimedDay))
            firstTimedDay = item.day;
    }
    if (zone.ical && firstTimedDay.isValid())
        icalcomponent_add_component(vcalendar, timeZoneComponent(zone, firstTimedDay).release());

    const icaltimetype dtstamp =
        icaltime_from_timet_with_zone(stamp.toSecsSinceEpoch(), 0, icaltimezone_get_utc_timezone());
    const QList<AgendaItem> &agenda = document.event.agenda;
    const DocumentLanguage labels(language);
    for (qsizetype row = 0; row < agenda.size(); ++row) {
        // Without a day there is nothing to put in a calendar.
        if (agenda[row].day.isValid()) {
            icalcomponent_add_component(
                vcalendar, vevent(document, agenda[row], row, labels, dtstamp, zone).release());
        }
    }

    // libical 3.0 folds at 75 octets without splitting a UTF-8 sequence and
    // ends lines with CRLF, as RFC 5545 asks (tst_icalendar checks it).
    char *text = icalcomponent_as_ical_string_r(vcalendar);
    const QByteArray bytes(text);
    icalmemory_free_buffer(text);
    return bytes;
}

} // namespace ep
