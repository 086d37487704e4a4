#pragma once

#include <QString>

namespace ep::cli {

class Console;
class Invocation;

// "copy --from PATH --to PATH": a whole database into an empty one — a file
// to a team database's server and back (storage/databasecopy.h). The checks
// of the command line; its run, which returns the exit status.
QString checkCopyUsage(const Invocation &invocation);
int runCopy(const Invocation &invocation, Console &console);

} // namespace ep::cli
