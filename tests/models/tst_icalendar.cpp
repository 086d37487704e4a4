#include "contentlines.h"
#include "export/icalendarwriter.h"
#include "organisationnamed.h"

#include <QTest>

#include <libical/ical.h>
#include <memory>

using namespace ep;

namespace {

struct ComponentDeleter
{
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentDeleter>;

const QString specialTitle = u"Zażółć gęślą jaźń, Grüße aus Essen; C:\\Programme\\\nZeile 2"_qs;
const QString calendarName = u"Wizyta studyjna: Energia, woda; klimat"_qs;
const QString databaseId = u"6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f"_qs;

// A study visit over the night to summer time (29 and 30 March 2025), so
// the VTIMEZONE's offsets are put to the test.
EventDocument studyVisit()
{
    EventDocument document;
    document.databaseId = databaseId;
    document.organisations.insert(7, ep::test::organisationNamed(7, u"Ruhr-Universität Bochum"_qs,
                                                                 u"RUB"_qs, u"university"_qs,
                                                                 u"Bochum"_qs, u"DE"_qs));
    document.organisations.insert(8, ep::test::organisationNamed(8, u"Urząd Marszałkowski"_qs,
                                                                 u"UMWD"_qs, u"public_authority"_qs,
                                                                 u"Wrocław"_qs, u"PL"_qs));
    Person host;
    host.id = 1;
    host.title = u"Dr."_qs;
    host.firstName = u"Jürgen"_qs;
    host.lastName = u"Müller"_qs;
    host.organisationId = 7;
    document.people.insert(1, host);
    Person guest;
    guest.id = 2;
    guest.firstName = u"Łucja"_qs;
    guest.lastName = u"Nowak"_qs;
    guest.organisationId = 8;
    document.people.insert(2, guest);

    Site campus;
    campus.id = 5;
    campus.name = {u"Ruhr-Universität Bochum"_qs, u"Uniwersytet Ruhry w Bochum"_qs,
                   u"Ruhr University Bochum"_qs};
    campus.street = u"Universitätsstraße 150"_qs;
    campus.postalCode = u"44801"_qs;
    campus.city = u"Bochum"_qs;
    campus.accessibility = {u"Stufenlos über den Aufzug am Nordforum"_qs,
                            u"Bez schodów, windą przy Nordforum"_qs,
                            u"Step-free via the lift at the Nordforum"_qs};
    campus.latitude = 51.4453;
    campus.longitude = 7.2614;
    document.sites.insert(5, campus);

    Event &event = document.event;
    event.id = 42;
    event.title = {u"Studienbesuch"_qs, calendarName, u"Study visit"_qs};
    event.startDate = QDate(2025, 3, 29);
    event.endDate = QDate(2025, 3, 30);
    event.hostOrganisationId = 7;
    event.venueAddress = u"Universitätsstraße 150"_qs;
    event.venueCity = u"Bochum"_qs;

    AgendaItem welcome;
    welcome.id = 11;
    welcome.day = QDate(2025, 3, 29);
    welcome.start = QTime(9, 0);
    welcome.end = QTime(10, 30);
    welcome.title = {u"Begrüßung"_qs, specialTitle, u"Welcome"_qs};
    welcome.meetingPoint = {u"Hotellobby"_qs, u"Lobby hotelu"_qs, u"Hotel lobby"_qs};

    AgendaItem visit;
    visit.id = 12;
    visit.day = QDate(2025, 3, 29);
    visit.start = QTime(14, 0);
    visit.end = QTime(16, 15);
    visit.title = {u"Campusführung"_qs, {}, u"Campus tour"_qs}; // no Polish title
    visit.siteId = 5;
    visit.hostIds = {1, 2};
    visit.meetingPoint = {u"Haupteingang"_qs, {}, u"Main entrance"_qs}; // no Polish one
    visit.group = u"A"_qs;
    visit.notes = u"Helme werden gestellt."_qs;

    AgendaItem departure;
    departure.id = 13;
    departure.day = QDate(2025, 3, 30);
    departure.start = QTime(10, 0); // summer time by then
    departure.title = {u"Abreise"_qs, u"Wyjazd"_qs, u"Departure"_qs};

    AgendaItem freeDay;
    freeDay.id = 14;
    freeDay.day = QDate(2025, 3, 30);
    freeDay.title = {u"Freizeit"_qs, u"Czas wolny"_qs, u"Free time"_qs};

    event.agenda = {welcome, visit, departure, freeDay};
    return document;
}

const QDateTime firstStamp(QDate(2025, 3, 1), QTime(12, 34, 56), Qt::UTC);

Component parsed(const QByteArray &calendar)
{
    return Component(icalparser_parse_string(calendar.constData()));
}

QList<icalcomponent *> components(icalcomponent *parent, icalcomponent_kind kind)
{
    QList<icalcomponent *> found;
    for (icalcomponent *child = icalcomponent_get_first_component(parent, kind); child;
         child = icalcomponent_get_next_component(parent, kind))
        found.append(child);
    return found;
}

icalcomponent *eventWithUid(icalcomponent *calendar, const QString &uid)
{
    for (icalcomponent *event : components(calendar, ICAL_VEVENT_COMPONENT)) {
        if (QString::fromUtf8(icalcomponent_get_uid(event)) == uid)
            return event;
    }
    return nullptr;
}

QString uidOf(int itemId)
{
    return u"item-"_qs % QString::number(itemId) % u".event-42."_qs % databaseId %
           u"@exchange-planner"_qs;
}

QString textOf(icalcomponent *component, icalproperty_kind kind)
{
    icalproperty *property = icalcomponent_get_first_property(component, kind);
    return property ? QString::fromUtf8(icalproperty_get_value_as_string(property)) : QString();
}

QString tzidOf(icalcomponent *event, icalproperty_kind kind)
{
    icalproperty *property = icalcomponent_get_first_property(event, kind);
    icalparameter *tzid =
        property ? icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER) : nullptr;
    return tzid ? QString::fromUtf8(icalparameter_get_tzid(tzid)) : QString();
}

// The instant a DTSTART or DTEND names, through the file's own VTIMEZONE.
QDateTime instant(icaltimetype time)
{
    const icaltimetype utc = icaltime_convert_to_zone(time, icaltimezone_get_utc_timezone());
    return QDateTime::fromSecsSinceEpoch(icaltime_as_timet(utc), Qt::UTC);
}

QDateTime venueTime(QDate day, QTime time, const char *zone = "Europe/Berlin")
{
    return QDateTime(day, time, QTimeZone(zone)).toUTC();
}

// X-LIC-ERROR is how libical's parser reports a problem. (Its check of
// RFC 5546's restrictions, icalrestriction_check, is not asked: PUBLISH
// there wants an ORGANIZER, which the agenda leaves out.)
QStringList libicalErrors(icalcomponent *component)
{
    QStringList errors;
    for (icalproperty *error = icalcomponent_get_first_property(component, ICAL_XLICERROR_PROPERTY);
         error; error = icalcomponent_get_next_property(component, ICAL_XLICERROR_PROPERTY))
        errors.append(QString::fromUtf8(icalproperty_get_xlicerror(error)));
    for (icalcomponent *child = icalcomponent_get_first_component(component, ICAL_ANY_COMPONENT);
         child; child = icalcomponent_get_next_component(component, ICAL_ANY_COMPONENT))
        errors += libicalErrors(child);
    return errors;
}

} // namespace

