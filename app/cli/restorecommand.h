#pragma once

#include <QString>

namespace ep::cli {

class Console;
class Invocation;

// "restore --from BACKUP": the database file brought back to what the
// backup holds, the database as it was kept beside it (storage/restore.h).
// The checks of the command line; its run, which returns the exit status.
QString checkRestoreUsage(const Invocation &invocation);
int runRestore(const Invocation &invocation, Console &console);

} // namespace ep::cli
