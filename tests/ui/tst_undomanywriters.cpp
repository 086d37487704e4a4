// Undo and redo of the window's saves and deletions while another program
// writes to the same file (issue 11, items 1 to 3): undo writes back only
// what the window's change changed, is refused with a message when another
// writer changed the record since, and never overwrites a record another
// writer added.

#include "editing/recordchanges.h"
#include "editing/undoablechange.h"
#include "manywriters.h"
#include "storage/eventrepository.h"
#include "storage/personrepository.h"
#include "testdatabase.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace ep;

class UndoManyWritersTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void undoOfAChangeAnotherWriterChangedSinceIsRefused();
    void undoAndRedoOfAnEventChangeKeepTheParticipantsAnImportAdded();
    void undoOfADeletionOverwritesNoPersonAddedMeanwhile();
    void redoOfACreatedEventBringsItBack();
    void undoOfACreationKeepsAParticipantAddedElsewhere();
    void redoOfADeletionKeepsAParticipantAddedElsewhere();

private:
    Workspace workspace() { return {m_db->connection(), &m_undoStack, &m_changes}; }
    QSqlDatabase other() const { return m_other->connection(); }

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<test::SecondConnection> m_other;
    QUndoStack m_undoStack;
    RecordChanges m_changes;
};

void UndoManyWritersTest::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    m_other = std::make_unique<test::SecondConnection>(m_db->path());
}

void UndoManyWritersTest::cleanup()
{
    m_undoStack.clear();
    m_other.reset();
    m_db.reset();
}

void UndoManyWritersTest::undoOfAChangeAnotherWriterChangedSinceIsRefused()
{
    const int id = test::storedPerson(m_db->connection(), u"Anna"_qs, u"Nowak"_qs);
    const Person loaded = *PersonRepository(m_db->connection()).load(id);
    Person edited = loaded;
    edited.email = u"anna@example.org"_qs;
    QVERIFY(
        saveUndoably<PersonRepository>(workspace(), Area::People, edited, loaded, u"Edit Anna"_qs)
            .ok());
    QVERIFY(m_undoStack.canUndo());

    // Another program changes her, in another field, after the window's save.
    Person elsewhere = *PersonRepository(other()).load(id);
    const Person base = elsewhere;
    elsewhere.phone = u"+48 32 730 68 12"_qs;
    QVERIFY(PersonRepository(other()).save(elsewhere, base).ok());

    QSignalSpy failed(&m_changes, &RecordChanges::failed);
    m_undoStack.undo();
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.first().first().toString().contains(u"changed by another window or program"_qs),
             qPrintable(failed.first().first().toString()));
    QCOMPARE(*PersonRepository(m_db->connection()).load(id), elsewhere);
    QVERIFY2(!m_undoStack.canUndo() && !m_undoStack.canRedo(), "the refused change is gone");
}

void UndoManyWritersTest::undoAndRedoOfAnEventChangeKeepTheParticipantsAnImportAdded()
{
    const int id = test::storedStudyVisit(m_db->connection(), 29).id;
    EventRepository events(m_db->connection());
    const Event loaded = *events.load(id);
    Event edited = loaded;
    edited.venueCity = u"Gliwice"_qs;
    QVERIFY(saveUndoably<EventRepository>(workspace(), Area::Events, edited, loaded,
                                          u"Edit the visit"_qs)
                .ok());
    QCOMPARE(test::importParticipants(m_db->path(), id, 1, 100), 0);
    const Event imported = *EventRepository(other()).load(id);
    QCOMPARE(imported.participants.size(), 129);

    QSignalSpy failed(&m_changes, &RecordChanges::failed);
    m_undoStack.undo();
    QCOMPARE(failed.size(), 0);
    Event expected = imported;
    expected.venueCity = u"Katowice"_qs;
    expected.version = imported.version + 1;
    QCOMPARE(*events.load(id), expected);

    m_undoStack.redo();
    QCOMPARE(failed.size(), 0);
    expected.venueCity = u"Gliwice"_qs;
    ++expected.version;
    QCOMPARE(*events.load(id), expected);
}

