#include "domain/validation.h"
#include "storage/demoprogramme.h"
#include "storage/eventrepository.h"
#include "storage/personrepository.h"
#include "storage/siterepository.h"
#include "storage/sql.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace ep;

// The demo programme is what a new user sees first: the RVR–GZM
// partnership with its real organisations and sites and four events.
class DemoProgrammeTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void holdsTheFourEventsOfThePartnership();
    void everyEventHasAFullValidAgendaAndParticipantsFromBothRegions();
    void showsTwoGroupsVisitingAtTheSameTime();
    void holdsTheSitesWithAddressesAndCoordinates();
    void textsExistInThreeLanguages();
    void refusesBrokenInputAndWritesNothing_data();
    void refusesBrokenInputAndWritesNothing();

private:
    std::unique_ptr<test::TestDatabase> m_db;
};

void DemoProgrammeTest::initTestCase()
{
    m_db = std::make_unique<test::TestDatabase>();
    m_db->writeDemoProgramme();
}

void DemoProgrammeTest::holdsTheFourEventsOfThePartnership()
{
    const QList<EventSummary> events = EventRepository(m_db->connection()).summaries();
    QCOMPARE(events.size(), 4);
    QCOMPARE(events[0].kind, u"study_visit"_qs);
    QCOMPARE(events[0].startDate.toString(u"yyyy-MM"), u"2019-07"_qs);
    QCOMPARE(events[1].kind, u"study_visit"_qs);
    QCOMPARE(events[1].startDate.toString(u"yyyy-MM"), u"2019-08"_qs);
    QCOMPARE(events[2].kind, u"workshop"_qs);
    QCOMPARE(events[2].startDate.toString(u"yyyy-MM"), u"2020-02"_qs);
    QCOMPARE(events[3].kind, u"webinar"_qs);
    QCOMPARE(events[3].startDate.toString(u"yyyy-MM"), u"2020-10"_qs);

    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT short_name FROM organisations")));
    QStringList shortNames;
    while (query.next())
        shortNames.append(query.value(0).toString());
    for (const QString &expected : {u"RVR"_qs, u"GZM"_qs, u"BMR"_qs})
        QVERIFY2(shortNames.contains(expected), qPrintable(expected));
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM topics")) && query.next());
    QCOMPARE(query.value(0).toInt(), 4);
}

void DemoProgrammeTest::everyEventHasAFullValidAgendaAndParticipantsFromBothRegions()
{
    EventRepository events(m_db->connection());
    PersonRepository people(m_db->connection());
    for (const EventSummary &summary : events.summaries()) {
        const Event event = *events.load(summary.id);
        QVERIFY2(Validation::check(event).isEmpty(), qPrintable(event.title.en));
        QVERIFY(event.participants.size() >= 15 && event.participants.size() <= 30);
        QVERIFY(event.agenda.size() >= 5);
        QVERIFY(!event.organiserIds.isEmpty());
        // Both regions take part: German and Polish addresses among the people.
        QSet<QString> countries;
        for (const Participation &participation : event.participants)
            countries.insert(people.load(participation.personId)->country);
        QVERIFY2(countries.contains(u"DE"_qs) && countries.contains(u"PL"_qs),
                 qPrintable(event.title.en));
    }
}

void DemoProgrammeTest::showsTwoGroupsVisitingAtTheSameTime()
{
    EventRepository events(m_db->connection());
    int parallel = 0;
    for (const EventSummary &summary : events.summaries()) {
        const Event event = *events.load(summary.id);
        for (const AgendaItem &a : event.agenda) {
            for (const AgendaItem &b : event.agenda) {
                parallel += a.group < b.group && !a.group.isEmpty() && a.day == b.day &&
                                    a.start < b.end && b.start < a.end && a.kind == u"site_visit" &&
                                    b.kind == u"site_visit"
                                ? 1
                                : 0;
            }
        }
    }
    QCOMPARE(parallel, 1);
}

void DemoProgrammeTest::holdsTheSitesWithAddressesAndCoordinates()
{
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT id FROM sites")));
    QStringList names;
    SiteRepository sites(m_db->connection());
    while (query.next()) {
        const Site site = *sites.load(query.value(0).toInt());
        names.append(site.name.en);
        QVERIFY2(site.latitude && site.longitude, qPrintable(site.name.en));
        QVERIFY(!site.city.isEmpty());
        QVERIFY(!site.address().isEmpty());
        QVERIFY2(!sites.visits(site.id).isEmpty(), qPrintable(site.name.en));
    }
    const QString all = names.join(u'|');
    for (const QString &expected : {u"MARK 51°7"_qs, u"Nikiszowiec"_qs, u"Gleispark Frintrop"_qs,
                                    u"Wischlingen"_qs, u"PHOENIX"_qs, u"Niederfeldsee"_qs}) {
        QVERIFY2(all.contains(expected, Qt::CaseInsensitive), qPrintable(expected));
    }
    QCOMPARE(names.size(), 8);
}

void DemoProgrammeTest::textsExistInThreeLanguages()
{
    EventRepository events(m_db->connection());
    for (const EventSummary &summary : events.summaries()) {
        const Event event = *events.load(summary.id);
        QVERIFY(event.title.isComplete());
        QVERIFY(event.description.isComplete());
        for (const AgendaItem &item : event.agenda) {
            QVERIFY2(item.title.isComplete(), qPrintable(item.title.text(Language::English)));
            // What the delegation reads: never one language leaking into another's agenda.
            QVERIFY2(item.meetingPoint.isEmpty() || item.meetingPoint.isComplete(),
                     qPrintable(item.title.text(Language::English)));
        }
    }
    SiteRepository sites(m_db->connection());
    for (int id : sql::ids(m_db->connection(), QStringLiteral("SELECT id FROM sites"))) {
        const Site site = *sites.load(id);
        QVERIFY2(site.accessibility.isComplete(), qPrintable(site.name.en));
    }
    // Polish and German letters came through intact.
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM people WHERE last_name LIKE '%ł%' "
                                      "OR last_name LIKE '%ż%' OR last_name LIKE '%ü%'")));
    QVERIFY(query.next());
    QVERIFY(query.value(0).toInt() > 0);
}

void DemoProgrammeTest::refusesBrokenInputAndWritesNothing_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("not JSON") << QByteArray("{\"format\": ") << u"cannot be read"_qs;
    QTest::newRow("other format") << QByteArray("{\"format\": \"x\"}") << u"not in the demo"_qs;
    QTest::newRow("unknown reference")
        << QByteArray(R"({"format": "exchange-planner-demo", "organisations": [
               {"key": "rvr", "name": "Regionalverband Ruhr"}],
             "people": [{"key": "p", "last_name": "Nowak", "organisation": "nope"}]})")
        << u"\"nope\""_qs;
    QTest::newRow("invalid email") << QByteArray(R"({"format": "exchange-planner-demo",
             "people": [{"key": "p", "last_name": "Nowak", "email": "nowak"}]})")
                                   << u"email"_qs;
}

void DemoProgrammeTest::refusesBrokenInputAndWritesNothing()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    test::TestDatabase db;
    const QString error = DemoProgramme::write(db.connection(), json);
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(db.database().holdsNoData());
}

QTEST_GUILESS_MAIN(DemoProgrammeTest)
#include "tst_demoprogramme.moc"
