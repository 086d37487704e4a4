#pragma once

namespace ep::cli {

class Console;
class Invocation;

// "retention [--apply]": what the database's retention policy makes due
// (storage/retention.h), listed, or anonymised with --apply. Returns the
// exit status.
int runRetention(const Invocation &invocation, Console &console);

} // namespace ep::cli
