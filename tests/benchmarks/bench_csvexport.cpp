// Exporting the participants of a large event as CSV with `exchange-planner
// export participants EVENT --output FILE.csv`, beside the floor the issue
// names: `sqlite3 -csv` of the same join and sort (participations, their
// people and organisations, ordered by delegation and name). Both run as
// whole processes, alternately; prints the medians, their ratio and each
// side's peak memory (maximum resident set size), and the same for the
// tenth, to show growth. The program streams the rows from one sorted
// query (ParticipantReader), so its memory is the Qt runtime and SQLite's
// caches whatever the number of rows.
//
//   bench_csvexport DATABASE EVENT [TENTH EVENT]
//
// DATABASE from bench_generate (it may be upgraded: give a copy). Needs the
// sqlite3 shell (Debian package sqlite3); Linux only (fork/exec, wait4).

#include "childprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

namespace {

constexpr int runs = 7;

// The columns a participants CSV has, in its order, and its sort.
QString floorQuery(int event)
{
    return u"SELECT p.first_name, p.last_name, o.name, pa.delegation, pa.role, pa.status,"
           u" p.email, p.phone, pa.dietary_needs, pa.accessibility_needs, pa.arrival,"
           u" pa.departure, pa.notes FROM participations pa"
           u" JOIN people p ON p.id = pa.person_id"
           u" LEFT JOIN organisations o ON o.id = p.organisation_id"
           u" WHERE pa.event_id = "_qs %
           QString::number(event) % u" ORDER BY pa.delegation, p.sort_name, pa.id;"_qs;
}

bool compare(const QString &planner, const QString &database, int event, const QString &dir)
{
    // Once each before timing: the upgrade of an older file, the disk cache.
    const QString ours = QDir(dir).filePath(u"ours.csv"_qs);
    const QStringList export_{
        planner,        u"export"_qs, u"participants"_qs, QString::number(event),
        u"--output"_qs, ours,         u"--database"_qs,   database};
    const QStringList floor{u"sh"_qs, u"-c"_qs, u"sqlite3 -csv \"$0\" \"$1\" > /dev/null"_qs,
                            database, floorQuery(event)};
    if (measure(export_, {}, true).exitCode != 0 || measure(floor, {}, true).exitCode != 0) {
        std::fprintf(stderr, "the export or sqlite3 failed on %s\n", qPrintable(database));
        return false;
    }
    QList<double> ourTimes, floorTimes;
    long ourPeak = 0, floorPeak = 0;
    for (int run = 0; run < runs; ++run) {
        const Measurement a = measure(export_, {}, true);
        const Measurement b = measure(floor, {}, true);
        ourTimes.append(a.milliseconds);
        floorTimes.append(b.milliseconds);
        ourPeak = std::max(ourPeak, a.peakKilobytes);
        floorPeak = std::max(floorPeak, b.peakKilobytes);
    }
    QFile written(ours);
    written.open(QIODevice::ReadOnly);
    qint64 lines = 0;
    while (!written.atEnd())
        lines += written.readLine().isEmpty() ? 0 : 1;
    std::printf("%s, event %d (%lld lines written)\n", qPrintable(QDir(database).dirName()), event,
                static_cast<long long>(lines));
    std::printf("  exchange-planner export  %7.0f ms (%.0f–%.0f)  peak %6ld KB\n", median(ourTimes),
                *std::min_element(ourTimes.cbegin(), ourTimes.cend()),
                *std::max_element(ourTimes.cbegin(), ourTimes.cend()), ourPeak);
    std::printf("  sqlite3 -csv             %7.0f ms (%.0f–%.0f)  peak %6ld KB\n",
                median(floorTimes), *std::min_element(floorTimes.cbegin(), floorTimes.cend()),
                *std::max_element(floorTimes.cbegin(), floorTimes.cend()), floorPeak);
    std::printf("  ratio %.2f (target ≤ 1.5)\n", median(ourTimes) / median(floorTimes));
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3 && arguments.size() != 5) {
        std::fprintf(stderr, "usage: bench_csvexport DATABASE EVENT [TENTH EVENT]\n");
        return 2;
    }
    const QString planner = QCoreApplication::applicationDirPath() + u"/../bin/exchange-planner"_qs;
    const Measurement help = measure({planner, u"--help"_qs}, {}, true);
    std::printf("Qt runtime: `exchange-planner --help` peaks at %ld KB\n", help.peakKilobytes);
    QTemporaryDir dir;
    for (int i = 1; i + 1 < arguments.size(); i += 2) {
        if (!compare(planner, arguments[i], arguments[i + 1].toInt(), dir.path()))
            return 1;
    }
    return 0;
}
