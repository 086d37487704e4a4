// The partnership in figures (issue 17, item 4) on the demo programme, on
// both engines: each grouping's figures against counts made here another
// way (a query per group, or the sum over the groups), the period, and
// cancelled events left out.

#include "storage/sql.h"
#include "storage/statistics.h"
#include "testdatabase.h"

#include <QTest>

using namespace ep;

namespace {

constexpr char counted[] = "('registered', 'confirmed', 'attended', 'no_show')";

int countOf(const QSqlDatabase &db, const QString &statement,
            const QList<sql::Binding> &values = {})
{
    QSqlError error;
    const int n = sql::count(db, statement, values, &error);
    if (error.isValid())
        qFatal("%s: %s", qPrintable(statement), qPrintable(error.text()));
    return n;
}

const StatisticsRow *rowOf(const QList<StatisticsRow> &rows, const QString &key)
{
    for (const StatisticsRow &row : rows) {
        if (row.key == key)
            return &row;
    }
    return nullptr;
}

} // namespace

class StatisticsTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void yearsCountEventsParticipationsAndAttendance();
    void everyGroupingAddsUpToTheWhole();
    void sitesCountTheirVisits();
    void thePeriodAndCancelledEventsAreLeftOut();
    void theKindFilterCountsOnlyItsEvents();
    void perYearSplitsEachGroupByYear();
    void theTotalCountsEveryoneOnce();

private:
    std::unique_ptr<test::TestDatabase> m_db;
};

void StatisticsTest::initTestCase()
{
    m_db = std::make_unique<test::TestDatabase>();
    m_db->writeDemoProgramme();
}

void StatisticsTest::yearsCountEventsParticipationsAndAttendance()
{
    const QSqlDatabase db = m_db->connection();
    const QList<StatisticsRow> years =
        Statistics::of(db, StatisticsBy::Year, {}, {}, Language::English);
    QCOMPARE(years.size(), 2); // the demo's 2019 and 2020
    for (const StatisticsRow &row : years) {
        const QList<sql::Binding> year{{u":first"_qs, QString(row.key % u"-01-01")},
                                       {u":last"_qs, QString(row.key % u"-12-31")}};
        const QString events = u"FROM events e WHERE e.start_date BETWEEN :first AND :last"_qs;
        QCOMPARE(row.events, countOf(db, u"SELECT count(*) "_qs % events, year));
        const QString of = u" FROM participations t JOIN events e ON e.id = t.event_id WHERE "
                           u"e.start_date BETWEEN :first AND :last AND t.status "_qs;
        QCOMPARE(
            row.participations,
            countOf(db, u"SELECT count(*)"_qs % of % u"IN "_qs % QLatin1String(counted), year));
        QCOMPARE(row.people, countOf(db,
                                     u"SELECT count(DISTINCT t.person_id)"_qs % of % u"IN "_qs %
                                         QLatin1String(counted),
                                     year));
        QCOMPARE(row.attended, countOf(db, u"SELECT count(*)"_qs % of % u"= 'attended'"_qs, year));
        QCOMPARE(row.noShow, countOf(db, u"SELECT count(*)"_qs % of % u"= 'no_show'"_qs, year));
        QVERIFY(row.attendanceRate().has_value());
        QCOMPARE(*row.attendanceRate(), 100.0 * row.attended / (row.attended + row.noShow));
    }
}

