#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlError;
class QSqlDatabase;

namespace ep {

// What keeps a database file from being read or written, in the terms a user
// can act on: another program holds it, it or its folder is read-only, no
// permission, a full disk. SQLite reports all of these as a failed statement;
// without this they read as "not an Exchange Planner database" or as a
// problem of the row an import was writing.
struct StorageProblem
{
    enum class Cause
    {
        None,
        InUse,            // another program holds the lock longer than we wait
        ReadOnly,         // the file, its folder or the file system cannot be written
        PermissionDenied, // the file or its folder may not be read
        DiskFull,
        ConnectionLost, // the team database's server is not reachable (any more)
        NotADatabase,   // damaged, encrypted, or not SQLite at all
        Other,
    };

    Cause cause = Cause::None;
    QString message; // one sentence naming the database file; empty for None

    bool isStorageCause() const
    {
        return cause == Cause::InUse || cause == Cause::ReadOnly ||
               cause == Cause::PermissionDenied || cause == Cause::DiskFull ||
               cause == Cause::ConnectionLost;
    }
};

class StorageProblems final
{
    Q_DECLARE_TR_FUNCTIONS(StorageProblems)

public:
    // The problem behind SQLite's result code `sqliteCode` (primary or
    // extended) on the database file at `path`; `detail` is SQLite's own
    // message, used where no cause is known.
    static StorageProblem of(int sqliteCode, const QString &path, const QString &detail);
    // The same for an error from Qt's driver (its native code is SQLite's).
    static StorageProblem of(const QSqlError &error, const QString &path);
    // The problem behind a failure on `db`, of either engine: `code` is the
    // driver's native code (SQLite's result code, PostgreSQL's SQLSTATE).
    static StorageProblem of(const QSqlDatabase &db, const QString &code, const QString &detail);
    static StorageProblem of(const QSqlDatabase &db, const QSqlError &error);
    // PostgreSQL: the problem behind SQLSTATE `state` on the team database
    // `name` ("user@host/database"). A connection that broke has no state:
    // libpq's words (`detail`) tell.
    // The file at `path` may not be read or opened: why, as far as its and
    // its folder's permissions tell.
    static StorageProblem permissionDenied(const QString &path, const QString &detail);

    static StorageProblem ofServer(const QString &state, const QString &name,
                                   const QString &detail);

private:
    static StorageProblem readOnly(const QString &path);
};

} // namespace ep
