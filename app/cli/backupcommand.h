#pragma once

#include <QString>

namespace ep::cli {

class Console;
class Invocation;

// "backup --output FILE": a consistent copy of the database, written to a
// new file only. The checks of the command line; its run, which returns the
// exit status.
QString checkBackupUsage(const Invocation &invocation);
int runBackup(const Invocation &invocation, Console &console);

} // namespace ep::cli
