// Attendance from the signed sheets (issue 17, item 1) as the storage keeps
// it, on both engines: an entry sets who attended and who stayed away; undo
// takes back exactly that entry, also after a colleague entered another day
// in between; walk-ins join the participants, print after the registered on
// later sheets, are matched to a stored person by email, and go again with
// undo; a sheet's numbering leaves out nobody whose attendance was entered;
// the hours of programme attended.

#include "export/signinorder.h"
#include "manywriters.h"
#include "storage/attendancerepository.h"
#include "storage/eventrepository.h"
#include "storage/sql.h"
#include "testdatabase.h"

#include <QTest>

using namespace ep;

namespace {

const QDate firstDay(2019, 8, 26);
const QDate secondDay(2019, 8, 27);

// The participants' statuses in the order of the sheet of `day`: "attended, no_show, …".
QStringList statusesOn(const QSqlDatabase &db, int eventId, QDate day = firstDay)
{
    const std::optional<EventDocument> document = EventDocument::load(db, eventId);
    QStringList statuses;
    for (const ParticipantRow &row : signInRows(*document, day))
        statuses.append(row.person.lastName % u':' % row.participation.status);
    return statuses;
}

// The people of the rows `numbers` (1-based) of the sheet of `day`, as present there.
QList<Presence> rowsOf(const QSqlDatabase &db, int eventId, QDate day, QList<int> numbers)
{
    const std::optional<EventDocument> document = EventDocument::load(db, eventId);
    const QList<ParticipantRow> rows = signInRows(*document, day);
    QList<Presence> presences;
    for (int number : numbers)
        presences.append({rows.at(number - 1).person.id, {day, 0}});
    return presences;
}

// Every row but the participations (whose versions count every write) and
// SQLite's counters of ids (which never go back).
QStringList rowsBesideParticipations(const QSqlDatabase &db)
{
    QStringList rows = test::everyRow(db);
    rows.removeIf([](const QString &row) {
        return row.startsWith(u"participations: "_qs) || row.startsWith(u"sqlite_sequence: "_qs);
    });
    return rows;
}

AttendanceWrite saved(const QSqlDatabase &db, const AttendanceEntry &entry)
{
    const AttendanceWrite written = AttendanceRepository(db).save(entry);
    if (!written.result.ok())
        qFatal("the attendance was not saved: %s",
               qPrintable(StaleMessages::explain(written.result, db)));
    return written;
}

} // namespace

class AttendanceTest final : public QObject
{
    Q_OBJECT

private slots:
    void aDayEnteredSetsAttendedAndNoShow();
    void undoTakesBackTheEntryAndTheStatuses();
    void aColleaguesDayEnteredInBetweenIsKept();
    void walkInsPrintAfterTheRegisteredAndGoWithUndo();
    void aWalkInWithAKnownEmailIsThatPerson();
    void aCancelledParticipantIsLeftAlone();
    void anEntryForADeletedEventChangesNothing();
    void hoursCountTheProgrammeOfTheDaysAttended();
};

void AttendanceTest::aDayEnteredSetsAttendedAndNoShow()
{
    test::TestDatabase db;
    const Event event = test::storedStudyVisit(db.connection(), 4);
    QCOMPARE(statusesOn(db.connection(), event.id),
             (QStringList{u"Number 001:registered"_qs, u"Number 002:registered"_qs,
                          u"Number 003:registered"_qs, u"Number 004:registered"_qs}));
    const AttendanceWrite written = saved(
        db.connection(), {event.id, rowsOf(db.connection(), event.id, firstDay, {1, 3}), {}, {}});
    QCOMPARE(written.statuses.size(), 4);
    QCOMPARE(statusesOn(db.connection(), event.id),
             (QStringList{u"Number 001:attended"_qs, u"Number 002:no_show"_qs,
                          u"Number 003:attended"_qs, u"Number 004:no_show"_qs}));
    // The second day: number 2 came after all.
    saved(db.connection(), {event.id, rowsOf(db.connection(), event.id, secondDay, {2}), {}, {}});
    QCOMPARE(statusesOn(db.connection(), event.id, secondDay),
             (QStringList{u"Number 001:attended"_qs, u"Number 002:attended"_qs,
                          u"Number 003:attended"_qs, u"Number 004:no_show"_qs}));
    const EventAttendance stored = AttendanceRepository(db.connection()).load(event.id);
    QCOMPARE(stored.presences.size(), 3);
    const int second = rowsOf(db.connection(), event.id, firstDay, {2}).first().personId;
    QCOMPARE(stored.daysAttended(second), QList<QDate>{secondDay});
}

