#include "cli/copycommand.h"

#include "cli/command.h"
#include "cli/console.h"
#include "cli/exitstatus.h"
#include "cli/invocation.h"
#include "cli/opendatabase.h"
#include "cli/trcontexts.h"
#include "storage/database.h"
#include "storage/databasecopy.h"
#include "storage/serverlocation.h"
#include "storage/unfinishedfiles.h"

#include <QFile>
#include <QFileInfo>

#include <optional>

namespace ep::cli {
namespace {

// The location as messages may show it: never a password.
QString shown(const QString &location)
{
    return ServerLocation::isServer(location) ? ServerLocation::parse(location).withoutPassword()
                                              : location;
}

} // namespace

QString checkCopyUsage(const Invocation &invocation)
{
    if (invocation.value(Option::From).isEmpty())
        return CommandLine::tr("--from PATH is missing: which database should be copied?");
    if (invocation.value(Option::To).isEmpty())
        return CommandLine::tr("--to PATH is missing: where should the copy go?");
    return takesNoArguments(invocation);
}

int runCopy(const Invocation &invocation, Console &console)
{
    const QString from = invocation.value(Option::From);
    const QString to = invocation.value(Option::To);
    if (!databaseExists(from)) {
        console.printError(Commands::tr("There is no database at %1.").arg(from));
        return ExitDatabaseProblem;
    }
    Database source;
    if (const int status = openDatabase(source, from, console); status != ExitDone)
        return status;
    // A new file is written under a temporary name first, so that a copy cut
    // short never stands under the name asked for.
    const bool newFile = !ServerLocation::isServer(to) && !QFileInfo::exists(to);
    const QString written = newFile ? to % u".partial"_qs : to;
    // A copy cut short by a killed process is removed at the next start.
    std::optional<UnfinishedFile> unfinished;
    if (newFile) {
        unfinished.emplace(written);
        QFile::remove(written);
    }
    if (!ServerLocation::isServer(to) && source.isOwnFile(to)) {
        console.printError(
            Commands::tr("%1 is the database copied from; nothing was written.").arg(to));
        return ExitBadInput;
    }
    Database target;
    if (const int status = openDatabase(target, written, console); status != ExitDone) {
        if (newFile)
            QFile::remove(written);
        return status;
    }
    const DatabaseCopy::Result copied = DatabaseCopy::run(source.connection(), target.connection());
    target.close();
    if (newFile) {
        if (!copied.ok() || !QFile::rename(written, to))
            QFile::remove(written);
        QFile::remove(written % u"-wal"_qs);
        QFile::remove(written % u"-shm"_qs);
    }
    if (!copied.ok()) {
        console.printError(copied.problem);
        return copied.targetHeldData ? ExitBadInput : ExitDatabaseProblem;
    }
    QStringList counts;
    for (const DatabaseCopy::TableCount &count : copied.rows)
        counts.append(Commands::tr("%1 %2").arg(count.table).arg(count.rows));
    console.print(Commands::tr("Copied %1 rows from %2 to %3; the counts agree (%4).")
                      .arg(copied.totalRows())
                      .arg(shown(from), shown(to), counts.join(u", ")) %
                  u'\n');
    return ExitDone;
}

} // namespace ep::cli
