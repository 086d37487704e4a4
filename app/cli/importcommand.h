#pragma once

#include <QString>

namespace ep::cli {

class Console;
class Invocation;

// "import participants EVENT FILE.csv" and "import contacts FILE.csv": all or
// nothing, as the import wizard does it. The checks of the command line; its
// run, which returns the exit status.
QString checkImportUsage(const Invocation &invocation);
int runImport(const Invocation &invocation, Console &console);

} // namespace ep::cli
