#pragma once

#include <QString>

namespace ep::cli {

class Console;
class Invocation;

// "export agenda|participants|contacts … --output FILE": writes the document
// the file's ending names (.pdf, .ics, .csv, .vcf), through the document
// catalogue, whole or not at all. The checks of the command line (which
// options apply is the catalogue's); its run, which returns the exit status.
QString checkExportUsage(const Invocation &invocation);
int runExport(const Invocation &invocation, Console &console);

} // namespace ep::cli
