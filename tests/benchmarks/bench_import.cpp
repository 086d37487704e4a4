// Importing 100,000 participant rows from CSV with `exchange-planner import`,
// beside the baseline the issue names: the sqlite3 shell's `.import` of the
// same file into a plain table. Both run as whole processes, alternately,
// several times; prints the medians, their ratio and each side's peak memory
// (maximum resident set size), and the import's peak memory for files a
// tenth and three times the size: the file is streamed and SQLite's page
// cache has a fixed cap, but the import remembers each person it created
// (their match key and line, to match and name later rows), so memory grows
// with the number of new people, by about 15 MB per 100,000.
//
// A second yardstick shows what the program's tables cost SQLite itself:
// the shell imports the file, then moves the rows into a copy of the same
// database with two set-based INSERT … SELECT (people, then participations),
// through the same indexes and search-index triggers the import writes
// through. Its search text and sort name are simpler than the program's.
//
// Needs the sqlite3 shell (Debian package sqlite3). Linux only: it measures
// child processes with fork/exec and wait4. Built with
// -DEXCHANGE_PLANNER_BENCHMARKS=ON; not part of the test run.

#include "childprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

constexpr int runs = 5;

void writeParticipants(const QString &path, int rows)
{
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write("first name,last name,organisation,delegation,role,status,email,phone,"
               "dietary needs,accessibility needs,arrival,departure,notes\r\n");
    const char *const first[] = {"Anna", "Łukasz", "Jürgen", "Małgorzata", "Sören", "Käthe"};
    const char *const last[] = {"Nowak", "Müller", "Wójcik", "Schmidt", "Źródłowska", "Groß"};
    const char *const organisations[] = {"Regionalverband Ruhr", "Metropolia GZM",
                                         "Business Metropole Ruhr", "Stadt Essen"};
    for (int i = 0; i < rows; ++i) {
        file.write(QByteArray(first[i % 6]) + ',' + last[(i / 6) % 6] + QByteArray::number(i) +
                   ',' + organisations[i % 4] + ",GZM,delegate,registered,p" +
                   QByteArray::number(i) + "@example.org,+48 32 730 " + QByteArray::number(i) +
                   ",vegetarian,,2019-07-07 18:30,2019-07-10 16:00,\"line one\nline two\"\r\n");
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    const QString planner = QCoreApplication::applicationDirPath() + u"/../bin/exchange-planner"_qs;
    QTemporaryDir dir;
    const QString big = dir.filePath(u"participants-100000.csv"_qs);
    const QString small = dir.filePath(u"participants-10000.csv"_qs);
    const QString huge = dir.filePath(u"participants-300000.csv"_qs);
    writeParticipants(big, 100000);
    writeParticipants(small, 10000);
    writeParticipants(huge, 300000);

    // A database with one event to import into, copied fresh for every run.
    const QString seed = dir.filePath(u"seed.sqlite"_qs);
    if (measure({planner, u"demo"_qs, u"--database"_qs, seed}).exitCode != 0) {
        std::fprintf(stderr, "cannot run %s\n", qPrintable(planner));
        return 1;
    }

    const QString sameTablesScript = dir.filePath(u"same-tables.sql"_qs);
    {
        QFile commands(sameTablesScript);
        commands.open(QIODevice::WriteOnly);
        commands.write(".mode csv\n.import " + big.toLocal8Bit() +
                       " csv_rows\n"
                       "BEGIN;\n"
                       "INSERT INTO people (first_name, last_name, organisation_id, email, phone,"
                       " search_text, sort_name) SELECT \"first name\", \"last name\", 1, email,"
                       " phone, lower(\"first name\" || ' ' || \"last name\" || ' ' || email),"
                       " lower(\"last name\" || ' ' || \"first name\") FROM csv_rows;\n"
                       "INSERT INTO participations (event_id, person_id, delegation, arrival,"
                       " departure, dietary_needs, notes) SELECT 1, p.id, c.delegation,"
                       " c.arrival, c.departure, c.\"dietary needs\", c.notes FROM csv_rows c"
                       " JOIN people p ON p.email = c.email COLLATE NOCASE;\n"
                       "DROP TABLE csv_rows;\nCOMMIT;\n");
    }
    QList<double> baselineTimes, sameTablesTimes, importTimes;
    long baselinePeak = 0, importPeak = 0, smallImportPeak = 0;
    for (int run = 0; run < runs; ++run) {
        const QString plain = dir.filePath(u"plain-%1.sqlite"_qs.arg(run));
        const QString script = dir.filePath(u"import-%1.sql"_qs.arg(run));
        QFile commands(script);
        commands.open(QIODevice::WriteOnly);
        commands.write(".mode csv\n.import " + big.toLocal8Bit() + " participants\n");
        commands.close();
        const Measurement baseline = measure({u"sqlite3"_qs, plain}, script);
        baselineTimes.append(baseline.milliseconds);
        baselinePeak = std::max(baselinePeak, baseline.peakKilobytes);

        const QString sameTables = dir.filePath(u"same-tables-%1.sqlite"_qs.arg(run));
        QFile::copy(seed, sameTables);
        const Measurement bySqlite = measure({u"sqlite3"_qs, sameTables}, sameTablesScript);
        if (bySqlite.exitCode != 0) {
            std::fprintf(stderr, "sqlite3 failed on %s\n", qPrintable(sameTablesScript));
            return 1;
        }
        sameTablesTimes.append(bySqlite.milliseconds);

        const QString target = dir.filePath(u"planner-%1.sqlite"_qs.arg(run));
        QFile::copy(seed, target);
        const Measurement ours = measure(
            {planner, u"import"_qs, u"participants"_qs, u"1"_qs, big, u"--database"_qs, target});
        if (ours.exitCode != 0) {
            std::fprintf(stderr, "the import failed (exit %d)\n", ours.exitCode);
            return 1;
        }
        importTimes.append(ours.milliseconds);
        importPeak = std::max(importPeak, ours.peakKilobytes);

        const QString smallTarget = dir.filePath(u"small-%1.sqlite"_qs.arg(run));
        QFile::copy(seed, smallTarget);
        smallImportPeak =
            std::max(smallImportPeak, measure({planner, u"import"_qs, u"participants"_qs, u"1"_qs,
                                               small, u"--database"_qs, smallTarget})
                                          .peakKilobytes);
    }
    const QString hugeTarget = dir.filePath(u"huge.sqlite"_qs);
    QFile::copy(seed, hugeTarget);
    const long hugeImportPeak = measure({planner, u"import"_qs, u"participants"_qs, u"1"_qs, huge,
                                         u"--database"_qs, hugeTarget})
                                    .peakKilobytes;
    const double baseline = median(baselineTimes);
    const double ours = median(importTimes);
    std::printf("100,000 rows, median of %d runs\n", runs);
    std::printf("  sqlite3 .import (baseline)   %8.0f ms   peak %6ld KiB\n", baseline,
                baselinePeak);
    const double sameTablesMedian = median(sameTablesTimes);
    std::printf("  sqlite3, same tables         %8.0f ms\n", sameTablesMedian);
    std::printf("  exchange-planner import      %8.0f ms   peak %6ld KiB\n", ours, importPeak);
    std::printf("  ratio to .import             %8.2f\n", ours / baseline);
    std::printf("  ratio to the same tables     %8.2f\n", ours / sameTablesMedian);
    std::printf("  import of  10,000 rows:  peak %6ld KiB\n", smallImportPeak);
    std::printf("  import of 300,000 rows:  peak %6ld KiB (the people created are remembered)\n",
                hugeImportPeak);
    return 0;
}
