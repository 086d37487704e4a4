// The calendar's clashes on the command line (issue 16, item 7): the public
// holidays of both countries, and each kind of conflict made in a copy of
// the demo programme and found by "conflicts" as JSON.

#include "domain/catalogues.h"
#include "domain/publicholidays.h"
#include "inprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using ep::test::demoDatabase;
using ep::test::run;
using ep::test::Run;

class ConflictsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void publicHolidaysOfBothCountries();
    void conflictsFlagEachKind();
};

void ConflictsTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    ep::installTranslations(QLocale(QLocale::English));
}

void ConflictsTest::publicHolidaysOfBothCountries()
{
    QCOMPARE(ep::easterSunday(2019), QDate(2019, 4, 21));
    QCOMPARE(ep::easterSunday(2025), QDate(2025, 4, 20));
    QCOMPARE(ep::easterSunday(2027), QDate(2027, 3, 28));
    const QList<ep::PublicHoliday> days = ep::publicHolidays(2026);
    const auto named = [&days](const QString &name) {
        const auto found = std::find_if(days.cbegin(), days.cend(),
                                        [&name](const auto &day) { return day.name == name; });
        return found == days.cend() ? QDate() : found->day;
    };
    QCOMPARE(named(u"Boże Ciało"_qs), QDate(2026, 6, 4));
    QCOMPARE(named(u"Fronleichnam"_qs), QDate(2026, 6, 4));
    QCOMPARE(named(u"Christi Himmelfahrt"_qs), QDate(2026, 5, 14));
    QCOMPARE(named(u"Pfingstmontag"_qs), QDate(2026, 5, 25));
    QCOMPARE(named(u"Wigilia Bożego Narodzenia"_qs), QDate(2026, 12, 24));
    QCOMPARE(named(u"Narodowe Święto Niepodległości"_qs), QDate(2026, 11, 11));
    QVERIFY(!ep::publicHolidays(2019).isEmpty());
    // Christmas Eve became a holiday in Poland from 2025 on. One list: two
    // calls would give iterators into two different lists.
    const auto holidays2024 = ep::publicHolidays(2024);
    QVERIFY(std::none_of(holidays2024.cbegin(), holidays2024.cend(),
                         [](const auto &day) { return day.day == QDate(2024, 12, 24); }));
}

