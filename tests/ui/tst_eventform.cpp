#include "dialogs.h"
#include "domain/catalogues.h"
#include "domain/formats.h"
#include "domain/wallclock.h"
#include "editing/recordchanges.h"
#include "forms/agendaeditor.h"
#include "forms/eventform.h"
#include "forms/participantseditor.h"
#include "storage/eventrepository.h"
#include "testdatabase.h"
#include "widgets/datefield.h"
#include "widgets/optionaldateedit.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
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
    void parallelItemForAnotherGroupIsAcceptedWithItsMeetingPoint();
    void participantsAreAddedAndSaved();
    void departureBeforeArrivalIsRefused();
    void arrivalIsTypedAsTheLanguageWritesItOrLeftUnknown();
    void shorteningTheEventShowsTheAgendaProblems();
    void datesAreTypedAsTheLanguageWritesThem_data();
    void datesAreTypedAsTheLanguageWritesThem();
    void impossibleDateIsSaidBesideTheFieldUntilMended();
    void lastDayBeforeFirstIsSaidAndGoesWhenMended();
    void agendaDayIsOneOfTheEventsDays();
    void newEventOpensOnItsDetails();

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
    installTranslations(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_form.reset();
    m_undoStack.clear();
    m_db.reset();
}

void EventFormTest::showsTheStoredEventUnmodified()
{
    QCOMPARE(form()->recordId(), m_event.id);
    QVERIFY(!form()->isModified());
    QCOMPARE(form()->tabs()->tabText(EventForm::AgendaTab),
             u"&Agenda (%1)"_qs.arg(m_event.agenda.size()));
    QCOMPARE(form()->agendaEditor()->items(), m_event.agenda);
    QCOMPARE(form()->participantsEditor()->participants(), m_event.participants);
}

void EventFormTest::agendaItemOutsideTheEventIsRefusedWithAMessage()
{
    QString message;
    test::whenDialogOpens([&message](QWidget *dialog) {
        dialog->findChild<DateField *>()->setDate(QDate(2019, 7, 11));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        auto *label = dialog->findChild<QLabel *>(QStringLiteral("issue_day"));
        if (dialog->isVisible() && label->isVisible())
            message = label->text();
        qobject_cast<QDialog *>(dialog)->reject();
    });
    form()->agendaEditor()->addItem();
    QVERIFY2(message.contains(u"within the event"_qs), qPrintable(message));
    QCOMPARE(form()->agendaEditor()->items(), m_event.agenda);
    QVERIFY(!form()->isModified());
}

