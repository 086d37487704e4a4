#pragma once

#include <QList>
#include <QStringList>

namespace ep {

// Lays rows out in aligned columns for a terminal, the first row as header
// underlined with dashes.
QString consoleTable(const QList<QStringList> &rows);

// Writes `text` to stdout as UTF-8.
void print(const QString &text);
// Writes `message` and a line break to stderr as UTF-8.
void printError(const QString &message);

} // namespace ep
