#include "cli/backupcommand.h"

#include "cli/command.h"
#include "cli/console.h"
#include "cli/exitstatus.h"
#include "cli/invocation.h"
#include "cli/opendatabase.h"
#include "cli/trcontexts.h"
#include "storage/database.h"

#include <QFileInfo>
#include <QSqlError>

namespace ep::cli {

QString checkBackupUsage(const Invocation &invocation)
{
    if (invocation.value(Option::Output).isEmpty() && invocation.arguments().isEmpty())
        return CommandLine::tr("--output FILE is missing: where should the copy go?");
    return takesNoArguments(invocation);
}

int runBackup(const Invocation &invocation, Console &console)
{
    Database database;
    if (const int status = openExisting(database, invocation, console); status != ExitDone)
        return status;
    const QString target = invocation.value(Option::Output);
    // Compared as files, not as names: a relative path or a link to the
    // database is the database.
    if (database.isOwnFile(target)) {
        console.printError(Commands::tr("%1 is the database itself (%2); a backup cannot be "
                                        "written over it. Nothing was written.")
                               .arg(target, database.location()));
        return ExitBadInput;
    }
    // A backup never replaces a file: it may be the only good copy.
    if (QFileInfo::exists(target)) {
        console.printError(
            Commands::tr("%1 already exists; nothing was written. Choose a new name for the copy.")
                .arg(target));
        return ExitBadInput;
    }
    const QFileInfo folder(QFileInfo(target).absolutePath());
    if (!folder.isDir() || !folder.isWritable()) {
        console.printError(Commands::tr("The copy %1 cannot be written: the folder %2 does not "
                                        "exist or is not writable.")
                               .arg(target, folder.filePath()));
        return ExitBadInput;
    }
    if (const QSqlError error = database.backupTo(target); error.isValid()) {
        console.printError(Commands::tr("The copy %1 cannot be written: %2")
                               .arg(target, error.databaseText().isEmpty() ? error.driverText()
                                                                           : error.databaseText()));
        return ExitBadInput;
    }
    console.print(Commands::tr("Wrote a copy of %1 to %2.").arg(database.location(), target) %
                  u'\n');
    return ExitDone;
}

} // namespace ep::cli
