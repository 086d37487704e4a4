// How long the window is busy when an event is opened from the Events list,
// for a small event and for the largest one of the database (issue 14: the
// window answers within 100 ms and shows the form within 300 ms). Opens the
// main window on DATABASE as the program does, then alternates between the
// two events: "blocked" is the time the event loop was held by the click,
// "shown" until the form was painted. Before that, it shows each other area
// once, as a user's first click on it: its page is built then (its list,
// count and form), and the time until it was painted is printed. Built with
// -DEXCHANGE_PLANNER_BENCHMARKS=ON.
//
//   bench_openevent DATABASE [LARGE_EVENT_ID]

#include "forms/eventform.h"
#include "storage/database.h"
#include "window/areapage.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace ep;

namespace {

constexpr int repetitions = 5;

struct Timing
{
    double blocked = 0;     // ms the showing held the event loop
    double shown = 0;       // ms until the form was painted
    double complete = 0;    // ms until the participants were shown too
    double longestStep = 0; // ms of the longest event-loop step meanwhile
};

Timing open(AreaPage *page, int id)
{
    auto *form = qobject_cast<EventForm *>(page->form());
    QElapsedTimer timer;
    timer.start();
    page->showRecord(id);
    Timing timing;
    timing.blocked = timer.nsecsElapsed() / 1e6;
    page->window()->repaint();
    QApplication::processEvents();
    timing.shown = timer.nsecsElapsed() / 1e6;
    timing.longestStep = timing.blocked;
    // Input goes on being handled while the participants are read.
    while (form->isReadingParticipants()) {
        QElapsedTimer step;
        step.start();
        QApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::msleep(1);
        timing.longestStep = std::max(timing.longestStep, step.nsecsElapsed() / 1e6);
    }
    QElapsedTimer last;
    last.start();
    page->window()->repaint();
    QApplication::processEvents();
    timing.longestStep = std::max(timing.longestStep, last.nsecsElapsed() / 1e6);
    timing.complete = timer.nsecsElapsed() / 1e6;
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
    std::printf("%-18s %12s\n", "first shown", "until painted");
    for (Area area : {Area::People, Area::Organisations, Area::Sites, Area::Topics}) {
        QElapsedTimer clock;
        clock.start();
        window.showArea(area);
        window.repaint();
        std::printf("%-18s %9.1f ms\n", qPrintable(window.currentPage()->objectName().chopped(4)),
                    double(clock.nsecsElapsed()) / 1e6);
    }
    window.showArea(Area::Events);
    AreaPage *page = window.page(Area::Events);

    QList<Timing> smallTimings, largeTimings;
    for (int i = 0; i < repetitions; ++i) {
        smallTimings.append(open(page, small));
        largeTimings.append(open(page, large));
    }
    const auto print = [](const char *name, int id, const QList<Timing> &timings) {
        const auto of = [&timings](double Timing::*member) {
            QList<double> values;
            for (const Timing &timing : timings)
                values.append(timing.*member);
            return median(values);
        };
        std::printf("%-18s %7d %9.1f ms %9.1f ms %9.1f ms %9.1f ms\n", name, id,
                    of(&Timing::blocked), of(&Timing::shown), of(&Timing::complete),
                    of(&Timing::longestStep));
    };
    std::printf("%-18s %7s %12s %12s %12s %12s\n", "open event", "id", "blocked", "form shown",
                "all shown", "longest step");
    print("small", small, smallTimings);
    print("largest", large, largeTimings);
    std::printf("targets: blocked and longest step <= 100 ms, form shown <= 300 ms"
                " (medians of %d)\n",
                repetitions);
    return 0;
}