void EventFormTest::overlappingAgendaItemIsRefusedWithAMessage()
{
    const AgendaItem first = m_event.agenda.first();
    QString message;
    test::whenDialogOpens([&](QWidget *dialog) {
        dialog->findChild<DateField *>()->setDate(first.day);
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
        dialog->findChild<DateField *>()->setDate(QDate(2019, 7, 10));
        const QList<QTimeEdit *> times = dialog->findChildren<QTimeEdit *>();
        times[0]->setTime(QTime(21, 0));
        times[1]->setTime(QTime(22, 30));
        test::typeText(dialog->findChild<QWidget *>(QStringLiteral("de")), u"Abschlussabend"_qs);
        test::typeText(dialog->findChild<QWidget *>(QStringLiteral("pl")),
                       u"Wieczór pożegnalny"_qs);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    form()->agendaEditor()->addItem();
    const qsizetype added = m_event.agenda.size() + 1;
    QCOMPARE(form()->agendaEditor()->items().size(), added);
    QCOMPARE(form()->tabs()->tabText(EventForm::AgendaTab), u"&Agenda (%1)"_qs.arg(added));
    // The new item is selected where its time sorted it, and stays so after Save.
    const auto selectedTitle = [this] {
        const AgendaEditor *editor = form()->agendaEditor();
        const QModelIndexList rows = editor->table()->selectionModel()->selectedRows();
        return rows.size() == 1 ? editor->items().at(rows.first().row()).title.de : QString();
    };
    QCOMPARE(selectedTitle(), u"Abschlussabend"_qs);
    QVERIFY(form()->isModified());
    QVERIFY(form()->save());
    QCOMPARE(selectedTitle(), u"Abschlussabend"_qs);
    const Event stored = *EventRepository(m_db->connection()).load(m_event.id);
    QCOMPARE(stored.agenda.size(), added);
    QCOMPARE(stored.agenda.last().title.pl, u"Wieczór pożegnalny"_qs);
    QVERIFY(m_undoStack.canUndo());
    m_undoStack.undo();
    QCOMPARE(EventRepository(m_db->connection()).load(m_event.id)->agenda, m_event.agenda);
}

void EventFormTest::parallelItemForAnotherGroupIsAcceptedWithItsMeetingPoint()
{
    // The demo's third morning: group A visits Wischlingen, group B PHOENIX Lake.
    const auto groupA =
        std::find_if(m_event.agenda.cbegin(), m_event.agenda.cend(), [](const AgendaItem &item) {
            return item.group == u"A" && item.kind == u"site_visit";
        });
    QVERIFY(groupA != m_event.agenda.cend());
    QStringList offered;
    QString refusal;
    test::whenDialogOpens([&](QWidget *dialog) {
        dialog->findChild<DateField *>()->setDate(groupA->day);
        const QList<QTimeEdit *> times = dialog->findChildren<QTimeEdit *>();
        times[0]->setTime(groupA->start);
        times[1]->setTime(groupA->end);
        QWidget *title = dialog->findChild<QWidget *>(u"title"_qs);
        test::typeText(title->findChild<QWidget *>(u"de"_qs), u"Führung Zeche Zollern"_qs);
        QWidget *meetingPoint = dialog->findChild<QWidget *>(u"meetingPoint"_qs);
        test::typeText(meetingPoint->findChild<QWidget *>(u"pl"_qs), u"Brama główna"_qs);
        auto *group = dialog->findChild<QComboBox *>(u"group"_qs);
        for (int index = 0; index < group->count(); ++index)
            offered.append(group->itemText(index));
        // For everyone: it would take group A's time, so it is refused.
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        ok->click();
        refusal = dialog->findChild<QLabel *>(u"issue_start"_qs)->text();
        // For a third group it runs beside A and B.
        group->setFocus();
        test::typeText(group, u"C"_qs);
        ok->click();
    });
    form()->agendaEditor()->addItem();
    QCOMPARE(offered, (QStringList{QString(), u"A"_qs, u"B"_qs}));
    QVERIFY2(refusal.contains(u"different groups"_qs), qPrintable(refusal));
    QVERIFY(form()->save());
    const Event stored = *EventRepository(m_db->connection()).load(m_event.id);
    QCOMPARE(stored.agenda.size(), m_event.agenda.size() + 1);
    const auto added = std::find_if(stored.agenda.cbegin(), stored.agenda.cend(),
                                    [](const AgendaItem &item) { return item.group == u"C"; });
    QVERIFY(added != stored.agenda.cend());
    QCOMPARE(added->title.de, u"Führung Zeche Zollern"_qs);
    QCOMPARE(added->meetingPoint, (LocalizedText{{}, u"Brama główna"_qs, {}}));
    QCOMPARE(std::make_pair(added->start, added->end), std::make_pair(groupA->start, groupA->end));
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
        auto *arrival = dialog->findChild<OptionalDateEdit *>(u"arrival"_qs);
        auto *departure = dialog->findChild<OptionalDateEdit *>(u"departure"_qs);
        arrival->setDateTime(wallClock(QDate(2019, 7, 9), QTime(12, 0)));
        departure->setDateTime(wallClock(QDate(2019, 7, 8), QTime(12, 0)));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        message = dialog->findChild<QLabel *>(QStringLiteral("issue_departure"))->text();
        qobject_cast<QDialog *>(dialog)->reject();
    });
    form()->participantsEditor()->editRow(row);
    QVERIFY2(message.contains(u"departure"_qs), qPrintable(message));
    QVERIFY(!form()->isModified());
}

