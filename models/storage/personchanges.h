#pragma once

#include "domain/localizedtext.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>

namespace ep {

class DocumentLanguage;

// Who changed a person's data, and when (the GDPR's accountability, Art. 5(2)):
// each planner connection records every change to a person's record and
// their participations — created, which fields changed, registered for an
// event, a participation changed or removed — with the time and the acting
// user (actingUser()), never the values. On a database file each
// connection's own temporary triggers record what the planner writes with
// its user's name; a program without them (an SQLite shell) records
// nothing. On a team server the schema's triggers record every writer under
// its database role. The rows go with the person (an erasure takes them).
class PersonChanges final
{
public:
    enum class Action
    {
        Created,
        Changed,
        Registered,           // a participation added
        ParticipationChanged, // its role, status, needs …
        Unregistered          // a participation removed
    };

    struct Change
    {
        QDateTime at; // UTC
        QString by;
        Action action = Action::Changed;
        QStringList fields;       // the columns changed, by their names
        int eventId = 0;          // of a participation; 0: none, or deleted since
        LocalizedText eventTitle; // of a participation
    };

    // Schema version 14: the table, and on PostgreSQL its triggers.
    static QSqlError addToSchema(QSqlDatabase &db);

    // Makes the SQLite connection `db` record what it writes under
    // `user`'s name, for as long as it is open (temporary triggers).
    static QSqlError recordOnConnection(const QSqlDatabase &db, const QString &user);

    // A bulk writer (an import) pauses the per-row recording of inserts on
    // its connection for its transaction, and records the rows it inserted
    // set-based (recordInserted()): two inserts per imported row through
    // triggers cost more than the import's own writing. Changes to stored
    // rows are still recorded row by row.
    static QSqlError pauseInsertRecording(const QSqlDatabase &db);
    static QSqlError resumeInsertRecording(const QSqlDatabase &db);
    // Records `action` (Created, Registered) for each of `personIds`, with
    // `eventId` (0: none), in one statement.
    static QSqlError recordInserted(const QSqlDatabase &db, Action action,
                                    const QList<qint64> &personIds, int eventId);

    // Stops `db` recording changes for as long as it is open: a whole
    // database copied (DatabaseCopy) brings its own record along.
    static QSqlError stopRecording(const QSqlDatabase &db);

    // The person's changes, newest first.
    static QList<Change> of(const QSqlDatabase &db, int personId, QSqlError *error = nullptr);

    // "Changed: Email, Phone" / "Registered for Study visit …" in
    // `language`: the window's, or a person's data export's.
    static QString describe(const Change &change, const DocumentLanguage &language);
    // "created", "changed" …, as stored and exported.
    static QString actionCode(Action action);
};

} // namespace ep
