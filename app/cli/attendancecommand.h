#pragma once

#include <QString>

namespace ep::cli {

class Console;
class Invocation;

// "attendance EVENT --day DATE [--visit HH:MM] (--present ROWS | --from
// FILE.csv)": who signed the sign-in sheet of a day (or of a site visit),
// by the rows' numbers as printed (export/signinorder.h). The sheet's
// entry is replaced; walk-ins come from the file's blank rows with a name.
QString checkAttendanceUsage(const Invocation &invocation);
int runAttendance(const Invocation &invocation, Console &console);

} // namespace ep::cli
