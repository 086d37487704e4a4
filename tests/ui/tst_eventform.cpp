#include "dialogs.h"
#include "editing/recordchanges.h"
#include "forms/agendaeditor.h"
#include "forms/eventform.h"
#include "forms/participantseditor.h"
#include "storage/eventrepository.h"
#include "testdatabase.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QLabel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>
#include <QUndoStack>

using namespace ep;

// The event form's three tabs on the demo's first study visit.
class EventFormTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheStoredEventUnmodified();
    void agendaItemOutsideTheEventIsRefusedWithAMessage();
    void overlappingAgendaItemIsRefusedWithAMessage();
    void agendaItemIsAddedAndSavedWithTheEvent();
    void participantsAreAddedAndSaved();
    void departureBeforeArrivalIsRefused();
    void shorteningTheEventShowsTheAgendaProblems();

private:
    EventForm *form() const { return m_form.get(); }

    std::unique_ptr<test::TestDatabase> m_db;
    QUndoStack m_undoStack;
    RecordChanges m_changes;
    std::unique_ptr<EventForm> m_form;
    Event m_event;
};

void EventFormTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void EventFormTest::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    m_db->writeDemoProgramme();
    m_event = *EventRepository(m_db->connection()).load(1);
    m_form = std::make_unique<EventForm>(Workspace{m_db->connection(), &m_undoStack, &m_changes});
    m_form->resize(1000, 800);
    m_form->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_form.get()));
    m_form->showRecord(m_event.id);
}

void EventFormTest::cleanup()
{
    m_form.reset();
    m_undoStack.clear();
    m_db.reset();
}

void EventFormTest::showsTheStoredEventUnmodified()
{
    QCOMPARE(form()->recordId(), m_event.id);
    QVERIFY(!form()->isModified());
    QCOMPARE(form()->tabs()->tabText(EventForm::AgendaTab), u"&Agenda (22)"_qs);
    QCOMPARE(form()->agendaEditor()->items(), m_event.agenda);
    QCOMPARE(form()->participantsEditor()->participants(), m_event.participants);
}

void EventFormTest::agendaItemOutsideTheEventIsRefusedWithAMessage()
{
    QString message;
    test::whenDialogOpens([&message](QWidget *dialog) {
        dialog->findChild<QDateEdit *>()->setDate(QDate(2019, 7, 11));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        auto *label = dialog->findChild<QLabel *>(QStringLiteral("issue_day"));
        if (dialog->isVisible() && label->isVisible())
            message = label->text();
        qobject_cast<QDialog *>(dialog)->reject();
    });
    form()->agendaEditor()->addItem();
    QVERIFY2(message.contains(u"within the event"_qs), qPrintable(message));
    QCOMPARE(form()->agendaEditor()->items().size(), 22);
    QVERIFY(!form()->isModified());
}

void EventFormTest::overlappingAgendaItemIsRefusedWithAMessage()
{
    const AgendaItem first = m_event.agenda.first();
    QString message;
    test::whenDialogOpens([&](QWidget *dialog) {
        dialog->findChild<QDateEdit *>()->setDate(first.day);
        const QList<QTimeEdit *> times = dialog->findChildren<QTimeEdit *>();
        times[0]->setTime(first.start.addSecs(5 * 60));
        times[1]->setTime(first.end.addSecs(5 * 60));
        test::typeText(dialog->findChild<QWidget *>(QStringLiteral("en")), u"Coffee"_qs);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        message = dialog->findChild<QLabel *>(QStringLiteral("issue_start"))->text();
        qobject_cast<QDialog *>(dialog)->reject();
    });
    form()->agendaEditor()->addItem();
    QVERIFY2(message.startsWith(u"Overlaps"_qs), qPrintable(message));
    QVERIFY(message.contains(first.title.en));
}

