#include "storage/attendancerepository.h"

#include "export/logistics.h"
#include "storage/recordrepository.h"
#include "storage/records.h"
#include "storage/removalsnapshot.h"
#include "storage/sql.h"
#include "storage/sqldialect.h"
#include "storage/transaction.h"

#include <QSet>
#include <QSqlQuery>

namespace ep {
namespace {

using sql::Binding;

QList<Binding> presenceBindings(int eventId, const Presence &presence)
{
    return {{QStringLiteral(":event"), eventId},
            {QStringLiteral(":person"), presence.personId},
            {QStringLiteral(":day"), sql::dateText(presence.sheet.day)},
            {QStringLiteral(":item"), presence.sheet.agendaItemId}};
}

// The days of the event `participation` is on the sheets of.
QList<QDate> expectedDays(const Event &event, const Participation &participation)
{
    QList<QDate> days;
    const QDate last = event.endDate.isValid() ? event.endDate : event.startDate;
    for (QDate day = event.startDate; day.isValid() && day <= last; day = day.addDays(1)) {
        if (logistics::presentOn(participation, day))
            days.append(day);
    }
    return days;
}

} // namespace

AttendanceRepository::AttendanceRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

QStringList AttendanceRepository::schemaStatements()
{
    return {
        QStringLiteral("CREATE TABLE attendance (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,"
                       " person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,"
                       " day TEXT NOT NULL,"
                       " agenda_item_id INTEGER NOT NULL DEFAULT 0)"),
        // agenda_item_id 0: the day's sheet. No foreign key for it (0 is no
        // row); a deleted site visit's rows go with its agenda item by the
        // trigger-free rule that load() reads only the event's own items.
        QStringLiteral("CREATE UNIQUE INDEX attendance_sheet"
                       " ON attendance (event_id, day, agenda_item_id, person_id)"),
        QStringLiteral("CREATE INDEX attendance_person ON attendance (person_id)"),
        QStringLiteral("CREATE TABLE walk_ins (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,"
                       " person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,"
                       " day TEXT NOT NULL,"
                       " UNIQUE (event_id, person_id))"),
        QStringLiteral("CREATE INDEX walk_ins_person ON walk_ins (person_id)"),
    };
}

EventAttendance AttendanceRepository::load(int eventId, QSqlError *error) const
{
    EventAttendance attendance;
    const QList<Binding> event{{QStringLiteral(":event"), eventId}};
    QSqlQuery query(m_db);
    // A visit's sheet counts while its agenda item is there.
    QSqlError failed =
        sql::run(query,
                 QStringLiteral("SELECT a.person_id, a.day, a.agenda_item_id FROM attendance a"
                                " WHERE a.event_id = :event AND (a.agenda_item_id = 0 OR EXISTS"
                                " (SELECT 1 FROM agenda_items i WHERE i.id = a.agenda_item_id"
                                " AND i.event_id = a.event_id))"
                                " ORDER BY a.day, a.agenda_item_id, a.person_id"),
                 event);
    while (!failed.isValid() && query.next()) {
        attendance.presences.append(
            {query.value(0).toInt(), {sql::dateFrom(query.value(1)), query.value(2).toInt()}});
    }
    if (!failed.isValid()) {
        attendance.walkIns = sql::ids(
            m_db,
            QStringLiteral("SELECT person_id FROM walk_ins WHERE event_id = :event ORDER BY id"),
            event, &failed);
    }
    if (error)
        *error = failed;
    return failed.isValid() ? EventAttendance() : attendance;
}

QSqlError AttendanceRepository::addPresence(int eventId, const Presence &presence) const
{
    return sql::run(
        m_db,
        QStringLiteral("INSERT INTO attendance (event_id, person_id, day, agenda_item_id)"
                       " VALUES (:event, :person, :day, :item) ON CONFLICT DO NOTHING"),
        presenceBindings(eventId, presence));
}

QSqlError AttendanceRepository::addPresences(int eventId, int personId,
                                             const QList<AttendanceSheet> &sheets) const
{
    for (const AttendanceSheet &sheet : sheets) {
        if (const QSqlError error = addPresence(eventId, {personId, sheet}); error.isValid())
            return error;
    }
    return {};
}

QSqlError AttendanceRepository::removePresence(int eventId, const Presence &presence) const
{
    return sql::run(m_db,
                    QStringLiteral("DELETE FROM attendance WHERE event_id = :event"
                                   " AND person_id = :person AND day = :day"
                                   " AND agenda_item_id = :item"),
                    presenceBindings(eventId, presence));
}

int AttendanceRepository::knownPerson(const Person &person, QSqlError *error) const
{
    if (!person.email.trimmed().isEmpty()) {
        const QList<int> byEmail =
            sql::ids(m_db,
                     u"SELECT id FROM people WHERE "_qs %
                         dialect::equalsIgnoringCase(dialectOf(m_db), u"email"_qs, u":email"_qs) %
                         u" ORDER BY id"_qs,
                     {{QStringLiteral(":email"), person.email.trimmed()}}, error);
        if (!byEmail.isEmpty() || (error && error->isValid()))
            return byEmail.value(0);
    }
    const QList<int> byName =
        sql::ids(m_db,
                 u"SELECT id FROM people WHERE "_qs %
                     dialect::equalsIgnoringCase(dialectOf(m_db), u"first_name"_qs, u":first"_qs) %
                     u" AND "_qs %
                     dialect::equalsIgnoringCase(dialectOf(m_db), u"last_name"_qs, u":last"_qs),
                 {{QStringLiteral(":first"), person.firstName.trimmed()},
                  {QStringLiteral(":last"), person.lastName.trimmed()}},
                 error);
    return byName.size() == 1 ? byName.first() : 0;
}

QSqlError AttendanceRepository::addWalkIn(int eventId, const WalkIn &walkIn,
                                          AttendanceWrite &written) const
{
    Person person = walkIn.person;
    if (person.id == 0) {
        QSqlError error;
        person.id = knownPerson(person, &error);
        if (error.isValid())
            return error;
    }
    if (person.id == 0) {
        const SaveResult created = rows::insert(m_db, person);
        if (!created.ok())
            return StaleMessages::asError(created);
        written.createdPeople.append(person.id);
    }
    written.walkIns.append(person.id);
    QSqlError error;
    const QList<Participation> existing = rows::loadAll<Participation>(
        m_db, QStringLiteral("WHERE event_id = :event AND person_id = :person"),
        {{QStringLiteral(":event"), eventId}, {QStringLiteral(":person"), person.id}}, &error);
    if (error.isValid())
        return error;
    if (!existing.isEmpty() && statusFollowsAttendance(existing.first().status)) {
        // On the sheets already (under another day, say): no walk-in.
        return addPresences(eventId, person.id, walkIn.sheets);
    }
    if (existing.isEmpty()) {
        Participation participation;
        participation.personId = person.id;
        participation.status = QStringLiteral("attended");
        const SaveResult added =
            rows::insert(m_db, participation, {{QStringLiteral(":event_id"), eventId}});
        if (!added.ok())
            return StaleMessages::asError(added);
        written.createdParticipations.append(participation.id);
    } else {
        // Cancelled or waiting, and came all the same.
        const Participation &participation = existing.first();
        error = sql::run(m_db,
                         QStringLiteral("UPDATE participations SET status = 'attended',"
                                        " version = version + 1 WHERE id = :id"),
                         {{QStringLiteral(":id"), participation.id}});
        if (error.isValid())
            return error;
        written.statuses.append(
            {participation.id, person.id, participation.status, QStringLiteral("attended")});
    }
    if ((error = markWalkIn(eventId, person.id, walkIn.sheets.value(0).day)).isValid())
        return error;
    return addPresences(eventId, person.id, walkIn.sheets);
}

QSqlError AttendanceRepository::markWalkIn(int eventId, int personId, QDate day) const
{
    return sql::run(m_db,
                    QStringLiteral("INSERT INTO walk_ins (event_id, person_id, day)"
                                   " VALUES (:event, :person, :day) ON CONFLICT DO NOTHING"),
                    {{QStringLiteral(":event"), eventId},
                     {QStringLiteral(":person"), personId},
                     {QStringLiteral(":day"), sql::dateText(day)}});
}

QSqlError AttendanceRepository::followAttendance(int eventId, const QList<StatusChange> &takenBack,
                                                 QList<StatusChange> *changes) const
{
    QSqlError error;
    const std::optional<Event> event = rows::load<Event>(m_db, eventId);
    if (!event)
        return error;
    const QList<Participation> participants = rows::loadAll<Participation>(
        m_db, QStringLiteral("WHERE event_id = :id"), {{QStringLiteral(":id"), eventId}}, &error);
    if (error.isValid())
        return error;
    const EventAttendance attendance = load(eventId, &error);
    if (error.isValid())
        return error;
    // Who signed anything, and which days have entered sheets: once, not per participant.
    QSet<int> signedAny;
    QSet<QDate> enteredDays;
    for (const Presence &presence : attendance.presences) {
        signedAny.insert(presence.personId);
        enteredDays.insert(presence.sheet.day);
    }
    QHash<int, const StatusChange *> undone;
    for (const StatusChange &change : takenBack)
        undone.insert(change.participationId, &change);
    QHash<QString, QList<int>> byStatus; // the participations to set to each status
    for (const Participation &participation : participants) {
        QString start = participation.status;
        if (const StatusChange *change = undone.value(participation.id);
            change && change->after == start) {
            start = change->before;
        }
        const QList<QDate> expected = expectedDays(*event, participation);
        const bool expectedDayEntered =
            std::any_of(expected.cbegin(), expected.cend(),
                        [&enteredDays](QDate day) { return enteredDays.contains(day); });
        const QString status = statusFromAttendance(
            start, signedAny.contains(participation.personId), expectedDayEntered);
        if (status == participation.status)
            continue;
        byStatus[status].append(participation.id);
        if (changes) {
            changes->append(
                {participation.id, participation.personId, participation.status, status});
        }
    }
    // One statement per status set, however many participants.
    for (auto each = byStatus.cbegin(); each != byStatus.cend(); ++each) {
        error = sql::run(m_db,
                         u"UPDATE participations SET status = :status, version = version + 1"
                         u" WHERE id IN ("_qs %
                             dialect::idsOfJsonArray(dialectOf(m_db), u":ids"_qs) % u')',
                         {{QStringLiteral(":status"), each.key()},
                          {QStringLiteral(":ids"), sql::idArray(each.value())}});
        if (error.isValid())
            return error;
    }
    return {};
}

AttendanceWrite AttendanceRepository::save(const AttendanceEntry &entry)
{
    AttendanceWrite written;
    Transaction transaction(m_db);
    const auto failed = [&written](const QSqlError &error) {
        written = AttendanceWrite{SaveResult::failed(error), {}, {}, {}, {}};
        return written;
    };
    if (!transaction.isActive())
        return failed(transaction.error());
    QSqlError error;
    if (!sql::rowExists(m_db, QStringLiteral("events"), entry.eventId, &error)) {
        if (error.isValid())
            return failed(error);
        written.result.stale.append({QStringLiteral("events"), entry.eventId, true});
        return written;
    }
    for (const Presence &presence : entry.removed) {
        if ((error = removePresence(entry.eventId, presence)).isValid())
            return failed(error);
    }
    for (const Presence &presence : entry.added) {
        if ((error = addPresence(entry.eventId, presence)).isValid())
            return failed(error);
    }
    for (const WalkIn &walkIn : entry.walkIns) {
        if ((error = addWalkIn(entry.eventId, walkIn, written)).isValid())
            return failed(error);
    }
    if ((error = followAttendance(entry.eventId, {}, &written.statuses)).isValid())
        return failed(error);
    if (!transaction.commit())
        return failed(transaction.error());
    return written;
}

SaveResult AttendanceRepository::undo(const AttendanceEntry &entry, const AttendanceWrite &written)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return SaveResult::failed(transaction.error());
    QSqlError error;
    for (const Presence &presence : entry.added) {
        if ((error = removePresence(entry.eventId, presence)).isValid())
            return SaveResult::failed(error);
    }
    for (const Presence &presence : entry.removed) {
        if ((error = addPresence(entry.eventId, presence)).isValid())
            return SaveResult::failed(error);
    }
    for (int participation : written.createdParticipations) {
        error = sql::run(m_db, QStringLiteral("DELETE FROM participations WHERE id = :id"),
                         {{QStringLiteral(":id"), participation}});
        if (error.isValid())
            return SaveResult::failed(error);
    }
    for (qsizetype index = 0; index < written.walkIns.size() && index < entry.walkIns.size();
         ++index) {
        const int person = written.walkIns[index];
        for (const AttendanceSheet &sheet : entry.walkIns[index].sheets) {
            if ((error = removePresence(entry.eventId, {person, sheet})).isValid())
                return SaveResult::failed(error);
        }
        error = sql::run(
            m_db,
            QStringLiteral("DELETE FROM walk_ins WHERE event_id = :event"
                           " AND person_id = :person"),
            {{QStringLiteral(":event"), entry.eventId}, {QStringLiteral(":person"), person}});
        if (error.isValid())
            return SaveResult::failed(error);
    }
    // The walk-ins' people, unless someone wrote to them since (version 1
    // as created) or they take part in something else now.
    for (int person : written.createdPeople) {
        const QList<Binding> byId{{QStringLiteral(":id"), person}};
        if (sql::count(m_db,
                       QStringLiteral("SELECT count(*) FROM participations WHERE person_id = :id"),
                       byId, &error) > 0 ||
            error.isValid()) {
            if (error.isValid())
                return SaveResult::failed(error);
            continue;
        }
        const SaveResult removed = removal::remove(m_db, QStringLiteral("people"), person, 1);
        if (removed.error.isValid())
            return removed;
    }
    if ((error = followAttendance(entry.eventId, written.statuses, nullptr)).isValid())
        return SaveResult::failed(error);
    if (!transaction.commit())
        return SaveResult::failed(transaction.error());
    return {};
}

} // namespace ep