// The agenda's calendar, read back with libical's parser.
class ICalendarTest : public QObject
{
    Q_OBJECT

private slots:
    void linesAreFoldedAndEndWithCrLf();
    void calendarProperties();
    void oneEventPerItemWithStableUids();
    void timesInTheVenuesZone();
    void timeZoneFollowsTheHost();
    void itemWithoutEndOrStart();
    void textsRoundTrip();
    void locationAndGeo();
    void everyItemHasALocation();
};

void ICalendarTest::linesAreFoldedAndEndWithCrLf()
{
    EventDocument document = studyVisit();
    // Long enough to be folded several times, with two-octet letters about
    // every third octet.
    document.event.agenda[0].title.pl = specialTitle.repeated(4);
    const QByteArray calendar = agendaCalendar(document, Language::Polish, firstStamp);

    QVERIFY(calendar.endsWith("END:VCALENDAR\r\n"));
    int continuations = 0;
    const QString problem = test::contentLineProblem(calendar, &continuations);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(continuations >= 4);

    const Component parsedCalendar = parsed(calendar);
    icalcomponent *welcome = eventWithUid(parsedCalendar.get(), uidOf(11));
    QVERIFY(welcome);
    QCOMPARE(QString::fromUtf8(icalcomponent_get_summary(welcome)), specialTitle.repeated(4));
}