void StatisticsTest::everyGroupingAddsUpToTheWhole()
{
    const QSqlDatabase db = m_db->connection();
    const int participations = countOf(
        db, u"SELECT count(*) FROM participations WHERE status IN "_qs % QLatin1String(counted));
    const int attended =
        countOf(db, u"SELECT count(*) FROM participations WHERE status = 'attended'"_qs);
    // Each participation is in one year, kind, country and organisation.
    for (StatisticsBy by : {StatisticsBy::Year, StatisticsBy::Kind, StatisticsBy::Country,
                            StatisticsBy::Organisation}) {
        int sum = 0;
        int attendedSum = 0;
        for (const StatisticsRow &row : Statistics::of(db, by, {}, {}, Language::German)) {
            sum += row.participations;
            attendedSum += row.attended;
        }
        QCOMPARE(sum, participations);
        QCOMPARE(attendedSum, attended);
    }
    // Countries by the person's, else the organisation's: the demo's are German and Polish.
    const QList<StatisticsRow> countries =
        Statistics::of(db, StatisticsBy::Country, {}, {}, Language::English);
    QVERIFY(rowOf(countries, u"DE"_qs) && rowOf(countries, u"PL"_qs));
    // A topic counts every event it is a topic of, by its name in the language asked.
    const QList<StatisticsRow> topics =
        Statistics::of(db, StatisticsBy::Topic, {}, {}, Language::Polish);
    QCOMPARE(topics.size(), countOf(db, u"SELECT count(DISTINCT topic_id) FROM event_topics"_qs));
    for (const StatisticsRow &row : topics) {
        QCOMPARE(row.events,
                 countOf(db,
                         u"SELECT count(*) FROM event_topics et JOIN topics tp ON tp.id = "
                         u"et.topic_id WHERE tp.name_pl = :name"_qs,
                         {{u":name"_qs, row.key}}));
    }
}

void StatisticsTest::sitesCountTheirVisits()
{
    const QSqlDatabase db = m_db->connection();
    const QList<StatisticsRow> sites =
        Statistics::of(db, StatisticsBy::Site, {}, {}, Language::German);
    QVERIFY(!sites.isEmpty());
    int visits = 0;
    for (const StatisticsRow &row : sites) {
        QCOMPARE(row.visits,
                 countOf(db,
                         u"SELECT count(*) FROM agenda_items a JOIN sites s ON s.id = "
                         u"a.site_id WHERE a.kind = 'site_visit' AND s.name_de = :name"_qs,
                         {{u":name"_qs, row.key}}));
        visits += row.visits;
    }
    QCOMPARE(visits, countOf(db, u"SELECT count(*) FROM agenda_items WHERE kind = 'site_visit' AND "
                                 u"site_id IS NOT NULL"_qs));
}

void StatisticsTest::thePeriodAndCancelledEventsAreLeftOut()
{
    const QSqlDatabase db = m_db->connection();
    const QList<StatisticsRow> from2020 = Statistics::of(db, StatisticsBy::Year, QDate(2020, 1, 1),
                                                         QDate(2020, 12, 31), Language::English);
    QCOMPARE(from2020.size(), 1);
    QCOMPARE(from2020.first().key, u"2020"_qs);
    QVERIFY(!sql::run(db, u"UPDATE events SET status = 'cancelled' WHERE id = 4"_qs).isValid());
    const QList<StatisticsRow> after = Statistics::of(db, StatisticsBy::Year, QDate(2020, 1, 1),
                                                      QDate(2020, 12, 31), Language::English);
    QCOMPARE(after.first().events, from2020.first().events - 1);
    QVERIFY(after.first().participations < from2020.first().participations);
    QVERIFY(!sql::run(db, u"UPDATE events SET status = 'held' WHERE id = 4"_qs).isValid());
}