void EventFormTest::arrivalIsTypedAsTheLanguageWritesItOrLeftUnknown()
{
    // The demo's participant without an arrival: typed in, with its time.
    const auto unknown = std::find_if(
        m_event.participants.cbegin(), m_event.participants.cend(),
        [](const Participation &participation) { return !participation.arrival.isValid(); });
    QVERIFY(unknown != m_event.participants.cend());
    const int row = int(unknown - m_event.participants.cbegin());
    installTranslations(QLocale(QLocale::German, QLocale::Germany));
    QString refusal;
    bool timeWaitedForTheDate = false;
    bool refused = false;
    bool timeFollowedTheDate = false;
    test::whenDialogOpens([&](QWidget *dialog) {
        auto *arrival = dialog->findChild<OptionalDateEdit *>(u"arrival"_qs);
        timeWaitedForTheDate = !arrival->timeEdit()->isEnabled();
        QLineEdit *text = arrival->dateField()->lineEdit();
        test::typeText(text, u"31.06.2019"_qs);
        QTest::keyClick(text, Qt::Key_Return); // OK: refused, said beside the field
        refusal = dialog->findChild<QLabel *>(u"issue_arrival"_qs)->text();
        refused = dialog->isVisible(); // not taken as "not known"
        text->selectAll();
        test::typeText(text, u"7.7.19"_qs);
        timeFollowedTheDate = arrival->timeEdit()->isEnabled();
        arrival->timeEdit()->setTime(QTime(18, 45));
        QTest::keyClick(text, Qt::Key_Return);
    });
    form()->participantsEditor()->editRow(row);
    QVERIFY(timeWaitedForTheDate);
    QVERIFY2(refusal.contains(u"31.06.2019"_qs), qPrintable(refusal));
    QVERIFY(refused);
    QVERIFY(timeFollowedTheDate);
    QCOMPARE(form()->participantsEditor()->participants()[row].arrival,
             wallClock(QDate(2019, 7, 7), QTime(18, 45)));

    // Emptied again: not known.
    test::whenDialogOpens([](QWidget *dialog) {
        auto *arrival = dialog->findChild<OptionalDateEdit *>(u"arrival"_qs);
        arrival->dateField()->lineEdit()->clear();
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    form()->participantsEditor()->editRow(row);
    QVERIFY(!form()->participantsEditor()->participants()[row].arrival.isValid());
}

void EventFormTest::shorteningTheEventShowsTheAgendaProblems()
{
    form()->tabs()->setCurrentIndex(EventForm::DetailsTab);
    form()->findChild<DateField *>(QStringLiteral("endDate"))->setDate(QDate(2019, 7, 9));
    QVERIFY(!form()->save());
    QCOMPARE(form()->tabs()->currentIndex(), int(EventForm::AgendaTab));
    auto *issues = form()->agendaEditor()->findChild<QLabel *>(QStringLiteral("issueLabel"));
    QVERIFY(issues->isVisible());
    QVERIFY(issues->text().contains(u"within the event"_qs));
    QCOMPARE(EventRepository(m_db->connection()).load(m_event.id)->endDate, QDate(2019, 7, 10));
}

namespace {

// Types `text` over what the field holds, as a user does, and presses Enter.
void typeDate(DateField *field, const QString &text)
{
    field->lineEdit()->selectAll();
    test::typeText(field->lineEdit(), text);
    QTest::keyClick(field->lineEdit(), Qt::Key_Return);
}

QLabel *issueLabel(QWidget *parent, const QString &field)
{
    return parent->findChild<QLabel *>(u"issue_"_qs % field);
}

} // namespace

void EventFormTest::datesAreTypedAsTheLanguageWritesThem_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("typed");
    const QLocale german(QLocale::German, QLocale::Germany);
    const QLocale polish(QLocale::Polish, QLocale::Poland);
    const QLocale british(QLocale::English, QLocale::UnitedKingdom);
    QTest::newRow("German") << german << u"10.06.2027"_qs;
    QTest::newRow("German, short year") << german << u"10.06.27"_qs;
    QTest::newRow("German, ISO") << german << u"2027-06-10"_qs;
    QTest::newRow("German, digits") << german << u"10062027"_qs;
    QTest::newRow("Polish") << polish << u"10.06.2027"_qs;
    QTest::newRow("British") << british << u"10/06/2027"_qs;
}

void EventFormTest::datesAreTypedAsTheLanguageWritesThem()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, typed);
    installTranslations(locale);
    auto *start = form()->findChild<DateField *>(u"startDate"_qs);
    auto *end = form()->findChild<DateField *>(u"endDate"_qs);
    typeDate(start, typed);
    const QDate june10(2027, 6, 10);
    QCOMPARE(start->date(), june10);
    QCOMPARE(start->lineEdit()->text(), locale.toString(june10, dateFormat())); // "10.06.2027"
    QCOMPARE(end->date(), june10); // kept in step: not before the first day
    QVERIFY(!issueLabel(form(), u"startDate"_qs)->isVisible());
    QVERIFY(form()->isModified());
    // The agenda's days are not the event's any more: moved along, or said.
    QVERIFY(!form()->save());
    QCOMPARE(form()->tabs()->currentIndex(), int(EventForm::AgendaTab));
    QCOMPARE(EventRepository(m_db->connection()).load(m_event.id)->startDate, m_event.startDate);
}

