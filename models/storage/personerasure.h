#pragma once

#include "storage/backups.h"
#include "storage/eventlink.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>

#include <optional>

namespace ep {

// Erasing a person on request (GDPR Art. 17): the record, every
// participation with its needs, every role as organiser, host or a site's
// contact, in one transaction; then what the file keeps of deleted rows —
// SQLite's free pages (secure_delete, set here whatever SQLite was built
// with), the search index's old entries, the write-ahead log's copies of
// earlier pages — and, on a team server, the old row versions (VACUUM).
// What stays: each event counts the participants erased since
// (events.erased_participants), and the privacy log that a person was
// erased, when and by whom, never whom.
class PersonErasure final
{
    Q_DECLARE_TR_FUNCTIONS(PersonErasure)

public:
    // What erasing the person takes with them, read before asking.
    struct Plan
    {
        int personId = 0;
        QString name; // "Dr. Jürgen Müller", for the question only
        QString email;
        QList<EventLink> events; // the person's part in each, newest first
        int participations = 0;
        int organiserRoles = 0;
        int hostRoles = 0;
        int siteContacts = 0;
    };

    struct Result
    {
        QSqlError error; // valid: nothing was erased
        // What could not be cleaned from the file or server after the
        // erasure committed, as a sentence; empty when everything was.
        QString leftover;
        bool ok() const { return !error.isValid(); }
    };

    static std::optional<Plan> plan(const QSqlDatabase &db, int personId, QSqlError *error);
    // Sentences, one per kind of row, of what the erasure removes.
    static QStringList describe(const Plan &plan);
    // What the planner keeps or cannot reach, for the question and the report.
    static QStringList whatStays();

    static Result erase(const QSqlDatabase &db, const Plan &plan);

    // The copies the planner kept of the database file `databasePath`
    // (Backups::list) that still hold the person: an erasure does not reach
    // into backups, and the office names them in its answer.
    static QList<Backups::Copy> backupsHolding(const QString &databasePath, const Plan &plan);
};

} // namespace ep
