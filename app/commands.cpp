#include "commands.h"

#include "consoletable.h"
#include "csv/csvformat.h"
#include "csv/csvwriter.h"
#include "domain/vocabulary.h"
#include "exportcommand.h"
#include "import/spreadsheetimport.h"
#include "storage/database.h"
#include "storage/demoprogramme.h"
#include "storage/eventrepository.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cstdio>

namespace ep {
namespace {

class Commands final
{
    Q_DECLARE_TR_FUNCTIONS(Commands)

public:
    static int demo(const Invocation &invocation);
    static int events(const Invocation &invocation);
    static int import(const Invocation &invocation);
    static int exportFile(const Invocation &invocation);
    static int backup(const Invocation &invocation);

private:
    // Opens the database a command reads or changes, which must exist; on
    // failure says why and returns the exit status.
    static int openExisting(const Invocation &invocation, Database &database);
    static QString summary(const ImportReport &report, bool dryRun, ImportTarget target);
};

QString databasePath(const Invocation &invocation)
{
    return invocation.database.isEmpty() ? Database::defaultLocation() : invocation.database;
}

int exitStatusOf(const Database::OpenResult &result)
{
    return result.ok() ? ExitDone : ExitDatabaseProblem;
}

int Commands::openExisting(const Invocation &invocation, Database &database)
{
    const QString path = databasePath(invocation);
    if (!QFileInfo::exists(path)) {
        printError(tr("There is no database at %1.").arg(path));
        return ExitDatabaseProblem;
    }
    const Database::OpenResult opened = database.open(path);
    if (!opened.ok()) {
        printError(opened.message);
        return exitStatusOf(opened);
    }
    return ExitDone;
}

int Commands::demo(const Invocation &invocation)
{
    const QString path = databasePath(invocation);
    Database database;
    const Database::OpenResult opened = database.open(path);
    if (!opened.ok()) {
        printError(opened.message);
        return exitStatusOf(opened);
    }
    if (!database.holdsNoData()) {
        printError(tr("%1 already holds data; the demo programme is only written into a new "
                      "or empty database. Nothing was changed.")
                       .arg(path));
        return ExitBadInput;
    }
    QFile programme(QStringLiteral(":/demo/demo-programme.json"));
    if (!programme.open(QIODevice::ReadOnly)) {
        printError(tr("The demo programme is missing from this build."));
        return ExitBadInput;
    }
    if (const QString error = DemoProgramme::write(database.connection(), programme.readAll());
        !error.isEmpty()) {
        printError(error);
        return ExitDatabaseProblem;
    }
    const int eventCount = int(EventRepository(database.connection()).summaries().size());
    print(tr("Wrote the demo programme with %n event(s) to %1.", nullptr, eventCount).arg(path) %
          u'\n');
    return ExitDone;
}

int Commands::events(const Invocation &invocation)
{
    const QString path = databasePath(invocation);
    if (!QFileInfo::exists(path)) {
        printError(tr("There is no database at %1. Create one by starting the program, "
                      "or with \"exchange-planner demo --database %1\".")
                       .arg(path));
        return ExitDatabaseProblem;
    }
    Database database;
    const Database::OpenResult opened = database.open(path);
    if (!opened.ok()) {
        printError(opened.message);
        return exitStatusOf(opened);
    }
    const Language language = invocation.language.isEmpty()
                                  ? languageOfLocale()
                                  : languageFromCode(invocation.language).value();
    const QList<EventSummary> events = EventRepository(database.connection()).summaries();
    const QString format =
        invocation.format.isEmpty() ? QStringLiteral("table") : invocation.format;

    if (format == u"json") {
        QJsonArray array;
        for (const EventSummary &event : events) {
            array.append(QJsonObject{
                {QStringLiteral("id"), event.id},
                {QStringLiteral("kind"), event.kind},
                {QStringLiteral("title"), event.title.text(language)},
                {QStringLiteral("start"), event.startDate.toString(Qt::ISODate)},
                {QStringLiteral("end"), event.endDate.toString(Qt::ISODate)},
                {QStringLiteral("status"), event.status},
            });
        }
        print(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return ExitDone;
    }
    if (format == u"csv") {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return ExitBadInput;
        CsvWriter csv(&out);
        csv.writeRow({QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("title"),
                      QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("status")});
        for (const EventSummary &event : events) {
            csv.writeRow({QString::number(event.id), event.kind, event.title.text(language),
                          event.startDate.toString(Qt::ISODate),
                          event.endDate.toString(Qt::ISODate), event.status});
        }
        return ExitDone;
    }
    QList<QStringList> rows{
        //: column headings of the events list: its status is planned, confirmed, held or cancelled
        {tr("ID"), tr("Kind"), tr("Title"), tr("Start"), tr("End"), tr("Status")}};
    for (const EventSummary &event : events) {
        rows.append({QString::number(event.id), vocabularyLabel(Vocabulary::EventKind, event.kind),
                     event.title.text(language), event.startDate.toString(Qt::ISODate),
                     event.endDate.toString(Qt::ISODate),
                     vocabularyLabel(Vocabulary::EventStatus, event.status)});
    }
    print(consoleTable(rows));
    return ExitDone;
}

int Commands::import(const Invocation &invocation)
{
    const bool participants = invocation.arguments.first() == u"participants";
    const QString file = invocation.arguments.last();
    ImportSettings settings;
    settings.target = participants ? ImportTarget::Participants : ImportTarget::Contacts;
    if (participants) {
        bool ok = false;
        settings.eventId = invocation.arguments[1].toInt(&ok);
        if (!ok || settings.eventId <= 0) {
            printError(tr("\"%1\" is not an event id; \"exchange-planner events\" lists them.")
                           .arg(invocation.arguments[1]));
            return ExitBadInput;
        }
    }
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        printError(tr("%1 cannot be opened: %2").arg(file, input.errorString()));
        return ExitBadInput;
    }
    settings.format = CsvFormat::detect(&input);
    input.close();
    if (!invocation.delimiter.isEmpty())
        settings.format.delimiter = *CsvFormat::delimiterFromName(invocation.delimiter);
    if (!invocation.encoding.isEmpty())
        settings.format.encoding = *TextEncodings::fromCode(invocation.encoding);
    settings.dryRun = invocation.dryRun;

    Database database;
    if (const int status = openExisting(invocation, database); status != ExitDone)
        return status;
    const ImportReport report = SpreadsheetImport::run(database.connection(), file, settings);
    if (!report.fileProblem.isEmpty()) {
        printError(report.fileProblem);
        return ExitBadInput;
    }
    if (report.invalid > 0) {
        for (const ImportProblem &problem : report.problems) {
            printError(problem.column.isEmpty()
                           ? tr("%1:%2: %3").arg(file).arg(problem.line).arg(problem.reason)
                           : tr("%1:%2: column \"%3\": %4")
                                 .arg(file)
                                 .arg(problem.line)
                                 .arg(problem.column, problem.reason));
        }
        printError(tr("%n invalid row(s); nothing was imported.", nullptr, report.invalid));
        return ExitBadInput;
    }
    print(summary(report, settings.dryRun, settings.target) % u'\n');
    return ExitDone;
}

int Commands::exportFile(const Invocation &invocation)
{
    Database database;
    if (const int status = openExisting(invocation, database); status != ExitDone)
        return status;
    return runExport(invocation, database.connection());
}

int Commands::backup(const Invocation &invocation)
{
    Database database;
    if (const int status = openExisting(invocation, database); status != ExitDone)
        return status;
    const QString target = invocation.output;
    // A backup never replaces a file: it may be the only good copy.
    if (QFileInfo::exists(target)) {
        printError(tr("%1 already exists; nothing was written. Choose a new name for the copy.")
                       .arg(target));
        return ExitBadInput;
    }
    const QFileInfo folder(QFileInfo(target).absolutePath());
    if (!folder.isDir() || !folder.isWritable()) {
        printError(tr("The copy %1 cannot be written: the folder %2 does not exist or is not "
                      "writable.")
                       .arg(target, folder.filePath()));
        return ExitBadInput;
    }
    if (const QSqlError error = database.backupTo(target); error.isValid()) {
        printError(tr("The copy %1 cannot be written: %2")
                       .arg(target, error.databaseText().isEmpty() ? error.driverText()
                                                                   : error.databaseText()));
        return ExitBadInput;
    }
    print(tr("Wrote a copy of %1 to %2.").arg(database.location(), target) % u'\n');
    return ExitDone;
}

QString Commands::summary(const ImportReport &report, bool dryRun, ImportTarget target)
{
    QStringList parts{tr("%n person(s) created", nullptr, report.created),
                      tr("%n matched", nullptr, report.matched)};
    if (target == ImportTarget::Participants)
        parts.append(tr("%n skipped (already taking part)", nullptr, report.skipped));
    if (report.organisationsCreated > 0)
        parts.append(tr("%n organisation(s) created", nullptr, report.organisationsCreated));
    if (report.storedValuesKept > 0)
        parts.append(
            tr("%n stored value(s) kept where the file differs", nullptr, report.storedValuesKept));
    const QString counts = parts.join(u", ");
    return dryRun
               ? tr("Dry run of %n row(s), nothing written: %1.", nullptr, report.rows).arg(counts)
               : tr("Imported %n row(s): %1.", nullptr, report.rows).arg(counts);
}

} // namespace

int runCommand(const Invocation &invocation)
{
    if (invocation.command == u"demo")
        return Commands::demo(invocation);
    if (invocation.command == u"export")
        return Commands::exportFile(invocation);
    if (invocation.command == u"backup")
        return Commands::backup(invocation);
    if (invocation.command == u"import")
        return Commands::import(invocation);
    return Commands::events(invocation);
}

} // namespace ep
