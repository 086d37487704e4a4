#pragma once

namespace ep::cli {

class Console;
class Invocation;

// "people [--filter no_legal_basis|consent_withdrawn] [--format table|csv|json]":
// the people with their legal basis and consent, as the data-protection
// officer reviews them; the filters are the People list's. Returns the exit
// status.
int runPeople(const Invocation &invocation, Console &console);

} // namespace ep::cli