// Each kind of clash made in a copy of the demo, then found by the
// command as JSON, with what the officer reads about it.
void ConflictsTest::conflictsFlagEachKind()
{
    const QTemporaryDir dir;
    const QString path = demoDatabase(dir);
    const auto json = [&path](const QStringList &more) {
        const Run listed =
            run(QStringList{u"conflicts"_qs, u"--format"_qs, u"json"_qs, u"--database"_qs, path} +
                more);
        return listed.exitCode == 0 ? QJsonDocument::fromJson(listed.out.toUtf8()).array()
                                    : QJsonArray();
    };
    QVERIFY(json({}).isEmpty()); // the demo programme is clean

    // Next year's visit over German Unity Day, and another overlapping it
    // with the same people, each with ten places.
    const Run first = run({u"duplicate"_qs, u"1"_qs, u"--first-day"_qs, u"2027-10-01"_qs,
                           u"--with-participants"_qs, u"--database"_qs, path});
    const Run second = run({u"duplicate"_qs, u"1"_qs, u"--first-day"_qs, u"2027-10-03"_qs,
                            u"--with-participants"_qs, u"--database"_qs, path});
    const QString a = first.out.trimmed();
    const QString b = second.out.trimmed();
    QVERIFY(ep::test::changeIn(path, u"UPDATE participations SET status = 'confirmed' WHERE "
                                     u"event_id IN (%1, %2)"_qs.arg(a, b)));
    QVERIFY(ep::test::changeIn(path, u"UPDATE events SET capacity = 10 WHERE id = "_qs % a));
    // Two items at once for everyone, in the demo's own visit.
    QVERIFY(ep::test::changeIn(
        path, u"INSERT INTO agenda_items (event_id, day, start_time, end_time, title_en, kind) "
              u"VALUES (1, '2019-07-08', '09:15', '09:45', 'Press photo', 'talk')"_qs));
    // Its host hosts the overlapping item too.
    QVERIFY(ep::test::changeIn(
        path, u"INSERT INTO agenda_item_hosts (agenda_item_id, person_id) SELECT (SELECT max(id) "
              u"FROM agenda_items), person_id FROM agenda_item_hosts WHERE agenda_item_id = "
              u"(SELECT id FROM agenda_items WHERE event_id = 1 AND day = '2019-07-08' AND "
              u"start_time = '09:00') LIMIT 1"_qs));
    // The second site visit of the first day right after the first one.
    const QString visits = u"SELECT id FROM agenda_items WHERE event_id = 1 AND day = "
                           u"'2019-07-08' AND kind = 'site_visit' ORDER BY start_time"_qs;
    const QString firstVisitEnd = ep::test::valueIn(
        path, u"SELECT end_time FROM agenda_items WHERE id = ("_qs % visits % u" LIMIT 1)"_qs);
    QVERIFY(ep::test::changeIn(
        path, u"UPDATE agenda_items SET start_time = '%1' WHERE id = ("_qs.arg(firstVisitEnd) %
                  visits % u" LIMIT 1 OFFSET 1)"_qs));
    // A site visited on a Monday that opens at weekends only.
    QVERIFY(ep::test::changeIn(path, u"UPDATE sites SET opening_days = '67' WHERE id = (SELECT "
                                     u"site_id FROM agenda_items WHERE event_id = 1 AND day = "
                                     u"'2019-07-08' AND site_id IS NOT NULL LIMIT 1)"_qs));

    const QJsonArray all = json({});
    QSet<QString> kinds;
    for (const QJsonValue &each : all)
        kinds.insert(each[u"kind"].toString());
    QCOMPARE(kinds, (QSet<QString>{u"overlapping_items"_qs, u"person_in_two_places"_qs,
                                   u"capacity_exceeded"_qs, u"too_little_travel_time"_qs,
                                   u"site_closed"_qs, u"public_holiday"_qs}));
    const auto withKind = [&all](const QString &kind) {
        QJsonArray of;
        for (const QJsonValue &each : all) {
            if (each[u"kind"].toString() == kind)
                of.append(each);
        }
        return of;
    };
    const QJsonArray holidays = withKind(u"public_holiday"_qs);
    QVERIFY(std::any_of(holidays.begin(), holidays.end(), [](const QJsonValue &each) {
        return each[u"date"].toString() == u"2027-10-03" &&
               each[u"message"].toString().contains(u"Tag der Deutschen Einheit"_qs);
    }));
    const QJsonArray capacity = withKind(u"capacity_exceeded"_qs);
    QCOMPARE(capacity.size(), 1);
    QCOMPARE(capacity.first()[u"message"].toString(),
             u"28 people come to an event with 10 places."_qs);
    // Everyone of the two copies is in two places at once on 3 October.
    const int people =
        ep::test::valueIn(path, u"SELECT count(*) FROM participations WHERE event_id = "_qs % a)
            .toInt();
    const QJsonArray twice = withKind(u"person_in_two_places"_qs);
    QVERIFY(twice.size() >= people);
    QVERIFY(withKind(u"overlapping_items"_qs)
                .first()[u"message"]
                .toString()
                .contains(u"\"Press photo\" (09:15–09:45)"_qs));
    QVERIFY(withKind(u"too_little_travel_time"_qs)
                .first()[u"message"]
                .toString()
                .contains(u"0 min are planned"_qs));
    QVERIFY(withKind(u"site_closed"_qs).first()[u"message"].toString().contains(u"Monday"_qs));

    // Of one event: only what concerns it.
    const QJsonArray ofFirst = json({u"1"_qs});
    QVERIFY(!ofFirst.isEmpty());
    for (const QJsonValue &each : ofFirst)
        QVERIFY(each[u"events"].toArray().contains(1));
    const Run unknown = run({u"conflicts"_qs, u"99"_qs, u"--database"_qs, path});
    QCOMPARE(unknown.exitCode, 2);
}

QTEST_MAIN(ConflictsTest)
#include "tst_cliconflicts.moc"