void EventFormTest::agendaItemIsAddedAndSavedWithTheEvent()
{
    test::whenDialogOpens([](QWidget *dialog) {
        dialog->findChild<QDateEdit *>()->setDate(QDate(2019, 7, 10));
        const QList<QTimeEdit *> times = dialog->findChildren<QTimeEdit *>();
        times[0]->setTime(QTime(21, 0));
        times[1]->setTime(QTime(22, 30));
        test::typeText(dialog->findChild<QWidget *>(QStringLiteral("de")), u"Abschlussabend"_qs);
        test::typeText(dialog->findChild<QWidget *>(QStringLiteral("pl")),
                       u"Wieczór pożegnalny"_qs);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    form()->agendaEditor()->addItem();
    QCOMPARE(form()->agendaEditor()->items().size(), 23);
    QCOMPARE(form()->tabs()->tabText(EventForm::AgendaTab), u"&Agenda (23)"_qs);
    QVERIFY(form()->isModified());
    QVERIFY(form()->save());
    const Event stored = *EventRepository(m_db->connection()).load(m_event.id);
    QCOMPARE(stored.agenda.size(), 23);
    QCOMPARE(stored.agenda.last().title.pl, u"Wieczór pożegnalny"_qs);
    QVERIFY(m_undoStack.canUndo());
    m_undoStack.undo();
    QCOMPARE(EventRepository(m_db->connection()).load(m_event.id)->agenda.size(), 22);
}

void EventFormTest::participantsAreAddedAndSaved()
{
    // People of the demo who do not take part in the first study visit.
    QList<int> others;
    for (int id = 1; id <= 60 && others.size() < 2; ++id) {
        const bool present = std::any_of(m_event.participants.cbegin(), m_event.participants.cend(),
                                         [id](const Participation &p) { return p.personId == id; });
        if (!present)
            others.append(id);
    }
    form()->participantsEditor()->addPeople(others + QList<int>{m_event.participants[0].personId});
    QCOMPARE(form()->participantsEditor()->participants().size(), 30); // no duplicate
    QVERIFY(form()->tabs()->tabText(EventForm::ParticipantsTab).contains(u"(30)"_qs));
    QVERIFY(form()->save());
    QCOMPARE(EventRepository(m_db->connection()).load(m_event.id)->participants.size(), 30);
}

void EventFormTest::departureBeforeArrivalIsRefused()
{
    const int row = 0;
    QString message;
    test::whenDialogOpens([&message](QWidget *dialog) {
        const QList<QCheckBox *> known = dialog->findChildren<QCheckBox *>();
        for (QCheckBox *box : known)
            box->setChecked(true);
        const QList<QDateTimeEdit *> times = dialog->findChildren<QDateTimeEdit *>();
        times[0]->setDateTime(QDateTime(QDate(2019, 7, 9), QTime(12, 0)));
        times[1]->setDateTime(QDateTime(QDate(2019, 7, 8), QTime(12, 0)));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        message = dialog->findChild<QLabel *>(QStringLiteral("issue_departure"))->text();
        qobject_cast<QDialog *>(dialog)->reject();
    });
    form()->participantsEditor()->editRow(row);
    QVERIFY2(message.contains(u"departure"_qs), qPrintable(message));
    QVERIFY(!form()->isModified());
}

void EventFormTest::shorteningTheEventShowsTheAgendaProblems()
{
    form()->tabs()->setCurrentIndex(EventForm::DetailsTab);
    form()->findChild<QDateEdit *>(QStringLiteral("endDate"))->setDate(QDate(2019, 7, 9));
    QVERIFY(!form()->save());
    QCOMPARE(form()->tabs()->currentIndex(), int(EventForm::AgendaTab));
    auto *issues = form()->agendaEditor()->findChild<QLabel *>(QStringLiteral("issueLabel"));
    QVERIFY(issues->isVisible());
    QVERIFY(issues->text().contains(u"within the event"_qs));
    QCOMPARE(EventRepository(m_db->connection()).load(m_event.id)->endDate, QDate(2019, 7, 10));
}

QTEST_MAIN(EventFormTest)
#include "tst_eventform.moc"
