#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace ep {

// The SQL that differs between the two engines is chosen by this, in
// schema.cpp; everything else is written once for both.
enum class SqlDialect
{
    SQLite,
    PostgreSQL
};

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
        CannotOpen,         // missing folder, no permission, server unreachable
        NotADatabase,       // not SQLite at all, or damaged
        ForeignDatabase,    // a database, but another program's
        NewerSchema,        // written by a newer Exchange Planner
        Damaged,            // ours, but a table or column of its version is missing
        MigrationFailed,    // an upgrade step failed; nothing was changed
        UnsupportedLocation // e.g. a PostgreSQL URL, which this version cannot open yet
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

    OpenResult open(const QString &location);
    void close();
    bool isOpen() const;

    QSqlDatabase connection() const;
    QString location() const { return m_location; }
    SqlDialect dialect() const { return SqlDialect::SQLite; }
    int schemaVersion() const;

    // True when no organisation, person, topic, site or event is stored.
    bool holdsNoData() const;

    // Whether `path` is the open database's file (or its write-ahead log,
    // shared memory or journal), under whatever spelling: a relative path,
    // a symbolic link, a hard link.
    bool isOwnFile(const QString &path) const;

    // Writes a consistent copy of the whole database to `path`; refused
    // when `path` exists or is the database's own file (isOwnFile()).
    QSqlError backupTo(const QString &path) const;

    // One sentence for the user on a query on `db` that failed: the table or
    // column that is missing (a file edited by hand), another program
    // holding the database, or the database's own words.
    static QString describeFailure(const QSqlDatabase &db, const QSqlError &error);

    // The default database: a file in the user's data folder.
    static QString defaultLocation();

private:
    OpenResult openSqliteFile(const QString &path);
    OpenResult checkExisting(const QString &path);
    OpenResult checkTables(const QString &path, int version);
    OpenResult upgrade(int fromVersion, const QString &path);

    QString m_connectionName;
    QString m_location;
};

} // namespace ep
