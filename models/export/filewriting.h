#pragma once

#include <QByteArray>
#include <QString>

namespace ep {

// Writes `contents` to `path` whole or not at all: through a temporary file
// beside it (QSaveFile), so a failure leaves no file behind and an existing
// one untouched. Returns the error, naming the file; empty when written.
QString writeWholeFile(const QString &path, const QByteArray &contents);

} // namespace ep
