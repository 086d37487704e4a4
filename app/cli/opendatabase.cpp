#include "cli/opendatabase.h"

#include "cli/console.h"
#include "cli/exitstatus.h"
#include "cli/invocation.h"
#include "cli/trcontexts.h"
#include "storage/database.h"
#include "storage/serverlocation.h"

#include <QFileInfo>

namespace ep::cli {

QString databasePath(const Invocation &invocation)
{
    const QString path = invocation.value(Option::Database);
    return path.isEmpty() ? Database::defaultLocation() : path;
}

bool databaseExists(const QString &path)
{
    return ServerLocation::isServer(path) || QFileInfo::exists(path);
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
    if (!databaseExists(path)) {
        console.printError(Commands::tr("There is no database at %1.").arg(path));
        return ExitDatabaseProblem;
    }
    return openDatabase(database, path, console);
}

} // namespace ep::cli
