#pragma once

namespace ep::cli {

class Console;
class Invocation;

// "events": lists the events as a table, CSV or JSON. Returns the exit status.
int runEvents(const Invocation &invocation, Console &console);

} // namespace ep::cli
