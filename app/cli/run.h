#pragma once

#include <QStringList>

namespace ep::cli {

class Console;

// What the arguments ask for, from a quick look that needs no application
// object: enough for main() to choose between the window and a command, and
// the kind of application object to create.
enum class Mode
{
    Window,
    Command,
    Help,
    Version
};
Mode modeOf(const QStringList &arguments);

// Whether the command the arguments name draws a document (a PDF), which
// needs a QGuiApplication (fonts) rather than a QCoreApplication.
bool rendersDocuments(const QStringList &arguments);

// Runs the command `arguments` name (the program's name first), or writes the
// help or the version they ask for, to `console`; returns the exit status
// (exitstatus.h). Never ends the process and never asks anything. Needs a
// QCoreApplication, and a QGuiApplication where rendersDocuments() says so;
// messages are in the language of the translators installed.
int run(const QStringList &arguments, Console &console);

} // namespace ep::cli
