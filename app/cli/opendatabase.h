#pragma once

#include <QString>

namespace ep {
class Database;
}

namespace ep::cli {

class Console;
class Invocation;

// The database a command works on: the one --database names, else the
// default one.
QString databasePath(const Invocation &invocation);

// Whether a database file is at `path`; a team database's server is asked
// when it is opened.
bool databaseExists(const QString &path);

// Opens `path` into `database`, creating a database where there is no file.
// On failure writes why to `console` and returns ExitDatabaseProblem; else
// ExitDone.
int openDatabase(Database &database, const QString &path, Console &console);

// The same for the database of `invocation`, which must exist: a command that
// reads or changes data never creates an empty file (an empty team database
// gets its tables: it was made for the planner).
int openExisting(Database &database, const Invocation &invocation, Console &console);

} // namespace ep::cli
