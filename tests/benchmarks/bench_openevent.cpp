// How long the window is busy when an event is opened from the Events list,
// for a small event and for the largest one of the database (issue 14: the
// window answers within 100 ms and shows the form within 300 ms). Opens the
// main window on DATABASE as the program does, then alternates between the
// two events: "blocked" is the time the event loop was held by the click,
// "shown" until the form was painted. Built with -DEXCHANGE_PLANNER_BENCHMARKS=ON.
//
//   bench_openevent DATABASE [LARGE_EVENT_ID]

#include "storage/database.h"
#include "window/areapage.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace ep;

namespace {

constexpr int repetitions = 5;

struct Timing
{
    double blocked = 0; // ms the showing held the event loop
    double shown = 0;   // ms until the form was painted
};

Timing open(AreaPage *page, int id)
{
    QElapsedTimer timer;
    timer.start();
    page->showRecord(id);
    Timing timing;
    timing.blocked = timer.nsecsElapsed() / 1e6;
    page->window()->repaint();
    QApplication::processEvents();
    timing.shown = timer.nsecsElapsed() / 1e6;
    return timing;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// The event with the most participants, and one with few, for comparison.
std::pair<int, int> largestAndSmall(QSqlDatabase db)
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT event_id, count(*) AS n FROM participations "
                              "GROUP BY event_id ORDER BY n DESC"));
    int largest = 0;
    int small = 0;
    while (query.next()) {
        if (largest == 0)
            largest = query.value(0).toInt();
        small = query.value(0).toInt();
    }
    return {largest, small};
}

} // namespace

int main(int argc, char **argv)
{
    QApplication application(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_openevent DATABASE [LARGE_EVENT_ID]\n");
        return 2;
    }
    auto database = std::make_unique<Database>();
    const Database::OpenResult opened = database->open(QString::fromLocal8Bit(argv[1]));
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message));
        return 1;
    }
    auto [large, small] = largestAndSmall(database->connection());
    if (argc > 2)
        large = QByteArray(argv[2]).toInt();
    MainWindow window(std::move(database));
    window.resize(1366, 768);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    window.showArea(Area::Events);
    AreaPage *page = window.page(Area::Events);

    QList<double> smallBlocked, smallShown, largeBlocked, largeShown;
    for (int i = 0; i < repetitions; ++i) {
        const Timing a = open(page, small);
        smallBlocked.append(a.blocked);
        smallShown.append(a.shown);
        const Timing b = open(page, large);
        largeBlocked.append(b.blocked);
        largeShown.append(b.shown);
    }
    std::printf("%-28s %12s %12s\n", "open event", "blocked", "shown");
    std::printf("%-28s %9.1f ms %9.1f ms\n", qPrintable(u"small (id %1)"_qs.arg(small)),
                median(smallBlocked), median(smallShown));
    std::printf("%-28s %9.1f ms %9.1f ms\n", qPrintable(u"largest (id %1)"_qs.arg(large)),
                median(largeBlocked), median(largeShown));
    std::printf("targets: blocked <= 100 ms, shown <= 300 ms (medians of %d)\n", repetitions);
    return 0;
}
