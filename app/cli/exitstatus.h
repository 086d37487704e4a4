#pragma once

namespace ep::cli {

// The exit statuses of the command-line contract (README, design.md).
enum ExitStatus : int
{
    ExitDone = 0,
    ExitWrongUsage = 1,
    ExitBadInput = 2,
    ExitDatabaseProblem = 3,
};

} // namespace ep::cli
