#pragma once

#include "commandline.h"

namespace ep {

// Runs a command of the command line without a window; returns the exit status.
int runCommand(const Invocation &invocation);

} // namespace ep