void StatisticsTest::theKindFilterCountsOnlyItsEvents()
{
    const QSqlDatabase db = m_db->connection();
    for (const QString &kind : {u"study_visit"_qs, u"webinar"_qs, u"workshop"_qs}) {
        const StatisticsFilter filter{{}, {}, kind};
        const QList<StatisticsRow> kinds =
            Statistics::of(db, StatisticsBy::Kind, filter, Language::English);
        QCOMPARE(kinds.size(), 1);
        QCOMPARE(kinds.first().key, kind);
        const QList<sql::Binding> of{{u":kind"_qs, kind}};
        QCOMPARE(kinds.first().events,
                 countOf(db, u"SELECT count(*) FROM events WHERE kind = :kind"_qs, of));
        // Every grouping counts the kind's participations only.
        int participations = 0;
        for (const StatisticsRow &row :
             Statistics::of(db, StatisticsBy::Country, filter, Language::English))
            participations += row.participations;
        QCOMPARE(participations,
                 countOf(db,
                         u"SELECT count(*) FROM participations t JOIN events e ON e.id = "
                         u"t.event_id WHERE e.kind = :kind AND t.status IN "_qs %
                             QLatin1String(counted),
                         of));
        int visits = 0;
        for (const StatisticsRow &row :
             Statistics::of(db, StatisticsBy::Site, filter, Language::English))
            visits += row.visits;
        QCOMPARE(visits, countOf(db,
                                 u"SELECT count(*) FROM agenda_items a JOIN events e ON e.id = "
                                 u"a.event_id WHERE e.kind = :kind AND a.kind = 'site_visit' "
                                 u"AND a.site_id IS NOT NULL"_qs,
                                 of));
    }
    // The old form, without a kind, counts every kind.
    QCOMPARE(Statistics::of(db, StatisticsBy::Kind, {}, {}, Language::English).size(), 3);
}

void StatisticsTest::perYearSplitsEachGroupByYear()
{
    const QSqlDatabase db = m_db->connection();
    QSqlError error;
    const QList<StatisticsYearRow> topics =
        Statistics::perYear(db, StatisticsBy::Topic, {}, Language::English, &error);
    QVERIFY(!error.isValid());
    QVERIFY(!topics.isEmpty());
    for (const StatisticsYearRow &row : topics) {
        QCOMPARE(row.figures.events,
                 countOf(db,
                         u"SELECT count(*) FROM events e JOIN event_topics et ON et.event_id = "
                         u"e.id JOIN topics tp ON tp.id = et.topic_id WHERE tp.name_en = :name "
                         u"AND substr(e.start_date, 1, 4) = :year"_qs,
                         {{u":name"_qs, row.figures.key}, {u":year"_qs, row.year}}));
    }
    // The years of a group add up to the group.
    for (const StatisticsRow &kind :
         Statistics::of(db, StatisticsBy::Kind, {}, {}, Language::English)) {
        int events = 0;
        int participations = 0;
        for (const StatisticsYearRow &row :
             Statistics::perYear(db, StatisticsBy::Kind, {}, Language::English)) {
            if (row.figures.key == kind.key) {
                events += row.figures.events;
                participations += row.figures.participations;
            }
        }
        QCOMPARE(events, kind.events);
        QCOMPARE(participations, kind.participations);
    }
    const StatisticsFilter in2020{QDate(2020, 1, 1), QDate(2020, 12, 31), {}};
    for (const StatisticsYearRow &row :
         Statistics::perYear(db, StatisticsBy::Kind, in2020, Language::English))
        QCOMPARE(row.year, u"2020"_qs);
}

void StatisticsTest::theTotalCountsEveryoneOnce()
{
    const QSqlDatabase db = m_db->connection();
    QSqlError error;
    const StatisticsRow total = Statistics::total(db, {}, &error);
    QVERIFY(!error.isValid());
    QCOMPARE(total.events, countOf(db, u"SELECT count(*) FROM events"_qs));
    QCOMPARE(total.participations,
             countOf(db, u"SELECT count(*) FROM participations WHERE status IN "_qs %
                             QLatin1String(counted)));
    // A person at two events is one person.
    QCOMPARE(total.people, countOf(db, u"SELECT count(DISTINCT person_id) FROM participations "
                                       u"WHERE status IN "_qs %
                                           QLatin1String(counted)));
    QCOMPARE(total.attended,
             countOf(db, u"SELECT count(*) FROM participations WHERE status = 'attended'"_qs));
    const StatisticsRow none = Statistics::total(db, {QDate(2030, 1, 1), {}, {}}, &error);
    QVERIFY(!error.isValid());
    QCOMPARE(none.events, 0);
    QCOMPARE(none.participations, 0);
    QVERIFY(!none.attendanceRate());
}

QTEST_GUILESS_MAIN(StatisticsTest)
#include "tst_statistics.moc"
