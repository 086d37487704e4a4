#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace ep {

// The lowest id no row of `table` ever had: every id the database gives
// from now on is this or higher. -1 (with `error`) when the database cannot
// be read. Rows with this id or a higher one were made after the call.
qint64 nextUnusedId(const QSqlDatabase &db, const QString &table, QSqlError *error = nullptr);

// Ids for rows a bulk insert numbers itself (so that a participation can
// refer to a person not written yet), never one a row of `table` ever had:
// undo of a deletion, and every reference kept to a deleted record, would
// take a new row under the old id for it.
// - SQLite: counted on from nextUnusedId(), read inside the transaction
//   that inserts, which holds the write lock: nobody takes them meanwhile.
// - PostgreSQL: taken from the table's own sequence, a block at a time
//   (each twice the last, up to 4,096: a round trip per block, and few ids
//   lost to a small import), each given out once whatever other connections
//   do.
class NewIds final
{
public:
    NewIds(const QSqlDatabase &db, const QString &table);

    // The next id; -1 (with error()) when the database refused.
    qint64 take();
    QSqlError error() const { return m_error; }

private:
    static constexpr int largestBlock = 4096;
    int m_blockSize = 64;

    QSqlDatabase m_db;
    QString m_table;
    QList<qint64> m_reserved; // PostgreSQL: taken from the sequence, not given yet
    qint64 m_next = 0;        // SQLite: 0 until read
    QSqlError m_error;
};

} // namespace ep
