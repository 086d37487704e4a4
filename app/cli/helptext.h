#pragma once

#include <QString>

namespace ep::cli {

// --help, composed from the tables of commands and options in the
// application's language. help2man makes the manual page from it.
QString helpText();
// --version: "exchange-planner 0.1.0".
QString versionText();

} // namespace ep::cli
