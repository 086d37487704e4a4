#pragma once

#include "storage/sql.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>

namespace ep {

struct Organisation;
struct Person;

// The tables that carry a search_text column (schema version 2 and later).
QStringList searchIndexedTables();

// The columns whose text makes a row of `table` searchable, in order.
QStringList searchedColumns(const QString &table);

// What updateSearchText() stores for a person, and for an organisation, from
// the record in memory: for writers that set search_text in the same
// statement as the row (the import).
QString personSearchText(const Person &person);
QString organisationSearchText(const Organisation &organisation);

// The FTS5 trigram index over `table`'s search_text that schema version 8
// keeps in a SQLite file (by triggers, for every writer), e.g.
// "people_search"; empty for a table without one. It finds what LIKE
// '%word%' finds for a word of three letters or more, without reading
// every row.
QString searchIndexOf(const QString &table);
// The statements that make that index and fill it.
QStringList searchIndexStatements(const QString &table);
// A folded word as an FTS5 phrase that matches it as a substring.
QString searchIndexPhrase(const QString &word);

// The sort name of a person: the folded last and first name.
QString sortNameOf(const QString &firstName, const QString &lastName);

// Recomputes search_text (and for people sort_name) of one row from the
// row's own columns. The repositories call it after every insert or update,
// the schema upgrade for every row, so both agree on what is searchable.
QSqlError updateSearchText(QSqlDatabase &db, const QString &table, int id);

} // namespace ep
