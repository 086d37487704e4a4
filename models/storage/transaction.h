#pragma once

#include <QSqlDatabase>
#include <QSqlError>

namespace ep {

// Begins a transaction on construction and rolls it back on destruction
// unless commit() succeeded: every multi-row change is all or nothing, also
// when a function returns early on an error.
//
// Transactions nest: one begun while another is open on the same connection
// becomes a savepoint, so a repository's save() is atomic on its own and
// still part of a larger change (the demo programme, an import).
//
// The outermost one takes SQLite's write lock when it begins (BEGIN
// IMMEDIATE): it waits for another program's write to end (the connection's
// busy timeout) and then holds the database, so what it reads stays true
// until it commits. A database still busy after the wait gives an error that
// sql::isBusy() recognises.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    bool isActive() const { return m_active; }
    QSqlError error() const { return m_error; }
    bool commit();

private:
    void rollback();

    QSqlDatabase m_db;
    int m_depth = 0; // 0: the outermost transaction
    bool m_active = false;
    QSqlError m_error;
};

} // namespace ep
