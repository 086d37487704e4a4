// An event with more participants than the form reads at once (issue 14):
// the form shows at once and the participants follow, read apart; saving
// meanwhile, or opening another event, is right all the same.

#include "editing/recordchanges.h"
#include "forms/eventform.h"
#include "forms/participantseditor.h"
#include "lists/participanttablemodel.h"
#include "manywriters.h"
#include "storage/eventrepository.h"
#include "storage/sql.h"
#include "storage/transaction.h"
#include "testdatabase.h"

#include <QLabel>
#include <QLineEdit>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace ep;

class LargeEventTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void formShowsAtOnceAndTheParticipantsFollow();
    void savingWhileReadingKeepsEveryParticipant();
    void anotherEventOpenedMeanwhileIsTheOneShown();
    void colleaguesChangeWhileReadingIsKeptBySave();

private:
    int m_large = 0; // the demo's first event, grown past participantsReadAtOnce
    int m_small = 0;
    std::unique_ptr<test::TestDatabase> m_db;
    QUndoStack m_undoStack;
    RecordChanges m_changes;
    std::unique_ptr<EventForm> m_form;
};

void LargeEventTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void LargeEventTest::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    m_db->writeDemoProgramme();
    const QList<EventSummary> events = EventRepository(m_db->connection()).summaries();
    m_large = events.first().id;
    m_small = events.last().id;
    // People enough for the large event, each taking part in it.
    QSqlDatabase db = m_db->connection();
    Transaction transaction(db);
    QSqlQuery person(db);
    person.prepare(u"INSERT INTO people (first_name, last_name, email) VALUES (:f, :l, :e)"_qs);
    const int grown = EventForm::participantsReadAtOnce + 500;
    for (int i = 0; i < grown; ++i) {
        person.bindValue(u":f"_qs, u"Zofia"_qs);
        person.bindValue(u":l"_qs, u"Wójcik-%1"_qs.arg(i, 4, 10, QChar(u'0')));
        person.bindValue(u":e"_qs, u"z.wojcik%1@example.org"_qs.arg(i));
        QVERIFY2(person.exec(), qPrintable(person.lastError().text()));
    }
    QSqlQuery participations(db);
    QVERIFY(sql::run(participations,
                     u"INSERT INTO participations (event_id, person_id, arrival)"
                     " SELECT :event, id, '2019-07-07T18:30' FROM people"
                     " WHERE last_name LIKE 'Wójcik-%'"_qs,
                     {{u":event"_qs, m_large}})
                .type() == QSqlError::NoError);
    QVERIFY(transaction.commit());
    QVERIFY(EventRepository(db).participantCount(m_large) > EventForm::participantsReadAtOnce);

    m_form = std::make_unique<EventForm>(Workspace{db, &m_undoStack, &m_changes});
    m_form->resize(1000, 800);
    m_form->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_form.get()));
}

void LargeEventTest::cleanup()
{
    m_form.reset();
    m_undoStack.clear();
    m_db.reset();
}

void LargeEventTest::formShowsAtOnceAndTheParticipantsFollow()
{
    const Event stored = *EventRepository(m_db->connection()).load(m_large);
    m_form->showRecord(m_large);
    ParticipantsEditor *editor = m_form->participantsEditor();
    QVERIFY(m_form->isReadingParticipants());
    QCOMPARE(m_form->recordId(), m_large);
    // The tab says how many are coming; the list cannot be edited yet.
    QCOMPARE(m_form->tabs()->tabText(EventForm::ParticipantsTab),
             u"&Participants (%1)"_qs.arg(QLocale().toString(stored.participants.size())));
    QVERIFY(!editor->isEnabled());
    const QList<QLabel *> labels = editor->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [&stored](const QLabel *label) {
        return label->text().startsWith(u"Reading "_qs) &&
               label->text().contains(QLocale().toString(stored.participants.size()));
    }));
    QVERIFY(!m_form->isModified());

    QTRY_VERIFY_WITH_TIMEOUT(!m_form->isReadingParticipants(), 20000);
    QVERIFY(editor->isEnabled());
    QCOMPARE(editor->participants(), stored.participants);
    QVERIFY(!m_form->isModified());
    // Every row names its person.
    const auto *model = qobject_cast<ParticipantTableModel *>(editor->table()->model());
    const int name = model->columnOf(Field::Name);
    QCOMPARE(model->rowCount(), int(stored.participants.size()));
    const QString last = model->data(model->index(model->rowCount() - 1, name)).toString();
    QVERIFY2(last.startsWith(u"Zofia Wójcik-"_qs), qPrintable(last));
}

