#pragma once

#include "clitest.h"

#include <QTemporaryDir>

namespace ep::test {

// Runs the command line in this process, through the library, as the program
// runs `arguments` (without the program's name); English, as no translation
// is installed.
Run run(const QStringList &arguments);

// A database holding the demo programme, in `dir`.
QString demoDatabase(const QTemporaryDir &dir);

// "export ARGUMENTS --output OUTPUT --database DATABASE".
Run exportTo(const QStringList &arguments, const QString &output, const QString &database);

} // namespace ep::test
