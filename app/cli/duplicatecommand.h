#pragma once

#include <QString>

namespace ep::cli {

class Console;
class Invocation;

// "duplicate EVENT --first-day DATE [--with-participants]": next time's
// event made from EVENT (copiedEvent()), its new id printed.
QString checkDuplicateUsage(const Invocation &invocation);
int runDuplicate(const Invocation &invocation, Console &console);

} // namespace ep::cli
