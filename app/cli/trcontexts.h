#pragma once

#include <QCoreApplication>

namespace ep::cli {

// The translation contexts of the command line's messages. They keep the
// names they had before each command had a file of its own, so that the
// translations of unchanged messages carry over.

// Parsing, wrong usage and the help.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

// What demo, events, import and backup say.
struct Commands
{
    Q_DECLARE_TR_FUNCTIONS(Commands)
};

} // namespace ep::cli
