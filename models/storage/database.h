#pragma once

#include "storage/sqldialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace ep {

// Owns one connection to an Exchange Planner database and brings its schema
// up to date on open(). A file that is not an Exchange Planner database, or
// one written by a newer version, is refused and left byte for byte as it was.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Status
    {
        Ok,
        CannotOpen,      // missing folder, no permission, server unreachable
        NotADatabase,    // not SQLite at all, or damaged
        ForeignDatabase, // a database, but another program's
        NewerSchema,     // written by a newer Exchange Planner
        Damaged,         // ours, but a table or column of its version is missing
        MigrationFailed, // an upgrade step failed; nothing was changed
        BadLocation,     // a server address libpq does not read
        NeedsPassword,   // the server asks for a password libpq was not given
        PasswordRefused  // the server refused the user or the password
    };

    struct OpenResult
    {
        Status status = Status::Ok;
        QString message;      // one sentence for the user; empty when Ok
        int migratedFrom = 0; // schema version before the upgrade; 0: none
        QString backupPath;   // copy written before the upgrade

        bool ok() const { return status == Status::Ok; }
    };

    Database();
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // Opens the database file at `location`, or the team database on the
    // PostgreSQL server a `postgresql://` URI names (ServerLocation). A
    // `password` (asked for by the window) is only held in memory; without
    // one libpq's own sources serve: ~/.pgpass, PGPASSWORD, a service file.
    OpenResult open(const QString &location, const QString &password = {});
    void close();
    bool isOpen() const;
    // Opens the database file at `path` to look at it, as a backup is
    // before it is listed or restored: checked as open() checks it (a
    // planner database, not newer than this planner, its tables), but never
    // upgraded nor written; an older version's copy stays at its version
    // (schemaVersion()).
    OpenResult openToRead(const QString &path);

    QSqlDatabase connection() const;
    // The file's absolute path, or the server's URI without a password: what
    // may be remembered and shown.
    QString location() const { return m_location; }
    SqlDialect dialect() const { return dialectOf(connection()); }
    bool isServer() const { return dialect() == SqlDialect::PostgreSQL; }
    // A team database: whether the connection to the server stands (a
    // server restarted or a network gone breaks it; libpq's status). A
    // database file is always connected.
    bool isConnected() const;
    // A team database: connects again, with the same parameters and
    // password, after the connection broke; true when it stands again.
    // Listening for others' commits must be renewed (ExternalChanges).
    bool reconnect();

    // Whether this connection may change the records: false for a role the
    // server lets only read (or a server in read-only mode).
    bool mayWrite() const;
    int schemaVersion() const;

    // True when no organisation, person, topic, site or event is stored.
    bool holdsNoData() const;

    // Whether `path` is the open database's file (or its write-ahead log,
    // shared memory or journal), under whatever spelling: a relative path,
    // a symbolic link, a hard link.
    bool isOwnFile(const QString &path) const;

    // Writes a consistent copy of the whole database to `path`, a planner
    // database file (a team database's: from one repeatable-read snapshot);
    // refused when `path` exists or is the database's own file (isOwnFile()).
    QSqlError backupTo(const QString &path) const;

    // One sentence for the user on a query on `db` that failed: the table or
    // column that is missing (a file edited by hand), another program
    // holding the database, or the database's own words.
    static QString describeFailure(const QSqlDatabase &db, const QSqlError &error);

    // The database in messages: the file's native path, or the server's
    // "user@host:port/database".
    static QString displayLocation(const QSqlDatabase &db);

    // The default database: a file in the user's data folder.
    static QString defaultLocation();

    // The database file `path` and the files SQLite keeps beside it: its
    // write-ahead log, shared memory and rollback journal.
    static QStringList fileWithCompanions(const QString &path);

private:
    OpenResult openSqliteFile(const QString &path);
    OpenResult openServer(const QString &location, const QString &password);
    OpenResult checkExisting(const QString &path);
    OpenResult checkTables(const QString &path, int version);
    OpenResult upgrade(int fromVersion, const QString &path);
    QSqlError copyServerTo(const QString &path) const;

    QString m_connectionName;
    QString m_location;
};

} // namespace ep
