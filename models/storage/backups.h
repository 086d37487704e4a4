#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ep {

// The copies of one database file that the planner keeps: the automatic
// ones, at most one a day, in the data folder's backups/ (a folder per
// database file: NAME-HASH/NAME-YYYY-MM-DD-HHMMSS.sqlite, the hash telling
// apart files of one name in different folders); the copy an upgrade wrote
// beside the file (upgradebackup.h); the database as it was before a
// restore, beside it too (restore.h).
class Backups final
{
    Q_DECLARE_TR_FUNCTIONS(Backups)

public:
    enum class Kind
    {
        Automatic,
        BeforeUpgrade,
        BeforeRestore
    };

    struct Copy
    {
        QString path;
        Kind kind = Kind::Automatic;
        QDateTime written; // when the copy was made, the computer's local time
        qint64 size = 0;
        int schemaVersion = 0;
        int events = 0;
        int people = 0;
        // Why the copy cannot be read (damaged, another program's); empty
        // when it can.
        QString problem;
    };

    struct Outcome
    {
        enum class Status
        {
            Written,
            NotDue, // a copy of today exists, or the database holds nothing
            Failed
        };
        Status status = Status::NotDue;
        QString path;             // the copy written
        QString message;          // Failed: one sentence for the user
        QStringList removedOlder; // the copies the rotation no longer keeps
    };

    // How many automatic copies stay: one for each of the newest days with
    // a copy, and before those, one for each of the newest weeks.
    static constexpr int dailyCopies = 7;
    static constexpr int weeklyCopies = 4;

    // The folder of the automatic copies of the database file `databasePath`.
    static QString folderFor(const QString &databasePath);

    // Which of the automatic copies written at `times` the rotation keeps
    // (as indexes into `times`): the newest copy of each of the 7 newest
    // days, and of the copies older than those, the newest of each of the 4
    // newest ISO weeks.
    static QList<qsizetype> kept(const QList<QDateTime> &times);

    // Writes an automatic copy of the database file `databasePath` (a
    // consistent one, also while the database is open) unless one was
    // written on the day of `now` or the database holds no data, then
    // removes the copies the rotation no longer keeps. Opens a connection of
    // its own: may run in a thread of its own.
    static Outcome backUpIfDue(const QString &databasePath, const QDateTime &now);
    // The same, written whether due or not (File › Backups › Back Up Now).
    static Outcome backUpNow(const QString &databasePath, const QDateTime &now);

    // Every copy of `databasePath` the planner kept, newest first, each
    // opened to count its events and people.
    static QList<Copy> list(const QString &databasePath);
    // One copy, opened to count its events and people: a backup the user
    // picked (its kind Automatic, its time the file's).
    static Copy describe(const QString &path, Kind kind = Kind::Automatic,
                         const QDateTime &written = {});

private:
    static Outcome backUp(const QString &databasePath, const QDateTime &now, bool onlyIfDue);
};

} // namespace ep
