#include "cli/restorecommand.h"

#include "cli/command.h"
#include "cli/console.h"
#include "cli/exitstatus.h"
#include "cli/invocation.h"
#include "cli/opendatabase.h"
#include "cli/trcontexts.h"
#include "storage/restore.h"
#include "storage/serverlocation.h"

#include <QDate>

namespace ep::cli {

QString checkRestoreUsage(const Invocation &invocation)
{
    if (invocation.value(Option::From).isEmpty())
        return CommandLine::tr("--from BACKUP is missing: which backup should be restored?");
    return takesNoArguments(invocation);
}

int runRestore(const Invocation &invocation, Console &console)
{
    const QString database = databasePath(invocation);
    if (ServerLocation::isServer(database)) {
        console.printError(
            Commands::tr("A team database is restored on its server by its administrator. To "
                         "bring a backup file onto a new, empty team database, use \"copy --from "
                         "BACKUP --to URL\". Nothing was changed."));
        return ExitBadInput;
    }
    const Restore::Outcome outcome =
        Restore::fromBackup(invocation.value(Option::From), database, QDate::currentDate());
    switch (outcome.status) {
    case Restore::Outcome::Status::Restored:
        break;
    case Restore::Outcome::Status::BadBackup:
        console.printError(outcome.message);
        return ExitBadInput;
    case Restore::Outcome::Status::BadDatabase:
    case Restore::Outcome::Status::InUse:
    case Restore::Outcome::Status::Failed:
        console.printError(outcome.message);
        return ExitDatabaseProblem;
    }
    QString said = Commands::tr("Restored %1 from the backup %2.")
                       .arg(database, invocation.value(Option::From));
    if (!outcome.keptPath.isEmpty())
        said += u' ' % Commands::tr("The database as it was is kept as %1.").arg(outcome.keptPath);
    console.print(said % u'\n');
    return ExitDone;
}

} // namespace ep::cli
