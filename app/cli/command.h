#pragma once

#include "cli/option.h"

#include <QList>
#include <QString>

namespace ep::cli {

class Console;
class Invocation;

// A way of calling a command, as the help shows it. The texts are
// untranslated, in the context "CommandLine".
struct Usage
{
    const char *arguments;   // what follows the command's name; none: nothing
    const char *description; // its lines as the help shows them
};

// The message for a command that takes no positional argument and was given one.
QString takesNoArguments(const Invocation &invocation);

// One command of the command line.
struct Command
{
    const char *name;
    // The options it takes besides those that go with every command.
    QList<Option> options;
    QList<Usage> usages;
    // It renders documents, which needs a QGuiApplication (fonts).
    bool rendersDocuments = false;
    // Checks the positional arguments and what depends on them: the message
    // for stderr, empty when the command can run. The options' values are
    // checked after this, one by one (option.h).
    QString (*checkUsage)(const Invocation &) = takesNoArguments;
    // Returns the exit status (exitstatus.h).
    int (*run)(const Invocation &, Console &) = nullptr;
};

// Every command, in the order the help lists them.
const QList<Command> &commandTable();
// Null for a name that is no command.
const Command *findCommand(const QString &name);

} // namespace ep::cli