void ICalendarTest::calendarProperties()
{
    const QByteArray calendar = agendaCalendar(studyVisit(), Language::Polish, firstStamp);
    const Component parsedCalendar = parsed(calendar);
    icalcomponent *vcalendar = parsedCalendar.get();
    QVERIFY(vcalendar);
    QCOMPARE(icalcomponent_isa(vcalendar), ICAL_VCALENDAR_COMPONENT);
    QCOMPARE(textOf(vcalendar, ICAL_PRODID_PROPERTY),
             u"-//Exchange Planner//Exchange Planner " EXCHANGE_PLANNER_VERSION "//EN"_qs);
    QCOMPARE(textOf(vcalendar, ICAL_VERSION_PROPERTY), u"2.0"_qs);
    QCOMPARE(textOf(vcalendar, ICAL_CALSCALE_PROPERTY), u"GREGORIAN"_qs);
    QCOMPARE(icalcomponent_get_method(vcalendar), ICAL_METHOD_PUBLISH);
    icalproperty *name = icalcomponent_get_first_property(vcalendar, ICAL_X_PROPERTY);
    QVERIFY(name);
    QCOMPARE(QByteArray(icalproperty_get_x_name(name)), QByteArray("X-WR-CALNAME"));
    QCOMPARE(QString::fromUtf8(icalproperty_get_x(name)), calendarName);
    QCOMPARE(libicalErrors(vcalendar).join(u"; "), QString());
}

void ICalendarTest::oneEventPerItemWithStableUids()
{
    const EventDocument document = studyVisit();
    const QByteArray first = agendaCalendar(document, Language::Polish, firstStamp);
    const QDateTime secondStamp = firstStamp.addDays(3).toTimeZone(QTimeZone("Europe/Warsaw"));
    const QByteArray second = agendaCalendar(document, Language::Polish, secondStamp);

    QStringList uids;
    for (const QByteArray &calendar : {first, second}) {
        const Component parsedCalendar = parsed(calendar);
        const QList<icalcomponent *> events =
            components(parsedCalendar.get(), ICAL_VEVENT_COMPONENT);
        QCOMPARE(events.size(), document.event.agenda.size());
        for (icalcomponent *event : events)
            uids.append(QString::fromUtf8(icalcomponent_get_uid(event)));
    }
    const QStringList expected{uidOf(11), uidOf(12), uidOf(13), uidOf(14)};
    QCOMPARE(uids, expected + expected);

    // DTSTAMP, the moment of export, is all that differs, and it is in UTC.
    QVERIFY(first.contains("\r\nDTSTAMP:20250301T123456Z\r\n"));
    QVERIFY(second.contains("\r\nDTSTAMP:20250304T123456Z\r\n"));
    QByteArray unstamped = first;
    QCOMPARE(unstamped.replace("DTSTAMP:20250301T", "DTSTAMP:20250304T"), second);
    const Component parsedCalendar = parsed(second);
    for (icalcomponent *event : components(parsedCalendar.get(), ICAL_VEVENT_COMPONENT))
        QVERIFY(icaltime_is_utc(icalcomponent_get_dtstamp(event)));

    EventDocument otherDatabase = document;
    otherDatabase.databaseId.clear();
    const Component withoutId = parsed(agendaCalendar(otherDatabase, Language::Polish, firstStamp));
    QVERIFY(eventWithUid(withoutId.get(), u"item-11.event-42@exchange-planner"_qs));
}

