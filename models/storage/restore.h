#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace ep {

// Brings a database file back to what a backup holds. The backup is
// checked first (a planner database this planner reads, SQLite's integrity
// check); the database is taken for this process alone, which fails while
// another window or program has it open; the database as it was is kept
// beside it (NAME.before-restore-YYYY-MM-DD.sqlite, 0600); then SQLite's
// online backup writes the copy's pages into the database in one
// transaction. The file stays the same file (its mode, its links), and a
// failure at any step leaves it as it was.
class Restore final
{
    Q_DECLARE_TR_FUNCTIONS(Restore)

public:
    struct Outcome
    {
        enum class Status
        {
            Restored,
            BadBackup,   // not a planner database, newer, damaged, missing
            BadDatabase, // the database to replace is another program's file
            InUse,       // another window or program has the database open
            Failed       // the copy kept or the restore could not be written
        };
        Status status = Status::Restored;
        QString message;       // one sentence for the user
        QString keptPath;      // the database as it was; empty when there was none
        int backupVersion = 0; // the backup's schema version
        bool ok() const { return status == Status::Restored; }
    };

    // Where the database `databasePath` as it was before a restore on `day`
    // is kept: a name taken by no file.
    static QString keptPathFor(const QString &databasePath, QDate day);

    // Restores `backupPath` into the database file `databasePath`; one that
    // does not exist yet is made from the backup.
    static Outcome fromBackup(const QString &backupPath, const QString &databasePath, QDate today);
};

} // namespace ep
