#pragma once

#include <QString>

namespace ep::cli {

// Where a command speaks: the program writes to its stdout and stderr (as
// UTF-8), a test keeps what was written. Commands write nowhere else.
class Console
{
public:
    Console() = default;
    virtual ~Console() = default;
    Q_DISABLE_COPY_MOVE(Console)

    // The command's output (stdout), exactly as given.
    virtual void print(const QString &text) = 0;
    // One message for the user (stderr); the console ends the line.
    virtual void printError(const QString &message) = 0;
};

} // namespace ep::cli
