#include "cli/personcommand.h"

#include "cli/command.h"
#include "cli/console.h"
#include "cli/exitstatus.h"
#include "cli/invocation.h"
#include "cli/opendatabase.h"
#include "cli/trcontexts.h"
#include "documents/persondatadocument.h"
#include "domain/language.h"
#include "storage/database.h"
#include "storage/personerasure.h"
#include "storage/personrepository.h"

#include <QLocale>
#include <QSqlError>

namespace ep::cli {
namespace {

QString bulleted(const QStringList &lines)
{
    QString text;
    for (const QString &line : lines)
        text += u"- " % line % u'\n';
    return text;
}

// The person PERSON names, or why not on `console` (exit status 2).
std::optional<int> findPerson(const Database &database, const QString &key, Console &console)
{
    QString problem;
    const std::optional<int> id =
        PersonRepository(database.connection()).findByIdOrEmail(key, &problem);
    if (!id) {
        console.printError(problem.isEmpty()
                               ? Commands::tr("There is no person with the id or email %1. "
                                              "Nothing was changed.")
                                     .arg(key)
                               : problem);
    }
    return id;
}

int runExport(const Database &database, const Invocation &invocation, Console &console)
{
    const std::optional<int> id = findPerson(database, invocation.arguments().at(1), console);
    if (!id)
        return ExitBadInput;
    QSqlError error;
    const std::optional<PersonData> data = PersonData::load(database.connection(), *id, &error);
    if (!data) {
        console.printError(Database::describeFailure(database.connection(), error));
        return ExitDatabaseProblem;
    }
    const QString code = invocation.value(Option::Language);
    const QString output = invocation.value(Option::Output);
    if (const QString problem = writePersonData(
            *data, output, code.isEmpty() ? languageOfLocale() : *languageFromCode(code));
        !problem.isEmpty()) {
        console.printError(problem);
        return ExitBadInput;
    }
    console.print(Commands::tr("Wrote the data of %1 (id %2) to %3.")
                      .arg(data->person.displayName())
                      .arg(data->person.id)
                      .arg(output) %
                  u'\n');
    return ExitDone;
}

int runErase(Database &database, const QString &key, Console &console)
{
    const std::optional<int> id = findPerson(database, key, console);
    if (!id)
        return ExitBadInput;
    QSqlError error;
    const std::optional<PersonErasure::Plan> plan =
        PersonErasure::plan(database.connection(), *id, &error);
    if (!plan) {
        console.printError(Database::describeFailure(database.connection(), error));
        return ExitDatabaseProblem;
    }
    // Named before the erasure: the copies hold the person, the file no
    // longer will.
    const QList<Backups::Copy> backups =
        database.isServer() ? QList<Backups::Copy>{}
                            : PersonErasure::backupsHolding(database.location(), *plan);
    const PersonErasure::Result result = PersonErasure::erase(database.connection(), *plan);
    if (!result.ok()) {
        console.printError(
            Commands::tr("%1 was not erased: %2. Nothing was changed.")
                .arg(plan->name, Database::describeFailure(database.connection(), result.error)));
        return ExitDatabaseProblem;
    }
    QString said = Commands::tr("Erased %1 (id %2):").arg(plan->name).arg(plan->personId) % u'\n' %
                   bulleted(PersonErasure::describe(*plan));
    if (!result.leftover.isEmpty())
        said += Commands::tr("Not yet cleaned:") % u'\n' % bulleted({result.leftover});
    said += Commands::tr("What stays:") % u'\n' % bulleted(PersonErasure::whatStays());
    if (!backups.isEmpty()) {
        QStringList named;
        for (const Backups::Copy &copy : backups)
            named.append(copy.written.toString(Qt::ISODate) % u"  " % copy.path);
        said += Commands::tr("These backups, older than the erasure, still hold the person; they "
                             "go as the rotation removes them, or delete them by hand:") %
                u'\n' % bulleted(named);
    }
    console.print(said);
    return ExitDone;
}

} // namespace

QString checkPersonUsage(const Invocation &invocation)
{
    const QStringList arguments = invocation.arguments();
    const QString usage =
        CommandLine::tr("Use \"person export PERSON --output FILE.json|FILE.pdf\" "
                        "or \"person erase PERSON\", PERSON an id or an email.");
    const QString what = arguments.value(0);
    if (what != u"erase" && what != u"export") {
        return what.isEmpty()
                   ? CommandLine::tr("What to do with the person is missing. %1").arg(usage)
                   : CommandLine::tr("Cannot do \"%1\" with a person. %2").arg(what, usage);
    }
    if (arguments.size() < 2)
        return CommandLine::tr("Arguments are missing. %1").arg(usage);
    if (arguments.size() > 2) {
        return CommandLine::tr("Too many arguments: \"%1\". %2")
            .arg(arguments.mid(2).join(u' '), usage);
    }
    const QString output = invocation.value(Option::Output);
    if (what == u"export" && output.isEmpty())
        return CommandLine::tr("--output FILE is missing: where should the person's data go?");
    if (what == u"export" && !output.endsWith(u".json"_qs, Qt::CaseInsensitive) &&
        !output.endsWith(u".pdf"_qs, Qt::CaseInsensitive))
        return CommandLine::tr("%1: a person's data is written as .json or .pdf.").arg(output);
    if (what == u"erase" && !output.isEmpty())
        return CommandLine::tr("--output applies to \"person export\" only.");
    return {};
}

int runPerson(const Invocation &invocation, Console &console)
{
    Database database;
    if (const int status = openExisting(database, invocation, console); status != ExitDone)
        return status;
    if (invocation.arguments().first() == u"export")
        return runExport(database, invocation, console);
    return runErase(database, invocation.arguments().at(1), console);
}

} // namespace ep::cli
