// The Statistics area (issue 17, item 4: the partnership in figures), read
// as a user reads it: each chart's bars against counts made here from the
// database by queries of the test's own, the period and kind filters, and
// the figures following a change made in the window or by another program.
// Its exports: tst_statisticsexports.

#include "statistics/statisticsfigures.h"
#include "statisticsreading.h"
#include "window/areapage.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace ep;
using namespace ep::test;

class StatisticsAreaTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void statisticsFollowsTheAreasInTheNavigation();
    void exchangesPerYearAndKindAreTheEventsStored();
    void participantsPerCountryAndOrganisation();
    void attendanceTopicsAndSites();
    void thePeriodAndKindFilterEveryChart();
    void figuresFollowChangesOfTheWindowAndOfOthers();

private:
    StatisticsPage *showStatistics() const { return m_shown->showStatistics(); }

    std::unique_ptr<StatisticsWindow> m_shown;
};

void StatisticsAreaTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void StatisticsAreaTest::init()
{
    m_shown = std::make_unique<StatisticsWindow>();
}

void StatisticsAreaTest::cleanup()
{
    m_shown.reset();
}

void StatisticsAreaTest::statisticsFollowsTheAreasInTheNavigation()
{
    MainWindow &window = *m_shown->window;
    auto *areas = window.findChild<QListWidget *>(u"navigation"_qs);
    auto *statistics = window.findChild<QListWidget *>(u"statisticsNavigation"_qs);
    QVERIFY(areas && statistics);
    QCOMPARE(statistics->count(), 1);
    QCOMPARE(statistics->item(0)->text(), u"Statistics"_qs);
    // Right below the areas, as the last entry.
    QVERIFY(
        statistics->mapTo(&window, QPoint(0, 0)).y() >=
        areas->mapTo(&window, areas->visualItemRect(areas->item(areas->count() - 1)).bottomLeft())
            .y());
    // Not built before it is first shown.
    QVERIFY(!window.findChild<StatisticsPage *>());

    const QRect row = statistics->visualItemRect(statistics->item(0));
    QTest::mouseClick(statistics->viewport(), Qt::LeftButton, {}, row.center());
    auto *page = window.findChild<StatisticsPage *>();
    QVERIFY(page && page->isVisible());
    QVERIFY(!window.currentPage());
    QVERIFY(areas->selectedItems().isEmpty());
    // Nothing to make, save, delete or find on a page of charts.
    for (const QString &text : {u"&New"_qs, u"&Save"_qs, u"&Delete…"_qs, u"&Find"_qs}) {
        bool found = false;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->text() == text) {
                found = true;
                QVERIFY2(!action->isEnabled(), qPrintable(text));
            }
        }
        QVERIFY2(found, qPrintable(text));
    }
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier); // nothing happens, nothing breaks

    // The area shown before is a click away, though its row stayed current.
    const QRect events = areas->visualItemRect(areas->item(0));
    QTest::mouseClick(areas->viewport(), Qt::LeftButton, {}, events.center());
    QVERIFY(window.currentPage());
    QCOMPARE(window.currentPage()->area(), Area::Events);
    QVERIFY(!page->isVisible());
    QVERIFY(statistics->selectedItems().isEmpty());
    // Ctrl+6, after the areas' Ctrl+1 … Ctrl+5.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
    QVERIFY(page->isVisible());
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(window.currentPage()->area(), Area::Sites);
    QCOMPARE(areas->count(), 5);
}

