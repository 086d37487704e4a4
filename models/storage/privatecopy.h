#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <functional>

// Copies of a database written as new files: complete or not there at all,
// and their owner's alone (privatefiles.h).
namespace ep::privatecopy {

// Writes the new file `path` through `write`, which fills the empty file
// (mode 0600) it is given: a temporary name beside `path` that is renamed
// to it once `write` succeeded, so that a copy cut short (a full disk, a
// killed process) never stands under the name of a copy. A process killed
// meanwhile leaves the temporary file to the next start (UnfinishedFile).
// Refused when `path` exists.
QSqlError write(const QString &path, const std::function<QSqlError(const QString &)> &write);

// A consistent, compact copy of the SQLite database `db` is connected to,
// written by VACUUM INTO as write() writes: also while the write-ahead log
// holds changes not yet checkpointed into the main file.
QSqlError vacuumInto(const QSqlDatabase &db, const QString &path);

} // namespace ep::privatecopy
