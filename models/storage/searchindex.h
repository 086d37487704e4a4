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
// The triggers among them, as schema version 10 made them: they leave the
// rows a DeferredSearchIndex marked to it.
QStringList searchIndexTriggers(const QString &table);
// The statements that replace version 8's triggers with those.
QStringList searchIndexUpgrade(const QString &table);

// On a team server (schema version 11): a trigram index (PostgreSQL's
// pg_trgm, a trusted extension of its contrib since version 13) over
// `table`'s search_text, which its planner uses for LIKE '%word%' itself,
// named as searchIndexOf() names it. A server that refuses the extension
// (not installed, or a role without CREATE on the database) is left
// without the index, and its lists search every row as before; returns an
// error only when the extension is there and the index cannot be made.
// Must run inside a transaction: the attempt is a savepoint of it.
QSqlError serverSearchIndex(QSqlDatabase &db, const QString &table);

// Keeps the search index of the rows one bulk writer inserts in its
// transaction with one statement at the end instead of a trigger per row.
// FTS5 writes what it holds as a segment at the end of every statement,
// and a batched import ends one per batch: deferring the index took a
// fifth off importing 100,000 people. The mark (meta "people_search_from")
// lives only inside the writer's transaction: no other connection ever
// sees it, and a rollback takes it away with the rows. Does nothing where
// the table has no index (a team database on PostgreSQL, other tables).
class DeferredSearchIndex final
{
public:
    DeferredSearchIndex(QSqlDatabase db, const QString &table);
    Q_DISABLE_COPY_MOVE(DeferredSearchIndex)

    // Before the first new row is inserted: the triggers leave rows from
    // `firstId` on, which must be this writer's new rows alone (ids from
    // the database's counter, storage/newids.h). Only the first call counts.
    QSqlError begin(qint64 firstId);
    // After the last new row, before the commit: indexes the rows from
    // `firstId` on as they are now, and takes the mark away.
    QSqlError finish();

private:
    QSqlDatabase m_db;
    QString m_index; // empty: nothing to defer
    QString m_table;
    qint64 m_firstId = 0; // 0: not begun
};
// A folded word as an FTS5 phrase that matches it as a substring.
QString searchIndexPhrase(const QString &word);

// The sort name of a person: the folded last and first name.
QString sortNameOf(const QString &firstName, const QString &lastName);

// Recomputes search_text (and for people sort_name) of one row from the
// row's own columns. The repositories call it after every insert or update,
// the schema upgrade for every row, so both agree on what is searchable.
QSqlError updateSearchText(QSqlDatabase &db, const QString &table, int id);

} // namespace ep
