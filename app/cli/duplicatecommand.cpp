#include "cli/duplicatecommand.h"

#include "cli/console.h"
#include "cli/exitstatus.h"
#include "cli/invocation.h"
#include "cli/opendatabase.h"
#include "cli/trcontexts.h"
#include "domain/eventcopy.h"
#include "storage/database.h"
#include "storage/eventrepository.h"

#include <QSqlError>

namespace ep::cli {

QString checkDuplicateUsage(const Invocation &invocation)
{
    const QStringList arguments = invocation.arguments();
    if (arguments.isEmpty())
        return CommandLine::tr("The event to duplicate is missing: use \"duplicate EVENT "
                               "--first-day DATE\".");
    if (arguments.size() > 1)
        return CommandLine::tr("Too many arguments: \"%1\". Use \"duplicate EVENT --first-day "
                               "DATE\".")
            .arg(arguments.mid(1).join(u' '));
    if (!invocation.isSet(Option::FirstDay))
        return CommandLine::tr("--first-day DATE is missing: when does the new event start?");
    return {};
}

int runDuplicate(const Invocation &invocation, Console &console)
{
    Database database;
    if (const int status = openExisting(database, invocation, console); status != ExitDone)
        return status;
    const QSqlDatabase db = database.connection();
    const QString key = invocation.arguments().first();
    bool isNumber = false;
    const int sourceId = key.toInt(&isNumber);
    QSqlError error;
    const std::optional<Event> source =
        isNumber && sourceId > 0 ? EventRepository(db).load(sourceId, &error) : std::nullopt;
    if (error.isValid()) {
        console.printError(Database::describeFailure(db, error));
        return ExitDatabaseProblem;
    }
    if (!source) {
        console.printError(Commands::tr("There is no event \"%1\"; \"exchange-planner events\" "
                                        "lists them. Nothing was changed.")
                               .arg(key));
        return ExitBadInput;
    }
    const QDate firstDay = QDate::fromString(invocation.value(Option::FirstDay), Qt::ISODate);
    Event copy =
        copiedEvent(*source, firstDay,
                    invocation.isSet(Option::WithParticipants) ? CopiedParticipants::Invited
                                                               : CopiedParticipants::Left);
    if (const QSqlError failed = EventRepository(db).save(copy); failed.isValid()) {
        console.printError(Commands::tr("The event was not duplicated: %1. Nothing was changed.")
                               .arg(Database::describeFailure(db, failed)));
        return ExitDatabaseProblem;
    }
    console.print(QString::number(copy.id) % u'\n');
    return ExitDone;
}

} // namespace ep::cli
