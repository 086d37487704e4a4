#include "cli/democommand.h"

#include "cli/console.h"
#include "cli/exitstatus.h"
#include "cli/opendatabase.h"
#include "cli/trcontexts.h"
#include "storage/database.h"
#include "storage/demoprogramme.h"
#include "storage/eventrepository.h"

#include <QFile>

namespace ep::cli {

int runDemo(const Invocation &invocation, Console &console)
{
    const QString path = databasePath(invocation);
    Database database;
    if (const int status = openDatabase(database, path, console); status != ExitDone)
        return status;
    if (!database.holdsNoData()) {
        console.printError(
            Commands::tr("%1 already holds data; the demo programme is only written into a new "
                         "or empty database. Nothing was changed.")
                .arg(path));
        return ExitBadInput;
    }
    QFile programme(QStringLiteral(":/demo/demo-programme.json"));
    if (!programme.open(QIODevice::ReadOnly)) {
        console.printError(Commands::tr("The demo programme is missing from this build."));
        return ExitBadInput;
    }
    if (const QString error = DemoProgramme::write(database.connection(), programme.readAll());
        !error.isEmpty()) {
        console.printError(error);
        return ExitDatabaseProblem;
    }
    const int eventCount = int(EventRepository(database.connection()).summaries().size());
    console.print(
        Commands::tr("Wrote the demo programme with %n event(s) to %1.", nullptr, eventCount)
            .arg(path) %
        u'\n');
    return ExitDone;
}

} // namespace ep::cli