void EventFormTest::impossibleDateIsSaidBesideTheFieldUntilMended()
{
    installTranslations(QLocale(QLocale::German, QLocale::Germany));
    auto *start = form()->findChild<DateField *>(u"startDate"_qs);
    QLabel *issue = issueLabel(form(), u"startDate"_qs);
    typeDate(start, u"31.02.2027"_qs);
    QVERIFY(issue->isVisible());
    QVERIFY2(issue->text().contains(u"„31.02.2027“"_qs), qPrintable(issue->text()));
    QVERIFY(form()->isModified());
    QVERIFY(!form()->save());
    QVERIFY(issue->isVisible());
    QCOMPARE(EventRepository(m_db->connection()).load(m_event.id)->startDate, m_event.startDate);

    // Mended: the message goes as soon as the text is a date, before Enter.
    start->lineEdit()->selectAll();
    test::typeText(start->lineEdit(), u"09.07.2019"_qs);
    QVERIFY(!issue->isVisible());
    QCOMPARE(start->date(), QDate(2019, 7, 9));
}

void EventFormTest::lastDayBeforeFirstIsSaidAndGoesWhenMended()
{
    installTranslations(QLocale(QLocale::English, QLocale::UnitedKingdom));
    form()->tabs()->setCurrentIndex(EventForm::DetailsTab);
    auto *end = form()->findChild<DateField *>(u"endDate"_qs);
    QLabel *issue = issueLabel(form(), u"endDate"_qs);
    typeDate(end, u"07/07/2019"_qs); // the event starts on 8 July
    QVERIFY(issue->isVisible());
    QCOMPARE(issue->text(), u"The last day cannot be before the first day."_qs);
    // The whole message is shown: no line cut at the top or bottom.
    QVERIFY(issue->height() >= issue->heightForWidth(issue->width()));
    typeDate(end, u"10/07/2019"_qs);
    QVERIFY(!issue->isVisible());
    QVERIFY(!form()->isModified());
}

void EventFormTest::agendaDayIsOneOfTheEventsDays()
{
    installTranslations(QLocale(QLocale::German, QLocale::Germany));
    const QDate first = m_event.startDate; // 8 to 10 July 2019
    QStringList seen;
    bool calendarLimited = false;
    test::whenDialogOpens([&](QWidget *dialog) {
        auto *day = dialog->findChild<DateField *>(u"day"_qs);
        typeDate(day, u"2"_qs); // the second day
        seen.append(day->lineEdit()->text());
        QTest::keyClick(day->lineEdit(), Qt::Key_Up);
        seen.append(displayDate(day->date()));
        QTest::keyClick(day->lineEdit(), Qt::Key_Up); // the last day stays
        seen.append(displayDate(day->date()));
        typeDate(day, u"11.07.2019"_qs);
        QLabel *issue = issueLabel(dialog, u"day"_qs);
        seen.append(issue->isVisible() ? issue->text() : QString());
        QTest::keyClick(day->lineEdit(), Qt::Key_Down, Qt::AltModifier);
        auto *calendar = day->findChild<QCalendarWidget *>();
        calendarLimited = calendar && calendar->isVisible() && calendar->minimumDate() == first &&
                          calendar->maximumDate() == first.addDays(2);
        if (calendar) {
            calendar->setSelectedDate(first);
            emit calendar->activated(first);
            seen.append(displayDate(day->date()) % u' ' %
                        (calendar->isVisible() ? u"open" : u"closed"));
        }
        qobject_cast<QDialog *>(dialog)->reject();
    });
    form()->agendaEditor()->addItem();
    QCOMPARE(seen.value(0), u"Dienstag, 09.07.2019"_qs);
    QCOMPARE(seen.value(1), u"10.07.2019"_qs);
    QCOMPARE(seen.value(2), u"10.07.2019"_qs);
    QVERIFY2(seen.value(3).contains(u"11.07.2019"_qs) && seen.value(3).contains(u"08.07.2019"_qs),
             qPrintable(seen.value(3)));
    QVERIFY(calendarLimited);
    QCOMPARE(seen.value(4), u"08.07.2019 closed"_qs);
}

void EventFormTest::newEventOpensOnItsDetails()
{
    form()->tabs()->setCurrentIndex(EventForm::ParticipantsTab);
    form()->showRecord(0);
    QCOMPARE(form()->tabs()->currentIndex(), int(EventForm::DetailsTab));
}

QTEST_MAIN(EventFormTest)
#include "tst_eventform.moc"