void AttendanceTest::undoTakesBackTheEntryAndTheStatuses()
{
    test::TestDatabase db;
    const Event event = test::storedStudyVisit(db.connection(), 3);
    const QStringList before = rowsBesideParticipations(db.connection());
    const AttendanceEntry entry{event.id, rowsOf(db.connection(), event.id, firstDay, {2}), {}, {}};
    const AttendanceWrite written = saved(db.connection(), entry);
    QVERIFY(AttendanceRepository(db.connection()).undo(entry, written).ok());
    QCOMPARE(statusesOn(db.connection(), event.id),
             (QStringList{u"Number 001:registered"_qs, u"Number 002:registered"_qs,
                          u"Number 003:registered"_qs}));
    QVERIFY(AttendanceRepository(db.connection()).load(event.id).presences.isEmpty());
    // Only the versions of the participations tell that anything happened.
    // Nothing else changed but the participations' versions (and SQLite's counter of ids).
    QCOMPARE(rowsBesideParticipations(db.connection()), before);
}

void AttendanceTest::aColleaguesDayEnteredInBetweenIsKept()
{
    test::TestDatabase db;
    test::SecondConnection colleague(db.path());
    const Event event = test::storedStudyVisit(db.connection(), 3);
    // I enter the first day; a colleague enters the second meanwhile.
    const AttendanceEntry mine{
        event.id, rowsOf(db.connection(), event.id, firstDay, {1, 2}), {}, {}};
    const AttendanceWrite written = saved(db.connection(), mine);
    saved(colleague.connection(),
          {event.id, rowsOf(colleague.connection(), event.id, secondDay, {1}), {}, {}});
    QCOMPARE(statusesOn(db.connection(), event.id),
             (QStringList{u"Number 001:attended"_qs, u"Number 002:attended"_qs,
                          u"Number 003:no_show"_qs}));
    // Undoing mine leaves the colleague's day, and what it says of everyone.
    QVERIFY(AttendanceRepository(db.connection()).undo(mine, written).ok());
    QCOMPARE(statusesOn(db.connection(), event.id),
             (QStringList{u"Number 001:attended"_qs, u"Number 002:no_show"_qs,
                          u"Number 003:no_show"_qs}));
    const EventAttendance stored = AttendanceRepository(db.connection()).load(event.id);
    QCOMPARE(stored.presences.size(), 1);
    QCOMPARE(stored.presences.first().sheet.day, secondDay);
}

void AttendanceTest::walkInsPrintAfterTheRegisteredAndGoWithUndo()
{
    test::TestDatabase db;
    const Event event = test::storedStudyVisit(db.connection(), 2);
    const QStringList before = rowsBesideParticipations(db.connection());
    Person walkIn;
    walkIn.firstName = u"Aaron"_qs;
    walkIn.lastName = u"Aal"_qs; // first by name, yet after the registered
    const AttendanceEntry entry{event.id, {}, {}, {{walkIn, {{firstDay, 0}}}}};
    const AttendanceWrite written = saved(db.connection(), entry);
    QCOMPARE(written.createdPeople.size(), 1);
    QCOMPARE(written.createdParticipations.size(), 1);
    QCOMPARE(statusesOn(db.connection(), event.id, secondDay),
             (QStringList{u"Number 001:no_show"_qs, u"Number 002:no_show"_qs, u"Aal:attended"_qs}));
    QVERIFY(AttendanceRepository(db.connection()).undo(entry, written).ok());
    QCOMPARE(statusesOn(db.connection(), event.id),
             (QStringList{u"Number 001:registered"_qs, u"Number 002:registered"_qs}));
    QCOMPARE(sql::count(db.connection(), u"SELECT count(*) FROM people WHERE last_name = 'Aal'"_qs),
             0);
    QCOMPARE(rowsBesideParticipations(db.connection()), before);
}

