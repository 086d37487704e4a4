#pragma once

#include "domain/attendance.h"
#include "domain/person.h"
#include "storage/versionedrows.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>

namespace ep {

// A person who signed blank rows of `sheets` (the first: the day they came
// on; at least one): already in the database, or
// new (id 0): then the one with the same email is taken, else the only one
// with the same name, else they are added. They become a participant who
// attended, unless they were one already.
struct WalkIn
{
    Person person;
    QList<AttendanceSheet> sheets;
};

// One entry of attendance: what the officer ticked and unticked against
// what they were shown, and the walk-ins they added.
struct AttendanceEntry
{
    int eventId = 0;
    QList<Presence> added;
    QList<Presence> removed;
    QList<WalkIn> walkIns;

    bool isEmpty() const { return added.isEmpty() && removed.isEmpty() && walkIns.isEmpty(); }
};

// A participant's status that an entry changed.
struct StatusChange
{
    int participationId = 0;
    int personId = 0;
    QString before;
    QString after;
};

// What AttendanceRepository::save() wrote, for undo and for the report.
struct AttendanceWrite
{
    SaveResult result;
    QList<int> walkIns;               // their people, in the order of AttendanceEntry::walkIns
    QList<int> createdPeople;         // the walk-ins new to the database
    QList<int> createdParticipations; // the walk-ins' participations
    QList<StatusChange> statuses;
};

// The signed sheets of events (tables attendance and walk_ins). An entry is
// written as a change against what the officer was shown — presences added
// and removed, not the whole sheet — so that a colleague's entry of the same
// sheet in between is kept; the statuses that follow are worked out from
// what is stored at the commit.
class AttendanceRepository final
{
public:
    explicit AttendanceRepository(QSqlDatabase db);

    // The tables, as schema version 20 makes them.
    static QStringList schemaStatements();

    EventAttendance load(int eventId, QSqlError *error = nullptr) const;

    // Writes `entry` and the participants' statuses that follow
    // (statusFromAttendance) in one transaction: all or nothing. Refused
    // (stale) when the event is gone.
    AttendanceWrite save(const AttendanceEntry &entry);

    // Takes back what `written` wrote for `entry`, in one transaction: the
    // presences, the walk-ins' participations (and their people, unless
    // someone changed them since), and each status this entry set and
    // nobody changed since; the statuses then follow what is stored.
    SaveResult undo(const AttendanceEntry &entry, const AttendanceWrite &written);

    // Marks the participant `personId` as someone who signed a blank row on
    // `day` (printed after the registered from then on), for the demo
    // programme; the window and the command add walk-ins through save().
    QSqlError markWalkIn(int eventId, int personId, QDate day) const;

private:
    QSqlError addPresence(int eventId, const Presence &presence) const;
    QSqlError addPresences(int eventId, int personId, const QList<AttendanceSheet> &sheets) const;
    QSqlError removePresence(int eventId, const Presence &presence) const;
    // The stored person `person` (not stored yet) is: the one with their
    // email, else the only one with their name; 0 when none is.
    int knownPerson(const Person &person, QSqlError *error) const;
    QSqlError addWalkIn(int eventId, const WalkIn &walkIn, AttendanceWrite &written) const;
    // Sets the statuses of the event's participants that the stored
    // attendance gives. `takenBack`: changes undone; a participation still
    // at the status such a change set starts from the one before it.
    QSqlError followAttendance(int eventId, const QList<StatusChange> &takenBack,
                               QList<StatusChange> *changes) const;

    QSqlDatabase m_db;
};

} // namespace ep