void StatisticsAreaTest::exchangesPerYearAndKindAreTheEventsStored()
{
    StatisticsPage *page = showStatistics();
    QCOMPARE(page->chart(), StatisticsChart::ExchangesPerYear);
    const auto bars = barsOf(page->chartView());
    QCOMPARE(bars.keys(), (QStringList{u"Study visit"_qs, u"Webinar"_qs, u"Workshop"_qs}));
    const QSqlDatabase db = m_shown->db->connection();
    int events = 0;
    for (const QString &kind : {u"study_visit"_qs, u"webinar"_qs, u"workshop"_qs}) {
        const auto stored = countsOf(db,
                                     u"SELECT substr(start_date, 1, 4), count(*) FROM events"
                                     u" WHERE kind = :kind AND status <> 'cancelled' GROUP BY 1"_qs,
                                     {{u":kind"_qs, kind}});
        const QString label = StatisticsFigures::kindName(kind);
        const QMap<QString, double> shown = bars.value(label);
        for (auto it = shown.begin(); it != shown.end(); ++it) {
            QCOMPARE(it.value(), stored.value(it.key()));
            events += int(it.value());
        }
        for (auto it = stored.begin(); it != stored.end(); ++it)
            QCOMPARE(shown.value(it.key()), it.value());
    }
    QCOMPARE(events, int(countsOf(db, u"SELECT '', count(*) FROM events"_qs).value({})));
    // The table beside the chart holds the same numbers, with the totals.
    QTableWidget *table = page->table();
    QCOMPARE(table->horizontalHeaderItem(0)->text(), u"Year"_qs);
    QCOMPARE(table->horizontalHeaderItem(4)->text(), u"Total"_qs);
    int total = 0;
    for (int row = 0; row < table->rowCount(); ++row)
        total += table->item(row, 4)->text().toInt();
    QCOMPARE(total, events);
}

void StatisticsAreaTest::participantsPerCountryAndOrganisation()
{
    StatisticsPage *page = showStatistics();
    const QSqlDatabase db = m_shown->db->connection();
    const QString from = u" FROM participations t JOIN events e ON e.id = t.event_id"
                         u" JOIN people p ON p.id = t.person_id"
                         u" LEFT JOIN organisations o ON o.id = p.organisation_id"
                         u" WHERE e.status <> 'cancelled' AND t.status IN "_qs %
                         QLatin1String(counted);
    page->showChart(StatisticsChart::ParticipantsPerCountry);
    auto bars = barsOf(page->chartView());
    const auto people = countsOf(
        db, u"SELECT UPPER(COALESCE(NULLIF(p.country, ''), o.country)), count(DISTINCT p.id)"_qs %
                from % u" GROUP BY 1"_qs);
    const QMap<QString, double> shownPeople = bars.value(u"People"_qs);
    QCOMPARE(shownPeople.size(), people.size());
    for (auto it = shownPeople.begin(); it != shownPeople.end(); ++it)
        QCOMPARE(it.value(), people.value(codeIn(it.key())));
    QVERIFY(shownPeople.contains(u"Polska (PL)"_qs));
    QVERIFY(shownPeople.contains(u"Deutschland (DE)"_qs));
    const auto participations =
        countsOf(db, u"SELECT UPPER(COALESCE(NULLIF(p.country, ''), o.country)), count(*)"_qs %
                         from % u" GROUP BY 1"_qs);
    const QMap<QString, double> shownParticipations = bars.value(u"Participations"_qs);
    for (auto it = shownParticipations.begin(); it != shownParticipations.end(); ++it)
        QCOMPARE(it.value(), participations.value(codeIn(it.key())));

    page->showChart(StatisticsChart::ParticipantsPerOrganisation);
    bars = barsOf(page->chartView());
    const auto byOrganisation =
        countsOf(db, u"SELECT COALESCE(o.name, '(no organisation)'), count(DISTINCT p.id)"_qs %
                         from % u" GROUP BY 1"_qs);
    const QMap<QString, double> organisations = bars.value(u"People"_qs);
    QVERIFY(!organisations.isEmpty());
    for (auto it = organisations.begin(); it != organisations.end(); ++it)
        QCOMPARE(it.value(), byOrganisation.value(it.key()));
    // The chart shows the twelve with the most participants, the table all.
    QCOMPARE(organisations.size(), std::min<qsizetype>(12, byOrganisation.size()));
    QCOMPARE(page->table()->rowCount(), byOrganisation.size());
    const double least = *std::min_element(organisations.begin(), organisations.end());
    for (auto it = byOrganisation.begin(); it != byOrganisation.end(); ++it) {
        if (!organisations.contains(it.key()))
            QVERIFY(it.value() <= least);
    }
}

