#pragma once

#include <QByteArray>
#include <QString>

namespace ep {

// Writes `contents` to `path` whole or not at all: through a temporary file
// beside it (QSaveFile), so a failure leaves no file behind and an existing
// one untouched. Returns the error, naming the file; empty when written.
QString writeWholeFile(const QString &path, const QByteArray &contents);

// `name` (a document's title, a database's name) as a file name that
// Windows, macOS, Linux and network shares all take: each of
// : \\ / * ? " < > | and control characters becomes "-", runs of them and
// of spaces fold into one, no dot or space at the end, names Windows
// reserves (CON, NUL, COM1 …) get a "_", and at most 120 characters.
// Letters of every language stay ("Wizyta studyjna w Bochum – program").
QString portableFileName(const QString &name);

} // namespace ep
