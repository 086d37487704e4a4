// Start-up to the first painted window (issue 14: at most 1.3 times a bare
// window's), for each database given, side by side with bench_barewindow:
// whole processes, alternating, on the platform QT_QPA_PLATFORM names
// (offscreen, or xcb under Xvfb -noreset). Built with
// -DEXCHANGE_PLANNER_BENCHMARKS=ON.
//
//   bench_startup PROGRAM BARE_WINDOW DATABASE…

#include "childprocess.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

namespace {

constexpr int repetitions = 9;

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 4) {
        std::fprintf(stderr, "usage: bench_startup PROGRAM BARE_WINDOW DATABASE…\n");
        return 2;
    }
    const QString program = arguments[1];
    const QString bare = arguments[2];
    std::printf("%-28s %12s %12s %8s %10s\n", "database", "planner", "bare window", "ratio",
                "spread");
    for (const QString &database : arguments.mid(3)) {
        QList<double> planner, floor;
        for (int i = 0; i < repetitions; ++i) {
            const Measurement ours = measure(
                {program, u"--quit-after-first-paint"_qs, u"--database"_qs, database}, {}, true);
            const Measurement theirs = measure({bare, u"--quit-after-first-paint"_qs}, {}, true);
            if (ours.exitCode != 0 || theirs.exitCode != 0) {
                std::fprintf(stderr, "a window did not start (exit %d, %d)\n", ours.exitCode,
                             theirs.exitCode);
                return 1;
            }
            planner.append(ours.milliseconds);
            floor.append(theirs.milliseconds);
        }
        std::sort(planner.begin(), planner.end());
        std::printf("%-28s %9.0f ms %9.0f ms %8.2f %4.0f–%.0f ms\n",
                    qPrintable(QFileInfo(database).fileName()), median(planner), median(floor),
                    median(planner) / median(floor), planner.first(), planner.last());
    }
    return 0;
}
