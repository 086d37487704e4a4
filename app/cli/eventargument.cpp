#include "cli/eventargument.h"

#include "cli/console.h"
#include "cli/exitstatus.h"
#include "cli/trcontexts.h"
#include "storage/database.h"

namespace ep::cli {

std::optional<EventDocument> eventNamed(const QSqlDatabase &db, const QString &key,
                                        Console &console, int &status)
{
    bool isNumber = false;
    const int id = key.toInt(&isNumber);
    QSqlError failed;
    std::optional<EventDocument> document =
        isNumber && id > 0 ? EventDocument::load(db, id, &failed) : std::nullopt;
    if (failed.isValid()) {
        console.printError(Database::describeFailure(db, failed));
        status = ExitDatabaseProblem;
    } else if (!document) {
        console.printError(
            CommandLine::tr("There is no event \"%1\"; \"exchange-planner events\" lists them.")
                .arg(key));
        status = ExitBadInput;
    }
    return document;
}

} // namespace ep::cli