void AttendanceTest::aWalkInWithAKnownEmailIsThatPerson()
{
    test::TestDatabase db;
    const Event event = test::storedStudyVisit(db.connection(), 1);
    const int known = test::storedPerson(db.connection(), u"Joanna"_qs, u"Leśniak"_qs);
    QVERIFY(!sql::run(db.connection(),
                      u"UPDATE people SET email = 'j.lesniak@katowice.example.org'"
                      u" WHERE id = :id"_qs,
                      {{u":id"_qs, known}})
                 .isValid());
    Person walkIn;
    walkIn.firstName = u"Joanna"_qs;
    walkIn.lastName = u"Lesniak"_qs; // typed without the accent
    walkIn.email = u"J.Lesniak@Katowice.example.org"_qs;
    const AttendanceWrite written =
        saved(db.connection(), {event.id, {}, {}, {{walkIn, {{firstDay, 0}}}}});
    QVERIFY(written.createdPeople.isEmpty());
    QCOMPARE(written.walkIns, QList<int>{known});
    QCOMPARE(sql::count(db.connection(),
                        u"SELECT count(*) FROM participations WHERE person_id = :id"
                        u" AND status = 'attended'"_qs,
                        {{u":id"_qs, known}}),
             1);
}

void AttendanceTest::aCancelledParticipantIsLeftAlone()
{
    test::TestDatabase db;
    Event event = test::storedStudyVisit(db.connection(), 3);
    EventRepository events(db.connection());
    const Event loaded = *events.load(event.id);
    Event changed = loaded;
    changed.participants[2].status = u"cancelled"_qs; // Number 003
    QVERIFY(events.save(changed, loaded).ok());
    saved(db.connection(), {event.id, rowsOf(db.connection(), event.id, firstDay, {1}), {}, {}});
    QCOMPARE(statusesOn(db.connection(), event.id),
             (QStringList{u"Number 001:attended"_qs, u"Number 002:no_show"_qs}));
    QCOMPARE(sql::count(db.connection(),
                        u"SELECT count(*) FROM participations WHERE status = 'cancelled'"_qs),
             1);
}

void AttendanceTest::anEntryForADeletedEventChangesNothing()
{
    test::TestDatabase db;
    const Event event = test::storedStudyVisit(db.connection(), 2);
    const QList<Presence> present = rowsOf(db.connection(), event.id, firstDay, {1});
    QVERIFY(!EventRepository(db.connection()).remove(event.id).isValid());
    const QStringList before = test::everyRow(db.connection());
    Person walkIn;
    walkIn.lastName = u"Nowy"_qs;
    const AttendanceWrite written = AttendanceRepository(db.connection())
                                        .save({event.id, present, {}, {{walkIn, {{firstDay, 0}}}}});
    QVERIFY(!written.result.ok());
    QCOMPARE(written.result.stale.size(), 1);
    QCOMPARE(test::everyRow(db.connection()), before);
}

void AttendanceTest::hoursCountTheProgrammeOfTheDaysAttended()
{
    Event event;
    event.startDate = firstDay;
    event.endDate = secondDay;
    const auto item = [](int id, QDate day, QTime start, QTime end, const char *kind) {
        AgendaItem each;
        each.id = id;
        each.day = day;
        each.start = start;
        each.end = end;
        each.kind = QString::fromLatin1(kind);
        return each;
    };
    event.agenda = {item(1, firstDay, QTime(9, 0), QTime(12, 0), "talk"),
                    // two groups at once count once: 12:00 to 13:30
                    item(2, firstDay, QTime(11, 0), QTime(13, 0), "workshop"),
                    item(3, firstDay, QTime(12, 30), QTime(13, 30), "workshop"),
                    item(4, secondDay, QTime(10, 0), QTime(12, 0), "site_visit"),
                    item(5, secondDay, QTime(14, 0), QTime(15, 0), "talk"),
                    // lunch is no programme
                    item(6, secondDay, QTime(12, 0), QTime(13, 0), "meal")};
    EventAttendance attendance;
    attendance.presences = {{7, {firstDay, 0}}, {7, {secondDay, 0}}, {8, {secondDay, 4}}};
    // Person 7: all of day one (4.5 h), day two without the visit they did not sign for.
    QCOMPARE(hoursAttended(event, 7, attendance), 5.5);
    QCOMPARE(hoursAttended(event, 8, attendance), 3.0);
    QCOMPARE(hoursAttended(event, 9, attendance), 0.0);
    QCOMPARE(attendance.visitsAttended(8), QList<int>{4});
}

QTEST_GUILESS_MAIN(AttendanceTest)
#include "tst_attendance.moc"
