#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>

namespace ep {

// The tables that carry a search_text column (schema version 2 and later).
QStringList searchIndexedTables();

// Recomputes search_text (and for people sort_name) of one row from the
// row's own columns. The repositories call it after every insert or update,
// the schema upgrade for every row, so both agree on what is searchable.
QSqlError updateSearchText(QSqlDatabase &db, const QString &table, int id);

} // namespace ep
