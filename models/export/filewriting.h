#pragma once

#include <QByteArray>
#include <QDir>
#include <QIODevice>
#include <QString>

#include <functional>

namespace ep {

// Writes `contents` to `path` whole or not at all: through a temporary file
// beside it (QSaveFile), so a failure leaves no file behind and an existing
// one untouched. Returns the error, naming the file; empty when written.
QString writeWholeFile(const QString &path, const QByteArray &contents);

// The same for a file written piece by piece: `write` writes into the
// temporary file and returns its own error (e.g. the database's), which
// discards the file; the file is kept only when it returns none.
QString writeWholeFile(const QString &path, const std::function<QString(QIODevice *)> &write);

// Fills the folder `folder` whole or not at all: `fill` writes into a
// hidden folder beside it, which is renamed to `folder` when `fill` returns
// no error (its own, for the user) and removed otherwise. `folder` must be
// new or empty; the folders above it are made as needed (a new user's
// Documents). Returns the error, naming the folder; empty when written.
QString writeWholeFolder(const QString &folder, const std::function<QString(const QDir &)> &fill);

// `name` (a document's title, a database's name) as a file name that
// Windows, macOS, Linux and network shares all take: each of
// : \\ / * ? " < > | and control characters becomes "-", runs of them and
// of spaces fold into one, no dot or space at the end, names Windows
// reserves (CON, NUL, COM1 …) get a "_", and at most 120 characters.
// Letters of every language stay ("Wizyta studyjna w Bochum – program").
QString portableFileName(const QString &name);

} // namespace ep
