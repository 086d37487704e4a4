#pragma once

#include <QString>

namespace ep::cli {

class Console;
class Invocation;

// "person erase PERSON" and "person export PERSON --output FILE": a
// person's data under the GDPR, PERSON an id or an email. The checks of
// the command line; its run, which returns the exit status.
QString checkPersonUsage(const Invocation &invocation);
int runPerson(const Invocation &invocation, Console &console);

} // namespace ep::cli
