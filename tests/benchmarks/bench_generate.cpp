// Makes a database for the benchmarks, of the size issue reports speak of:
// by default 100,000 people (and one contact person for each of some sixty
// organisations), 5,000 events over twenty years with their agendas, some
// 100,000 participations spread over them, and one online conference with
// 100,000 participants. The schema is the application's own (Database::open
// creates it); the rows are written with one prepared INSERT per table in one
// transaction, their values and derived columns computed by the
// application's own code (generate_writer.h). The same options and seed give
// the same content. Built with -DEXCHANGE_PLANNER_BENCHMARKS=ON.
//
//   bench_generate --output FILE.sqlite [--people N] [--events N]
//                  [--large-event N] [--seed S] [--self-check]

#include "generate_generator.h"
#include "generate_selfcheck.h"
#include "storage/database.h"
#include "storage/personchanges.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <cstdio>
#include <optional>

using namespace ep;
using namespace ep::bench;

namespace {

constexpr int usageError = 2;

struct Options
{
    QString output;
    Sizes sizes;
    bool selfCheck = false;
};

int refuse(const QString &message)
{
    std::fprintf(stderr, "bench_generate: %s\n", qPrintable(message));
    return usageError;
}

// The value of `name` as a number of at least `least`; nullopt, with a
// message on stderr, when it is none.
std::optional<qint64> number(const QCommandLineParser &parser, const QString &name, qint64 least,
                             qint64 fallback)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < least || value > 100000000) {
        refuse(u"--"_qs % name % u" takes a whole number from "_qs % QString::number(least) %
               u", not \""_qs % parser.value(name) % u"\"."_qs);
        return std::nullopt;
    }
    return value;
}

std::optional<Options> parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        {u"output"_qs, u"The database file to make; it must not exist."_qs, u"FILE"_qs},
        {u"people"_qs, u"People besides the organisations' contacts (100000)."_qs, u"N"_qs},
        {u"events"_qs, u"Events, the large one included (5000)."_qs, u"N"_qs},
        {u"large-event"_qs, u"Participants of the large event (100000)."_qs, u"N"_qs},
        {u"seed"_qs, u"Seed of the random draws (1)."_qs, u"S"_qs},
        {u"self-check"_qs, u"Check the rows against the application's own writing."_qs},
    });
    if (!parser.parse(arguments)) {
        refuse(parser.errorText());
        return std::nullopt;
    }
    Options options;
    options.output = parser.value(u"output"_qs);
    if (options.output.isEmpty()) {
        refuse(u"--output FILE is missing."_qs);
        return std::nullopt;
    }
    const Sizes defaults;
    const auto people = number(parser, u"people"_qs, 0, defaults.people);
    const auto events = number(parser, u"events"_qs, 1, defaults.events);
    const auto large = number(parser, u"large-event"_qs, 0, defaults.largeEvent);
    const auto seed = number(parser, u"seed"_qs, 0, defaults.seed);
    if (!people || !events || !large || !seed)
        return std::nullopt;
    if (*seed > 0xFFFFFFFF) {
        refuse(u"--seed takes a number below 2^32."_qs);
        return std::nullopt;
    }
    options.sizes = {int(*people), int(*events), int(*large), std::uint32_t(*seed)};
    options.selfCheck = parser.isSet(u"self-check"_qs);
    return options;
}

// The database's identity (schema version 4) is a random UUID; here one
// made of the options, so that the same options give the same content.
QSqlError setIdentity(const QSqlDatabase &db, const Sizes &sizes)
{
    const QUuid space = QUuid::createUuidV5(QUuid(), u"exchange-planner bench_generate"_qs);
    const QString name = u"people=%1 events=%2 large-event=%3 seed=%4"_qs.arg(sizes.people)
                             .arg(sizes.events)
                             .arg(sizes.largeEvent)
                             .arg(sizes.seed);
    return sql::run(
        db, QStringLiteral("UPDATE meta SET value = :id WHERE key = 'database_id'"),
        {{QStringLiteral(":id"), QUuid::createUuidV5(space, name).toString(QUuid::WithoutBraces)}});
}

// Fills the database in one transaction; empty when it was committed.
QString fill(const QSqlDatabase &db, const Sizes &sizes, int *largeEventId)
{
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error().text();
    if (const QSqlError error = setIdentity(db, sizes); error.isValid())
        return error.text();
    Generator generator(db, sizes);
    if (const QString error = generator.run(); !error.isEmpty())
        return error;
    if (!transaction.commit())
        return transaction.error().text();
    *largeEventId = generator.largeEventId();
    return {};
}

void printSummary(const QSqlDatabase &db, int largeEventId)
{
    for (const char *table :
         {"organisations", "people", "topics", "sites", "events", "event_organisers",
          "event_topics", "agenda_items", "agenda_item_hosts", "participations"}) {
        const int rows = sql::count(db, u"SELECT count(*) FROM "_qs % QLatin1String(table));
        std::printf("  %-18s %9d\n", table, rows);
    }
    const int large =
        sql::count(db, QStringLiteral("SELECT count(*) FROM participations WHERE event_id = :id"),
                   {{QStringLiteral(":id"), largeEventId}});
    std::printf("Large event: id %d, %d participants\n", largeEventId, large);
}

void removeDatabase(const QString &path)
{
    for (const QString &suffix : {QString(), u"-wal"_qs, u"-shm"_qs})
        QFile::remove(path % suffix);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    const std::optional<Options> options = parse(QCoreApplication::arguments());
    if (!options)
        return usageError;
    if (QFileInfo::exists(options->output))
        return refuse(options->output % u" exists; it is left as it is. Name a new file."_qs);

    QElapsedTimer timer;
    timer.start();
    Database database;
    if (const Database::OpenResult opened = database.open(options->output); !opened.ok()) {
        std::fprintf(stderr, "bench_generate: %s\n", qPrintable(opened.message));
        return 1;
    }
    // Generated rows are no one's changes, and a record of them would carry
    // the time and user of the run: the same options would not give the
    // same bytes.
    if (const QSqlError error = PersonChanges::stopRecording(database.connection());
        error.isValid()) {
        std::fprintf(stderr, "bench_generate: %s\n", qPrintable(error.text()));
        return 1;
    }
    int largeEventId = 0;
    if (const QString error = fill(database.connection(), options->sizes, &largeEventId);
        !error.isEmpty()) {
        std::fprintf(stderr, "bench_generate: %s\n", qPrintable(error));
        database.close();
        removeDatabase(options->output);
        return 1;
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    std::printf("Made %s (seed %u) in %.1f s:\n", qPrintable(options->output), options->sizes.seed,
                seconds);
    printSummary(database.connection(), largeEventId);

    if (options->selfCheck) {
        timer.restart();
        const QStringList failures = selfCheck(database.connection(), largeEventId);
        std::printf("Self-check took %.1f s\n", timer.nsecsElapsed() / 1e9);
        for (const QString &failure : failures)
            std::fprintf(stderr, "bench_generate: self-check: %s\n", qPrintable(failure));
        if (!failures.isEmpty())
            return 1;
    }
    return 0;
}