void ICalendarTest::timesInTheVenuesZone()
{
    const QByteArray calendar = agendaCalendar(studyVisit(), Language::Polish, firstStamp);
    const Component parsedCalendar = parsed(calendar);
    icalcomponent *vcalendar = parsedCalendar.get();

    const QList<icalcomponent *> zones = components(vcalendar, ICAL_VTIMEZONE_COMPONENT);
    QCOMPARE(zones.size(), 1);
    QCOMPARE(textOf(zones.first(), ICAL_TZID_PROPERTY), u"Europe/Berlin"_qs);

    icalcomponent *welcome = eventWithUid(vcalendar, uidOf(11));
    icalcomponent *visit = eventWithUid(vcalendar, uidOf(12));
    icalcomponent *departure = eventWithUid(vcalendar, uidOf(13));
    QVERIFY(welcome && visit && departure);
    QVERIFY(calendar.contains("\r\nDTSTART;TZID=Europe/Berlin:20250329T090000\r\n"));
    QVERIFY(calendar.contains("\r\nDTEND;TZID=Europe/Berlin:20250329T103000\r\n"));
    for (icalcomponent *event : {welcome, visit, departure}) {
        QCOMPARE(tzidOf(event, ICAL_DTSTART_PROPERTY), u"Europe/Berlin"_qs);
        QCOMPARE(tzidOf(event, ICAL_DTEND_PROPERTY), u"Europe/Berlin"_qs);
        // Resolved through the file's VTIMEZONE, not libical's own zones.
        const icaltimetype start = icalcomponent_get_dtstart(event);
        QVERIFY(start.zone);
        QCOMPARE(QByteArray(icaltimezone_get_tzid(const_cast<icaltimezone *>(start.zone))),
                 QByteArray("Europe/Berlin"));
    }
    // 09:00 CET is 08:00 UTC; the day after, 10:00 CEST is 08:00 UTC.
    QCOMPARE(instant(icalcomponent_get_dtstart(welcome)),
             venueTime(QDate(2025, 3, 29), QTime(9, 0)));
    QCOMPARE(instant(icalcomponent_get_dtstart(welcome)),
             QDateTime(QDate(2025, 3, 29), QTime(8, 0), Qt::UTC));
    QCOMPARE(instant(icalcomponent_get_dtend(welcome)),
             venueTime(QDate(2025, 3, 29), QTime(10, 30)));
    QCOMPARE(instant(icalcomponent_get_dtstart(visit)),
             venueTime(QDate(2025, 3, 29), QTime(14, 0)));
    QCOMPARE(instant(icalcomponent_get_dtend(visit)), venueTime(QDate(2025, 3, 29), QTime(16, 15)));
    QCOMPARE(instant(icalcomponent_get_dtstart(departure)),
             QDateTime(QDate(2025, 3, 30), QTime(8, 0), Qt::UTC));
}

void ICalendarTest::timeZoneFollowsTheHost()
{
    EventDocument document = studyVisit();
    document.event.hostOrganisationId = 8; // Polish
    const QByteArray calendar = agendaCalendar(document, Language::English, firstStamp);
    const Component parsedCalendar = parsed(calendar);
    const QList<icalcomponent *> zones = components(parsedCalendar.get(), ICAL_VTIMEZONE_COMPONENT);
    QCOMPARE(zones.size(), 1);
    QCOMPARE(textOf(zones.first(), ICAL_TZID_PROPERTY), u"Europe/Warsaw"_qs);
    icalcomponent *visit = eventWithUid(parsedCalendar.get(), uidOf(12));
    QVERIFY(visit);
    QCOMPARE(tzidOf(visit, ICAL_DTSTART_PROPERTY), u"Europe/Warsaw"_qs);
    QCOMPARE(instant(icalcomponent_get_dtstart(visit)),
             venueTime(QDate(2025, 3, 29), QTime(14, 0), "Europe/Warsaw"));
}

void ICalendarTest::itemWithoutEndOrStart()
{
    const QByteArray calendar = agendaCalendar(studyVisit(), Language::Polish, firstStamp);
    const Component parsedCalendar = parsed(calendar);

    // No end: it ends as it starts.
    icalcomponent *departure = eventWithUid(parsedCalendar.get(), uidOf(13));
    QVERIFY(departure);
    QCOMPARE(instant(icalcomponent_get_dtend(departure)),
             instant(icalcomponent_get_dtstart(departure)));

    // No start: all day, DTEND being the next day.
    icalcomponent *freeDay = eventWithUid(parsedCalendar.get(), uidOf(14));
    QVERIFY(freeDay);
    const icaltimetype start = icalcomponent_get_dtstart(freeDay);
    const icaltimetype end = icalcomponent_get_dtend(freeDay);
    QVERIFY(start.is_date && end.is_date);
    QCOMPARE(QByteArray(icaltime_as_ical_string(start)), QByteArray("20250330"));
    QCOMPARE(QByteArray(icaltime_as_ical_string(end)), QByteArray("20250331"));
    QVERIFY(calendar.contains("\r\nDTSTART;VALUE=DATE:20250330\r\n"));
    QCOMPARE(tzidOf(freeDay, ICAL_DTSTART_PROPERTY), QString());
}

