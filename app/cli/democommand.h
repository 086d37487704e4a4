#pragma once

namespace ep::cli {

class Console;
class Invocation;

// "demo": writes the demo programme into a new or empty database; refuses
// one that holds data. Returns the exit status.
int runDemo(const Invocation &invocation, Console &console);

} // namespace ep::cli
