#pragma once

#include "commandline.h"

#include <QSqlDatabase>

namespace ep {

// "export agenda|participants|contacts … --output FILE": writes the document
// the file's ending names (.pdf, .ics, .csv, .vcf). Returns the exit status;
// on failure nothing is written.
int runExport(const Invocation &invocation, const QSqlDatabase &db);

} // namespace ep