void UndoManyWritersTest::undoOfADeletionOverwritesNoPersonAddedMeanwhile()
{
    const int eventId = test::storedStudyVisit(m_db->connection(), 1).id;
    PersonRepository people(m_db->connection());
    const int annaId = test::storedPerson(m_db->connection(), u"Anna"_qs, u"Nowak"_qs);
    const Person anna = *people.load(annaId);
    const QStringList beforeDeletion = test::everyRow(m_db->connection());
    QVERIFY(removeUndoably<PersonRepository>(workspace(), Area::People, annaId, anna.version,
                                             u"Delete Anna"_qs)
                .ok());

    // Another window adds Ewa and registers her.
    const int ewaId = test::storedPerson(other(), u"Ewa"_qs, u"Kowalska"_qs);
    test::storedRegistration(other(), eventId, ewaId);
    QVERIFY(ewaId > annaId);
    const Person ewa = *PersonRepository(other()).load(ewaId);
    const Participation registration = EventRepository(other()).load(eventId)->participants.last();
    QCOMPARE(registration.personId, ewaId);

    QSignalSpy failed(&m_changes, &RecordChanges::failed);
    m_undoStack.undo();
    QCOMPARE(failed.size(), 0);
    QCOMPARE(*people.load(annaId), anna);
    QCOMPARE(*people.load(ewaId), ewa);
    QCOMPARE(EventRepository(m_db->connection()).load(eventId)->participants.last(), registration);

    m_undoStack.redo();
    QVERIFY(!people.load(annaId));
    QCOMPARE(*people.load(ewaId), ewa);
    m_undoStack.undo();
    QCOMPARE(*people.load(annaId), anna);
    const QStringList now = test::everyRow(m_db->connection());
    for (const QString &row : beforeDeletion) {
        if (!row.startsWith(u"sqlite_sequence"_qs))
            QVERIFY2(now.contains(row), qPrintable(row));
    }
}

void UndoManyWritersTest::redoOfACreatedEventBringsItBack()
{
    // Created in the window, undone (deleted), redone: back under its ids.
    Event visit = test::storedStudyVisit(m_db->connection(), 2);
    Event created = visit;
    created.id = 0;
    created.version = 0;
    created.agenda = {};
    created.participants = {visit.participants[0]};
    created.participants[0].id = 0;
    created.participants[0].version = 0;
    QVERIFY(
        saveUndoably<EventRepository>(workspace(), Area::Events, created, Event{}, u"New event"_qs)
            .ok());
    QVERIFY(created.id > visit.id);
    QSignalSpy failed(&m_changes, &RecordChanges::failed);
    m_undoStack.undo();
    QVERIFY(!EventRepository(m_db->connection()).load(created.id));
    m_undoStack.redo();
    QCOMPARE(failed.size(), 0);
    QCOMPARE(*EventRepository(m_db->connection()).load(created.id), created);
}

void UndoManyWritersTest::undoOfACreationKeepsAParticipantAddedElsewhere()
{
    Event visit = test::storedStudyVisit(m_db->connection(), 2);
    Event created = visit;
    created.id = 0;
    created.version = 0;
    created.agenda = {};
    created.participants = {};
    QVERIFY(
        saveUndoably<EventRepository>(workspace(), Area::Events, created, Event{}, u"New event"_qs)
            .ok());
    // Another program registers someone for the new event.
    Event elsewhere = *EventRepository(other()).load(created.id);
    const Event loadedElsewhere = elsewhere;
    elsewhere.participants.append(visit.participants[0]);
    elsewhere.participants.last().id = 0;
    elsewhere.participants.last().version = 0;
    QVERIFY(EventRepository(other()).save(elsewhere, loadedElsewhere).ok());
    QSignalSpy failed(&m_changes, &RecordChanges::failed);
    m_undoStack.undo();
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().toString().contains(u"could not be undone"_qs));
    const std::optional<Event> stored = EventRepository(m_db->connection()).load(created.id);
    QVERIFY(stored);
    QCOMPARE(stored->participants.size(), 1);
}

void UndoManyWritersTest::redoOfADeletionKeepsAParticipantAddedElsewhere()
{
    Event visit = test::storedStudyVisit(m_db->connection(), 2);
    QVERIFY(removeUndoably<EventRepository>(workspace(), Area::Events, visit.id, visit.version,
                                            u"Delete event"_qs)
                .ok());
    m_undoStack.undo(); // back, with its two participants
    QCOMPARE(EventRepository(m_db->connection()).load(visit.id)->participants.size(), 2);
    Event elsewhere = *EventRepository(other()).load(visit.id);
    const Event loadedElsewhere = elsewhere;
    Participation added = elsewhere.participants[0];
    elsewhere.participants.removeFirst();
    QVERIFY(EventRepository(other()).save(elsewhere, loadedElsewhere).ok());
    Event again = *EventRepository(other()).load(visit.id);
    const Event loadedAgain = again;
    added.id = 0;
    added.version = 0;
    again.participants.append(added); // deleted and registered again: a new row
    QVERIFY(EventRepository(other()).save(again, loadedAgain).ok());
    QSignalSpy failed(&m_changes, &RecordChanges::failed);
    m_undoStack.redo();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(EventRepository(m_db->connection()).load(visit.id)->participants.size(), 2);
}

QTEST_MAIN(UndoManyWritersTest)
#include "tst_undomanywriters.moc"
