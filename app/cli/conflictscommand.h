#pragma once

#include <QString>

namespace ep::cli {

class Console;
class Invocation;

// "conflicts [EVENT] [--format table|csv|json]": the clashes the calendar
// flags (storage/conflicts.h), of every event or of EVENT.
QString checkConflictsUsage(const Invocation &invocation);
int runConflicts(const Invocation &invocation, Console &console);

} // namespace ep::cli
