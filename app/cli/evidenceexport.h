#pragma once

#include <QString>

namespace ep::cli {

class Console;
class Invocation;

// "export evidence EVENT --output FILE.zip": the event's evidence pack for
// its funder's audit, one ZIP archive (documents/evidencepack.h lists what
// it holds), in --language (the user's by default), its CSV files as
// --delimiter and --bom say. Called by "export" (exportcommand.h) for
// "evidence".
QString checkEvidenceUsage(const Invocation &invocation);
int runEvidenceExport(const Invocation &invocation, Console &console);

} // namespace ep::cli