void LargeEventTest::savingWhileReadingKeepsEveryParticipant()
{
    const Event stored = *EventRepository(m_db->connection()).load(m_large);
    m_form->showRecord(m_large);
    QVERIFY(m_form->isReadingParticipants());
    auto *city = m_form->findChild<QLineEdit *>(u"venueCity"_qs);
    QVERIFY(city);
    city->setText(u"Bytom"_qs);
    QVERIFY(m_form->isModified());
    QVERIFY(m_form->save());

    const Event saved = *EventRepository(m_db->connection()).load(m_large);
    QCOMPARE(saved.venueCity, u"Bytom"_qs);
    // Not one participation written or lost.
    QCOMPARE(saved.participants, stored.participants);
    QTRY_VERIFY_WITH_TIMEOUT(!m_form->isReadingParticipants(), 20000);
    QVERIFY(!m_form->isModified());
    QCOMPARE(m_form->participantsEditor()->participants(), saved.participants);
}

void LargeEventTest::anotherEventOpenedMeanwhileIsTheOneShown()
{
    m_form->showRecord(m_large);
    QVERIFY(m_form->isReadingParticipants());
    m_form->showRecord(m_small);
    const Event small = *EventRepository(m_db->connection()).load(m_small);
    QCOMPARE(m_form->participantsEditor()->participants(), small.participants);
    // The large event's participants, read meanwhile, never arrive here.
    QTest::qWait(1000);
    QCOMPARE(m_form->recordId(), m_small);
    QCOMPARE(m_form->participantsEditor()->participants(), small.participants);
    QVERIFY(!m_form->isModified());
}

// Another window, program or colleague writes a participation between the
// form's reading of the event and its reading of the participants: the
// user's save of other fields keeps that change, whichever read saw it.
void LargeEventTest::colleaguesChangeWhileReadingIsKeptBySave()
{
    std::unique_ptr<test::SecondConnection> file;
    std::unique_ptr<Database> server;
    QSqlDatabase other;
    if (m_db->isServer()) {
        server = std::make_unique<Database>();
        QVERIFY(server->open(m_db->path()).ok());
        other = server->connection();
    } else {
        file = std::make_unique<test::SecondConnection>(m_db->path());
        other = file->connection();
    }
    const int theirs = EventRepository(m_db->connection()).participants(m_large).last().id;
    m_form->showRecord(m_large);
    QVERIFY(m_form->isReadingParticipants());
    QSqlQuery write(other);
    QVERIFY2(write.exec(u"UPDATE participations SET status = 'confirmed', delegation = 'Bus 3',"
                        " version = version + 1 WHERE id = %1"_qs.arg(theirs)),
             qPrintable(write.lastError().text()));
    auto *city = m_form->findChild<QLineEdit *>(u"venueCity"_qs);
    city->setText(u"Gliwice"_qs);
    QVERIFY(m_form->save());

    const Event saved = *EventRepository(m_db->connection()).load(m_large);
    QCOMPARE(saved.venueCity, u"Gliwice"_qs);
    const auto row = std::find_if(saved.participants.cbegin(), saved.participants.cend(),
                                  [theirs](const Participation &p) { return p.id == theirs; });
    QVERIFY(row != saved.participants.cend());
    QCOMPARE(row->status, u"confirmed"_qs);
    QCOMPARE(row->delegation, u"Bus 3"_qs);
}

QTEST_MAIN(LargeEventTest)
#include "tst_largeevent.moc"
