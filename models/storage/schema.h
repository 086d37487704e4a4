#pragma once

#include "storage/database.h"

#include <QMap>
#include <QSqlError>
#include <QStringList>

namespace ep::schema {

// The value of meta.application that marks a database as ours.
inline constexpr char applicationName[] = "exchange-planner";

// PostgreSQL: the channel on which the server announces every commit that
// changed a table of ours (LISTEN/NOTIFY); the payload names the table.
inline constexpr char changesChannel[] = "exchange_planner_changes";

// The schema version this build writes and understands.
int currentVersion();

// Brings a database of schema version `fromVersion` (0: empty) to
// currentVersion(). The caller runs it inside one transaction.
QSqlError migrate(QSqlDatabase &db, SqlDialect dialect, int fromVersion);

// Exactly the statements of one version, for tests that build a database of
// an older version (and for reading what each version changed).
QSqlError migrateOneStep(QSqlDatabase &db, SqlDialect dialect, int toVersion);

// The tables (without SQLite's own) and their columns, in the order they
// were created.
using TableColumns = QMap<QString, QStringList>;

// What `db` holds; nothing, with `error`, when it cannot be read.
TableColumns tablesOf(const QSqlDatabase &db, QSqlError *error = nullptr);

// The tables and columns a database of schema version `version` has, read
// from an empty database that migrate() brought to that version in memory:
// the migrations stay the one definition of the schema.
TableColumns expectedTables(int version);

// A digest of `tables` at schema version `version`. The program keeps the
// one of the tables an upgrade made in meta ("made_tables"): at the next
// open, the same digest of the file's tables shows that none went missing
// since, and expectedTables() (every migration replayed in memory, 20 ms
// at each start) is not needed.
QString tablesDigest(const TableColumns &tables, int version);
QString madeTablesDigest(const QSqlDatabase &db); // empty when none is kept
QSqlError keepMadeTablesDigest(const QSqlDatabase &db, const QString &digest);

// The database's own identity (a UUID written when it was created or
// migrated to version 4).
QString databaseIdentity(const QSqlDatabase &db);

// The table meta: one value per key. metaValue() is empty when the key is
// not there (or the query failed); setMetaValue() replaces what the key had.
QString metaValue(const QSqlDatabase &db, const QString &key);
QSqlError setMetaValue(const QSqlDatabase &db, const QString &key, const QString &value);
QSqlError removeMetaValue(const QSqlDatabase &db, const QString &key);

// Recomputes the search_text columns of the whole database.
QSqlError rebuildSearchText(QSqlDatabase &db);

} // namespace ep::schema