void StatisticsAreaTest::attendanceTopicsAndSites()
{
    StatisticsPage *page = showStatistics();
    const QSqlDatabase db = m_shown->db->connection();
    page->showChart(StatisticsChart::AttendanceRate);
    auto bars = barsOf(page->chartView());
    const QString perYear = u" FROM participations t JOIN events e ON e.id = t.event_id"
                            u" WHERE e.status <> 'cancelled' AND t.status = :status GROUP BY 1"_qs;
    const auto attended = countsOf(db, u"SELECT substr(e.start_date, 1, 4), count(*)"_qs % perYear,
                                   {{u":status"_qs, u"attended"_qs}});
    const auto noShow = countsOf(db, u"SELECT substr(e.start_date, 1, 4), count(*)"_qs % perYear,
                                 {{u":status"_qs, u"no_show"_qs}});
    const QMap<QString, double> rates = bars.value(u"Attendance rate (%)"_qs);
    QCOMPARE(rates.size(), 2);
    for (auto it = rates.begin(); it != rates.end(); ++it) {
        const double known = attended.value(it.key()) + noShow.value(it.key());
        QVERIFY(known > 0);
        QVERIFY2(std::abs(it.value() - 100 * attended.value(it.key()) / known) <= 0.05,
                 qPrintable(it.key()));
    }

    // A row of bars per topic, a bar per year.
    page->showChart(StatisticsChart::TopicsOverTime);
    bars = barsOf(page->chartView());
    QCOMPARE(bars.keys(), (QStringList{u"2019"_qs, u"2020"_qs}));
    const auto topics = countsOf(db, u"SELECT '', count(DISTINCT topic_id) FROM event_topics"_qs);
    for (auto year = bars.cbegin(); year != bars.cend(); ++year) {
        const auto stored = countsOf(db,
                                     u"SELECT tp.name_en, count(*) FROM events e"
                                     u" JOIN event_topics et ON et.event_id = e.id"
                                     u" JOIN topics tp ON tp.id = et.topic_id"
                                     u" WHERE substr(e.start_date, 1, 4) = :year GROUP BY 1"_qs,
                                     {{u":year"_qs, year.key()}});
        QCOMPARE(year->size(), int(topics.value({})));
        for (auto topic = year->cbegin(); topic != year->cend(); ++topic)
            QCOMPARE(topic.value(), stored.value(topic.key()));
    }

    page->showChart(StatisticsChart::MostVisitedSites);
    bars = barsOf(page->chartView());
    const auto visits = countsOf(db, u"SELECT s.name_en, count(*) FROM agenda_items a"
                                     u" JOIN sites s ON s.id = a.site_id"
                                     u" WHERE a.kind = 'site_visit' GROUP BY 1"_qs);
    const QMap<QString, double> shownVisits = bars.value(u"Visits"_qs);
    QCOMPARE(shownVisits.size(), std::min<qsizetype>(10, visits.size()));
    for (auto it = shownVisits.begin(); it != shownVisits.end(); ++it)
        QCOMPARE(it.value(), visits.value(it.key()));
    // The most visited first, in the table as on top of the chart.
    QCOMPARE(page->table()->item(0, 1)->text().toDouble(),
             *std::max_element(visits.begin(), visits.end()));
}

