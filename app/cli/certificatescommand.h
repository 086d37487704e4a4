#pragma once

#include <QString>

namespace ep::cli {

class Console;
class Invocation;

// "export certificates EVENT --output DIR --split": a certificate of
// attendance per person, each a PDF of its own ("2019-001-0019-4 Höfer
// Ute.pdf"), into a new or empty folder, all or none.
int runCertificatesSplit(const Invocation &invocation, Console &console);

// "certificate NUMBER": what the certificate of that number states, as the
// office confirms it on request: who, which event, the days, the hours.
QString checkCertificateUsage(const Invocation &invocation);
int runCertificate(const Invocation &invocation, Console &console);

} // namespace ep::cli
