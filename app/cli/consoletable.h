#pragma once

#include <QList>
#include <QStringList>

namespace ep::cli {

// Lays rows out in aligned columns for a terminal, the first row as header
// underlined with dashes.
QString consoleTable(const QList<QStringList> &rows);

} // namespace ep::cli
