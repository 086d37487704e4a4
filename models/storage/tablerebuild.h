#pragma once

#include <QSqlDatabase>
#include <QSqlError>

#include <functional>

namespace ep::schema {

// SQLite: makes `table` again from its own CREATE statement as `edit`
// changes it — what SQLite cannot alter in place (AUTOINCREMENT, a check) —
// keeping its rows, columns and indexes. `edit` gets the statement with the
// new table's name already in place. Runs with foreign keys off (the
// caller), so that dropping the old table deletes nothing that refers to it.
QSqlError rebuildTable(QSqlDatabase &db, const QString &table,
                       const std::function<QString(QString create)> &edit);

} // namespace ep::schema
