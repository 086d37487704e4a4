#include "cli/importcommand.h"

#include "cli/console.h"
#include "cli/exitstatus.h"
#include "cli/invocation.h"
#include "cli/opendatabase.h"
#include "cli/trcontexts.h"
#include "csv/csvformat.h"
#include "domain/field.h"
#include "import/importfile.h"
#include "import/spreadsheetimport.h"
#include "storage/database.h"

#include <QFile>

namespace ep::cli {
namespace {

QString summary(const ImportReport &report, bool dryRun, ImportTarget target)
{
    QStringList parts{Commands::tr("%n person(s) created", nullptr, report.created),
                      Commands::tr("%n matched", nullptr, report.matched)};
    if (target == ImportTarget::Participants)
        parts.append(Commands::tr("%n skipped (already taking part)", nullptr, report.skipped));
    if (report.participationsUpdated > 0)
        parts.append(
            Commands::tr("%n participation(s) updated", nullptr, report.participationsUpdated));
    if (report.participationsDiffering > 0)
        parts.append(Commands::tr("%n participation(s) left as stored where the file differs "
                                  "(--update replaces them)",
                                  nullptr, report.participationsDiffering));
    if (report.organisationsCreated > 0)
        parts.append(
            Commands::tr("%n organisation(s) created", nullptr, report.organisationsCreated));
    if (report.storedValuesKept > 0)
        parts.append(Commands::tr("%n stored value(s) kept where the file differs", nullptr,
                                  report.storedValuesKept));
    if (report.storedValuesReplaced > 0)
        parts.append(
            Commands::tr("%n stored value(s) replaced", nullptr, report.storedValuesReplaced));
    if (report.waitlisted > 0)
        parts.append(Commands::tr("%n confirmed beyond the event's %1 places put on the waiting "
                                  "list",
                                  nullptr, report.waitlisted)
                         .arg(report.capacity));
    if (report.movedUp > 0)
        parts.append(Commands::tr("%n moved up from the waiting list", nullptr, report.movedUp));
    const QString counts = parts.join(u", ");
    return dryRun ? Commands::tr("Dry run of %n row(s), nothing written: %1.", nullptr, report.rows)
                        .arg(counts)
                  : Commands::tr("Imported %n row(s): %1.", nullptr, report.rows).arg(counts);
}

} // namespace

QString checkImportUsage(const Invocation &invocation)
{
    const QStringList arguments = invocation.arguments();
    const QString usage = CommandLine::tr("Use \"import participants EVENT FILE.csv\" or "
                                          "\"import contacts FILE.csv\".");
    const QString what = arguments.value(0);
    const qsizetype expected = what == u"participants" ? 3 : what == u"contacts" ? 2 : 0;
    if (expected == 0) {
        return what.isEmpty() ? CommandLine::tr("What to import is missing. %1").arg(usage)
                              : CommandLine::tr("Cannot import \"%1\". %2").arg(what, usage);
    }
    if (arguments.size() < expected)
        return CommandLine::tr("Arguments are missing. %1").arg(usage);
    if (arguments.size() > expected) {
        return CommandLine::tr("Too many arguments: \"%1\". %2")
            .arg(arguments.mid(expected).join(u' '), usage);
    }
    return {};
}

int runImport(const Invocation &invocation, Console &console)
{
    const QStringList arguments = invocation.arguments();
    const bool participants = arguments.first() == u"participants";
    const QString file = arguments.last();
    ImportSettings settings;
    settings.target = participants ? ImportTarget::Participants : ImportTarget::Contacts;
    if (participants) {
        bool ok = false;
        settings.eventId = arguments[1].toInt(&ok);
        if (!ok || settings.eventId <= 0) {
            console.printError(
                Commands::tr("\"%1\" is not an event id; \"exchange-planner events\" lists them.")
                    .arg(arguments[1]));
            return ExitBadInput;
        }
    }
    // Read once, for the detection and the import alike: a pipe is read
    // into a temporary file first.
    ImportFile source(file);
    if (!source.open()) {
        console.printError(source.error());
        return ExitBadInput;
    }
    QFile input(source.path());
    if (!input.open(QIODevice::ReadOnly)) {
        console.printError(Commands::tr("%1 cannot be opened: %2").arg(file, input.errorString()));
        return ExitBadInput;
    }
    settings.format = CsvFormat::detect(&input);
    input.close();
    settings.fileName = file;
    if (const QString delimiter = invocation.value(Option::Delimiter); !delimiter.isEmpty())
        settings.format.delimiter = *CsvFormat::delimiterFromName(delimiter);
    if (const QString encoding = invocation.value(Option::Encoding); !encoding.isEmpty())
        settings.format.encoding = *TextEncodings::fromCode(encoding);
    for (const QString &map : invocation.values(Option::Map)) {
        const qsizetype equals = map.lastIndexOf(u'=');
        settings.columnFields.append(
            {map.left(equals), *fieldFromKey(map.mid(equals + 1).trimmed())});
    }
    for (const QString &column : invocation.values(Option::IgnoreColumn))
        settings.columnFields.append({column, Field::Ignore});
    settings.dryRun = invocation.isSet(Option::DryRun);
    settings.overwriteStoredValues = invocation.isSet(Option::Update);

    Database database;
    if (const int status = openExisting(database, invocation, console); status != ExitDone)
        return status;
    const ImportReport report =
        SpreadsheetImport::run(database.connection(), source.path(), settings);
    if (!report.fileProblem.isEmpty()) {
        console.printError(report.fileProblem);
        return report.databaseProblem ? ExitDatabaseProblem : ExitBadInput;
    }
    if (report.invalid > 0) {
        for (const ImportProblem &problem : report.problems) {
            console.printError(
                problem.column.isEmpty()
                    ? Commands::tr("%1:%2: %3").arg(file).arg(problem.line).arg(problem.reason)
                    : Commands::tr("%1:%2: column \"%3\": %4")
                          .arg(file)
                          .arg(problem.line)
                          .arg(problem.column, problem.reason));
        }
        console.printError(
            Commands::tr("%n invalid row(s); nothing was imported.", nullptr, report.invalid));
        return ExitBadInput;
    }
    console.print(summary(report, settings.dryRun, settings.target) % u'\n');
    return ExitDone;
}

} // namespace ep::cli