void StatisticsAreaTest::thePeriodAndKindFilterEveryChart()
{
    StatisticsPage *page = showStatistics();
    const QSqlDatabase db = m_shown->db->connection();
    // The kind chosen as a user does, in the field.
    auto *kind = page->findChild<QComboBox *>(u"statisticsKind"_qs);
    kind->setCurrentIndex(kind->findText(u"Study visit"_qs));
    auto bars = barsOf(page->chartView());
    QCOMPARE(bars.keys(), QStringList{u"Study visit"_qs});
    QCOMPARE(bars.value(u"Study visit"_qs).keys(), QStringList{u"2019"_qs});
    QCOMPARE(page->filter().kind, u"study_visit"_qs);

    // Every chart counts only the events of the period and kind.
    page->setFilter({QDate(2019, 8, 1), QDate(2019, 12, 31), u"study_visit"_qs});
    page->showChart(StatisticsChart::ParticipantsPerCountry);
    bars = barsOf(page->chartView());
    double participations = 0;
    for (double each : bars.value(u"Participations"_qs))
        participations += each;
    const auto stored = countsOf(
        db, u"SELECT '', count(*) FROM participations t JOIN events e ON e.id = t.event_id"
            u" WHERE e.kind = 'study_visit' AND e.start_date BETWEEN '2019-08-01' AND '2019-12-31'"
            u" AND t.status IN "_qs %
                QLatin1String(counted));
    QVERIFY(stored.value({}) > 0);
    QCOMPARE(participations, stored.value({}));
    page->showChart(StatisticsChart::MostVisitedSites);
    const auto visits = countsOf(
        db, u"SELECT '', count(*) FROM agenda_items a JOIN events e ON e.id = a.event_id"
            u" WHERE a.kind = 'site_visit' AND a.site_id IS NOT NULL AND e.kind = 'study_visit'"
            u" AND e.start_date BETWEEN '2019-08-01' AND '2019-12-31'"_qs);
    double shown = 0;
    for (int row = 0; row < page->table()->rowCount(); ++row)
        shown += page->table()->item(row, 1)->text().toDouble();
    QCOMPARE(shown, visits.value({}));

    // A period without events: said so, and nothing to export.
    page->setFilter({QDate(2030, 1, 1), {}, {}});
    QVERIFY(page->figures().isEmpty());
    QVERIFY(page->findChild<QLabel *>(u"noFigures"_qs)->isVisible());
    QVERIFY(!page->findChild<QPushButton *>(u"exportCsv"_qs)->isEnabled());
    // Typing a date into the field, as the window's language writes it.
    page->setFilter({});
    auto *from = page->findChild<QWidget *>(u"statisticsFrom"_qs)->findChild<QLineEdit *>();
    from->setFocus();
    QTest::keyClicks(from, u"01/01/2020"_qs);
    QTRY_COMPARE(page->filter().from, QDate(2020, 1, 1));
    page->showChart(StatisticsChart::ExchangesPerYear);
    QTRY_COMPARE(barsOf(page->chartView()).value(u"Webinar"_qs).keys(), QStringList{u"2020"_qs});
}

void StatisticsAreaTest::figuresFollowChangesOfTheWindowAndOfOthers()
{
    StatisticsPage *page = showStatistics();
    const auto webinars = [page] {
        return barsOf(page->chartView()).value(u"Webinar"_qs).value(u"2020"_qs);
    };
    QCOMPARE(webinars(), 1.0);
    // Another program cancels the webinar: the chart follows within a second.
    {
        test::TestDatabase &db = *m_shown->db;
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(u"UPDATE events SET status = 'cancelled' WHERE kind = 'webinar'"_qs));
    }
    QTRY_COMPARE_WITH_TIMEOUT(webinars(), 0.0, 5000);

    // A change saved in the window, while the statistics are hidden, is
    // counted when they are shown again.
    m_shown->window->showArea(Area::Events);
    AreaPage *events = m_shown->window->currentPage();
    QSqlQuery find(m_shown->db->connection());
    QVERIFY(find.exec(u"SELECT id FROM events WHERE kind = 'workshop'"_qs) && find.next());
    events->showRecord(find.value(0).toInt());
    find.finish();
    auto *kind = events->form()->findChild<QComboBox *>(u"kind"_qs);
    QVERIFY(kind);
    kind->setCurrentIndex(kind->findData(u"study_visit"_qs));
    QVERIFY(events->saveRecord());
    showStatistics();
    QCOMPARE(barsOf(page->chartView()).value(u"Study visit"_qs).value(u"2020"_qs), 1.0);
    QCOMPARE(barsOf(page->chartView()).value(u"Workshop"_qs).value(u"2020"_qs), 0.0);
}
QTEST_MAIN(StatisticsAreaTest)
#include "tst_statisticsarea.moc"
