#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace ep {

// The id the database gives the next row inserted into `table` without one:
// above every id the table ever held, deleted ones too (SQLite keeps the
// highest of an AUTOINCREMENT table in sqlite_sequence). A bulk insert that
// numbers its rows itself starts here, so that it never hands out a deleted
// record's id again (undo of that deletion, and every reference kept to the
// old record, would take the new one for it). Read inside the transaction
// that inserts: it holds the write lock, so nobody takes the ids meanwhile.
// -1 (with `error`) when the database cannot be read.
qint64 nextUnusedId(const QSqlDatabase &db, const QString &table, QSqlError *error = nullptr);

} // namespace ep