void ICalendarTest::textsRoundTrip()
{
    const QByteArray calendar = agendaCalendar(studyVisit(), Language::Polish, firstStamp);
    const Component parsedCalendar = parsed(calendar);
    icalcomponent *welcome = eventWithUid(parsedCalendar.get(), uidOf(11));
    icalcomponent *visit = eventWithUid(parsedCalendar.get(), uidOf(12));
    QVERIFY(welcome && visit);

    // Escaped by libical (\, \; \\ \n) and read back exactly.
    QVERIFY(calendar.contains("\\, Gr"));
    QCOMPARE(QString::fromUtf8(icalcomponent_get_summary(welcome)), specialTitle);
    // No Polish title: the English one, as LocalizedText::text falls back;
    // the group it is for beside it.
    QCOMPARE(QString::fromUtf8(icalcomponent_get_summary(visit)), u"Campus tour (Grupa A)"_qs);
    // Labelled in the calendar's language, as on the printed agenda; the
    // meeting point and the site's accessibility in it too, where they exist.
    QCOMPARE(QString::fromUtf8(icalcomponent_get_description(visit)),
             u"Gospodarze: Dr. Jürgen Müller (RUB), Łucja Nowak (UMWD)\n"
             "Miejsce zbiórki: Main entrance\n"
             "Dostępność: Bez schodów, windą przy Nordforum\nHelme werden gestellt."_qs);
    // Without a site: the event's venue is the location, the meeting point
    // is said as such.
    QCOMPARE(QString::fromUtf8(icalcomponent_get_location(welcome)),
             u"Universitätsstraße 150, Bochum"_qs);
    QCOMPARE(QString::fromUtf8(icalcomponent_get_description(welcome)),
             u"Miejsce zbiórki: Lobby hotelu"_qs);
    // In German, the German labels.
    const Component german = parsed(agendaCalendar(studyVisit(), Language::German, firstStamp));
    QCOMPARE(
        QString::fromUtf8(icalcomponent_get_description(eventWithUid(german.get(), uidOf(11)))),
        u"Treffpunkt: Hotellobby"_qs);
}

void ICalendarTest::everyItemHasALocation()
{
    // An online event: no site, no venue; its platform and link.
    EventDocument online = studyVisit();
    online.event.venueAddress.clear();
    online.event.venueCity.clear();
    online.event.onlinePlatform = u"BigBlueButton"_qs;
    online.event.onlineLink = u"https://example.org/b/rvr-gzm"_qs;
    const Component calendar = parsed(agendaCalendar(online, Language::English, firstStamp));
    QCOMPARE(QString::fromUtf8(icalcomponent_get_location(eventWithUid(calendar.get(), uidOf(11)))),
             u"BigBlueButton, https://example.org/b/rvr-gzm"_qs);
    for (icalcomponent *item =
             icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT);
         item; item = icalcomponent_get_next_component(calendar.get(), ICAL_VEVENT_COMPONENT)) {
        QVERIFY2(icalcomponent_get_first_property(item, ICAL_LOCATION_PROPERTY),
                 icalcomponent_get_uid(item));
    }
}

void ICalendarTest::locationAndGeo()
{
    const QByteArray calendar = agendaCalendar(studyVisit(), Language::Polish, firstStamp);
    const Component parsedCalendar = parsed(calendar);
    icalcomponent *visit = eventWithUid(parsedCalendar.get(), uidOf(12));
    icalcomponent *welcome = eventWithUid(parsedCalendar.get(), uidOf(11));
    QVERIFY(visit && welcome);

    QCOMPARE(QString::fromUtf8(icalcomponent_get_location(visit)),
             u"Uniwersytet Ruhry w Bochum, Universitätsstraße 150, 44801 Bochum"_qs);
    icalproperty *geo = icalcomponent_get_first_property(visit, ICAL_GEO_PROPERTY);
    QVERIFY(geo);
    QCOMPARE(icalproperty_get_geo(geo).lat, 51.4453);
    QCOMPARE(icalproperty_get_geo(geo).lon, 7.2614);
    QVERIFY(!icalcomponent_get_first_property(welcome, ICAL_GEO_PROPERTY));
}

QTEST_GUILESS_MAIN(ICalendarTest)
#include "tst_icalendar.moc"
