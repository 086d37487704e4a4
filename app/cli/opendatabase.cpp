#include "cli/opendatabase.h"

#include "cli/console.h"
#include "cli/exitstatus.h"
#include "cli/invocation.h"
#include "cli/trcontexts.h"
#include "storage/database.h"

#include <QFileInfo>

namespace ep::cli {

QString databasePath(const Invocation &invocation)
{
    const QString path = invocation.value(Option::Database);
    return path.isEmpty() ? Database::defaultLocation() : path;
}

int openDatabase(Database &database, const QString &path, Console &console)
{
    const Database::OpenResult opened = database.open(path);
    if (opened.ok())
        return ExitDone;
    console.printError(opened.message);
    return ExitDatabaseProblem;
}

int openExisting(Database &database, const Invocation &invocation, Console &console)
{
    const QString path = databasePath(invocation);
    if (!QFileInfo::exists(path)) {
        console.printError(Commands::tr("There is no database at %1.").arg(path));
        return ExitDatabaseProblem;
    }
    return openDatabase(database, path, console);
}

} // namespace ep::cli
