#pragma once

#include <QSqlDatabase>
#include <QString>

// The SQL that differs between the two engines, in one place. Everything
// else under models/ is written once, in the SQL both understand; the
// schema's statements are written for SQLite and carried over to
// PostgreSQL by postgresqlDdl().
namespace ep {

enum class SqlDialect
{
    SQLite,
    PostgreSQL
};

// The engine behind a connection: QPSQL is PostgreSQL, anything else SQLite.
SqlDialect dialectOf(const QSqlDatabase &db);

namespace dialect {

// Begins the outermost transaction. SQLite takes the write lock at once
// (BEGIN IMMEDIATE): a transaction that first reads and then writes would
// otherwise fail at its first write whenever another program writes,
// without waiting for it. PostgreSQL locks rows as they are written.
QString beginTransaction(SqlDialect dialect);

// A statement of the schema, written for SQLite, as `dialect` takes it:
// - "id INTEGER PRIMARY KEY [AUTOINCREMENT]" is an identity column, whose
//   sequence never hands out an id twice (PostgreSQL), as AUTOINCREMENT
// - every TEXT column compares and sorts bytewise (COLLATE "C"), as
//   SQLite's BINARY does, whatever collation the server's database has:
//   lists, documents and CSV files come out in the same order on both
// - REAL is a double (PostgreSQL's REAL has 24 bits), BLOB is BYTEA
// - an index "(column COLLATE NOCASE)" is one on lower(column).
QString ddl(SqlDialect dialect, const QString &sqliteStatement);

// `column` equals `value` (a placeholder) whatever the case of ASCII
// letters, as an email address compares; served by the index ddl() makes of
// "(column COLLATE NOCASE)".
QString equalsIgnoringCase(SqlDialect dialect, const QString &column, const QString &value);

// The beginning of an INSERT whose failure ends the statement without
// undoing the statement's earlier rows (SQLite's OR FAIL: no statement
// journal); the caller's transaction is rolled back on failure anyway.
QString insertInto(SqlDialect dialect, const QString &table);

// What ends a SELECT of rows that must stay as read until the transaction
// ends (nobody deletes them meanwhile): PostgreSQL's FOR SHARE. Nothing on
// SQLite, whose writing transaction holds the whole database.
QString keptUntilCommit(SqlDialect dialect);

// A subquery giving the integers of the JSON array bound to `placeholder`
// ("[3,5,8]"): any number of ids in one statement.
QString idsOfJsonArray(SqlDialect dialect, const QString &placeholder);

// A subquery giving the pairs (text, rank) of the JSON array bound to
// `placeholder` ('[["RVR Essen",0],["Śląsk",1]]'): an order that only the
// program can compute (folded letters), for a query to sort by.
QString rankedTextsOfJsonArray(SqlDialect dialect, const QString &placeholder);

// SELECT table name, column name of every table of ours, in the order the
// columns were made (without the engines' own tables).
QString tablesAndColumns(SqlDialect dialect);

// SELECT table, column, referenced table, ON DELETE action ("CASCADE",
// "SET NULL" …) of every foreign key of the schema.
QString foreignKeys(SqlDialect dialect);

// PostgreSQL: SELECT of `count` rows, each a new id taken from the
// sequence of `table`'s identity column (given out once, whatever other
// connections do).
QString reserveIds(const QString &table, int count);

// Statements that move the counter of `table`'s ids to at least `lastId`,
// after rows were inserted with ids of their own (a copy between engines).
QStringList keepIdsAbove(SqlDialect dialect, const QString &table, qint64 lastId);

// SELECT of one row, one column: the highest id `table` ever gave, deleted
// rows' too (0 when none).
QString lastGivenId(SqlDialect dialect, const QString &table);

} // namespace dialect
} // namespace ep
