// Before the visit from the window (issue 16): Duplicate Event… asks for
// the first day and the participants, makes the event as one undoable step
// and shows it; a site's coordinates open on OpenStreetMap from its form
// and from the agenda (the URL the desktop is asked to open is caught by a
// handler of Qt's QDesktopServices).

#include "databasefiles.h"
#include "dialogs.h"
#include "domain/catalogues.h"
#include "export/mailto.h"
#include "forms/agendaeditor.h"
#include "forms/eventform.h"
#include "forms/participantseditor.h"
#include "forms/recordform.h"
#include "shownwindow.h"
#include "testdatabase.h"
#include "widgets/datefield.h"
#include "window/areapage.h"
#include "window/calendardialog.h"
#include "window/duplicateeventdialog.h"
#include "window/mainwindow.h"
#include "window/writeemaildialog.h"

#include <QAction>
#include <QCheckBox>
#include <QDesktopServices>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace ep;
using ep::test::showWindow;

namespace {

constexpr int firstVisit = 1; // the demo's study visit of 8 to 10 July 2019

// The number `statement` gives, read on a connection of the test's own.
int count(const QString &path, const QString &statement)
{
    Database database;
    if (!database.openToRead(path).ok())
        return -1;
    QSqlQuery query(database.connection());
    return query.exec(statement) && query.next() ? query.value(0).toInt() : -1;
}

} // namespace

class BeforeTheVisitWindowTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void duplicateEventIsOneUndoableStep();
    void siteOpensOnTheMapFromItsFormAndTheAgenda();
    void calendarFlagsConflictsWhereTheyHappen();
    void mailtoBatchesStayWithinWhatMailProgramsTake();
    void writeEmailOpensTheChosenInBcc();
    void capacityPutsTheLateOnTheWaitingListAndMovesThemUp();
    void placesConfirmedElsewhereMeanwhileAreTaken();

public slots:
    // QDesktopServices' handler of https links: what the desktop was asked to open.
    void openUrl(const QUrl &url) { m_opened.append(url); }

private:
    QList<QUrl> m_opened;
};

void BeforeTheVisitWindowTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void BeforeTheVisitWindowTest::duplicateEventIsOneUndoableStep()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"partnership.sqlite"_qs);
    test::writeDemo(path);
    const auto window = showWindow(path);
    QAction *duplicate = window->findChild<QAction *>(u"duplicateEventAction"_qs);
    QVERIFY(duplicate);
    window->showArea(Area::People);
    QVERIFY(!duplicate->isEnabled());
    window->showArea(Area::Events);
    window->currentPage()->showRecord(firstVisit);
    QVERIFY(duplicate->isEnabled());
    QCOMPARE(duplicate->shortcut(), QKeySequence(u"Ctrl+Shift+D"_qs));

    // The dialog is read and answered, then checked once it is closed.
    QString proposed;
    QString participantsOffered;
    QString datesSaid;
    test::whenDialogOpens([&](QWidget *widget) {
        auto *dialog = qobject_cast<DuplicateEventDialog *>(widget);
        if (!dialog) {
            widget->close();
            return;
        }
        auto *firstDay = dialog->findChild<DateField *>(u"firstDay"_qs);
        proposed = firstDay->date().toString(Qt::ISODate);
        auto *participants = dialog->findChild<QCheckBox *>(u"withParticipants"_qs);
        participantsOffered = participants->text().remove(u'&');
        firstDay->setDate(QDate(2027, 7, 5));
        datesSaid = dialog->findChild<QLabel *>(u"dates"_qs)->text();
        participants->setChecked(true);
        dialog->accept();
    });
    duplicate->trigger();
    QCOMPARE(participantsOffered, u"Invite the 28 participants again"_qs);
    // 52 weeks on: a Monday again.
    QCOMPARE(proposed, u"2020-07-06"_qs);
    const QLocale locale;
    QVERIFY2(datesSaid.contains(locale.toString(QDate(2027, 7, 5), QLocale::ShortFormat)) &&
                 datesSaid.contains(locale.toString(QDate(2027, 7, 7), QLocale::ShortFormat)) &&
                 datesSaid.contains(u"2919 days later"_qs),
             qPrintable(datesSaid));

    const int newId = count(path, u"SELECT max(id) FROM events"_qs);
    QCOMPARE(newId, 5);
    QCOMPARE(window->currentPage()->area(), Area::Events);
    QCOMPARE(window->currentPage()->form()->recordId(), newId);
    QCOMPARE(count(path, u"SELECT count(*) FROM participations WHERE event_id = 5 AND status = "
                         u"'invited'"_qs),
             28);
    QCOMPARE(count(path, u"SELECT count(*) FROM agenda_items WHERE event_id = 5 AND day = "
                         u"'2027-07-05'"_qs),
             count(path, u"SELECT count(*) FROM agenda_items WHERE event_id = 1 AND day = "
                         u"'2019-07-08'"_qs));
    QCOMPARE(window->undoStack()->undoText(), u"Duplicate Event"_qs);

    // Undo takes the whole event away, redo brings it back under its id.
    window->undoStack()->undo();
    QCOMPARE(count(path, u"SELECT count(*) FROM events WHERE id = 5"_qs), 0);
    QCOMPARE(count(path, u"SELECT count(*) FROM participations WHERE event_id = 5"_qs), 0);
    window->undoStack()->redo();
    QCOMPARE(count(path, u"SELECT count(*) FROM participations WHERE event_id = 5"_qs), 28);
}

void BeforeTheVisitWindowTest::siteOpensOnTheMapFromItsFormAndTheAgenda()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"partnership.sqlite"_qs);
    test::writeDemo(path);
    QDesktopServices::setUrlHandler(u"https"_qs, this, "openUrl");
    m_opened.clear();
    const auto window = showWindow(path);

    // A visited site: the map at its stored coordinates.
    const int site = count(path, u"SELECT min(site_id) FROM agenda_items WHERE event_id = 1"_qs);
    Database reading;
    QVERIFY(reading.openToRead(path).ok());
    QSqlQuery query(reading.connection());
    QVERIFY(query.exec(u"SELECT printf('%.5f', latitude), printf('%.5f', longitude) FROM sites "
                       u"WHERE id = "_qs %
                       QString::number(site)) &&
            query.next());
    const QString expected = u"https://www.openstreetmap.org/?mlat=%1&mlon=%2#map=17/%1/%2"_qs.arg(
        query.value(0).toString(), query.value(1).toString());
    window->showArea(Area::Sites);
    window->currentPage()->showRecord(site);
    auto *onMap = window->currentPage()->form()->findChild<QPushButton *>(u"showOnMap"_qs);
    QVERIFY(onMap && onMap->isEnabled());
    onMap->click();
    QCOMPARE(m_opened.size(), 1);
    QCOMPARE(m_opened.last().toString(), expected);
    // Without a longitude there is nothing to show.
    window->currentPage()->form()->findChild<QLineEdit *>(u"longitude"_qs)->clear();
    QVERIFY(!onMap->isEnabled());
    window->currentPage()->revertRecord();

    // The same site from the first visit's agenda.
    window->showArea(Area::Events);
    window->currentPage()->showRecord(firstVisit);
    auto *form = qobject_cast<EventForm *>(window->currentPage()->form());
    AgendaEditor *agenda = form->agendaEditor();
    auto *agendaMap = agenda->findChild<QPushButton *>(u"showSiteOnMap"_qs);
    QVERIFY(agendaMap);
    const int row = count(path, u"SELECT count(*) FROM agenda_items WHERE event_id = 1 AND "
                                u"(day, start_time) < (SELECT day, start_time FROM agenda_items "
                                u"WHERE event_id = 1 AND site_id = %1 ORDER BY day, start_time "
                                u"LIMIT 1)"_qs.arg(site));
    agenda->table()->setCurrentIndex(agenda->table()->model()->index(row, 0));
    QVERIFY(agendaMap->isEnabled());
    agendaMap->click();
    QCOMPARE(m_opened.size(), 2);
    QCOMPARE(m_opened.last().toString(), expected);
    QDesktopServices::unsetUrlHandler(u"https"_qs);
}

// A copy of the first visit over German Unity Day 2019 with too many
// confirmed for its places: the month, the year and the event's days say
// so, in words, and the list below names each conflict.
void BeforeTheVisitWindowTest::calendarFlagsConflictsWhereTheyHappen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"partnership.sqlite"_qs);
    test::writeDemo(path);
    const auto window = showWindow(path);
    window->showArea(Area::Events);
    window->currentPage()->showRecord(firstVisit);
    test::whenDialogOpens([](QWidget *widget) {
        auto *dialog = qobject_cast<DuplicateEventDialog *>(widget);
        if (!dialog) {
            widget->close();
            return;
        }
        dialog->findChild<DateField *>(u"firstDay"_qs)->setDate(QDate(2019, 10, 1));
        dialog->findChild<QCheckBox *>(u"withParticipants"_qs)->setChecked(true);
        dialog->accept();
    });
    window->findChild<QAction *>(u"duplicateEventAction"_qs)->trigger();
    const int copy = window->currentPage()->form()->recordId();
    QCOMPARE(copy, 5);
    {
        // The invited confirm, as a colleague enters it in another window.
        Database other;
        QVERIFY(other.open(path).ok());
        QSqlQuery confirm(other.connection());
        QVERIFY(
            confirm.exec(u"UPDATE participations SET status = 'confirmed' WHERE event_id = 5"_qs));
    }

    QAction *calendarAction = window->findChild<QAction *>(u"calendarAction"_qs);
    QCOMPARE(calendarAction->shortcut(), QKeySequence(u"Ctrl+K"_qs));
    calendarAction->trigger();
    auto *calendar = window->findChild<CalendarDialog *>();
    QVERIFY(calendar && calendar->isVisible());
    auto *month = calendar->findChild<QTableWidget *>(u"monthGrid"_qs);
    auto *conflicts = calendar->findChild<QTreeWidget *>(u"conflictList"_qs);
    // October 2019 begins on a Tuesday: the second cell of the first row.
    QTableWidgetItem *unityDay = month->item(0, 3);
    QVERIFY(unityDay->text().startsWith(u"3\n"_qs));
    QVERIFY2(unityDay->text().contains(u"⚠ 1 conflict"_qs), qPrintable(unityDay->text()));
    QVERIFY(unityDay->toolTip().contains(u"Tag der Deutschen Einheit"_qs));
    QVERIFY(month->item(0, 4)->text() == u"4"_qs); // after the visit: nothing
    QCOMPARE(conflicts->topLevelItemCount(), 1);

    // A change made in the window shows at once: the places run out.
    auto *capacity = window->currentPage()->form()->findChild<QSpinBox *>(u"capacity"_qs);
    QVERIFY(capacity);
    capacity->setValue(10);
    QVERIFY(window->currentPage()->saveRecord());
    QCOMPARE(conflicts->topLevelItemCount(), 2);
    QVERIFY(conflicts->topLevelItem(0)->text(2).contains(u"with 10 places"_qs));

    // The year: a mark on each day of the visits, a warning on 3 October.
    auto *year = calendar->findChild<QTableWidget *>(u"yearGrid"_qs);
    QCOMPARE(year->item(9, 2)->text(), u"⚠"_qs);
    QCOMPARE(year->item(9, 0)->text(), u"⚠"_qs); // the capacity, on the first day
    QCOMPARE(year->item(9, 1)->text(), u"●"_qs);
    QCOMPARE(year->item(6, 8)->text(), u"●"_qs); // 9 July, the first visit

    // The event's days: the agenda with its conflicts beside the day.
    calendar->showEventDays(copy);
    auto *days = calendar->findChild<QTreeWidget *>(u"eventDays"_qs);
    QCOMPARE(days->topLevelItemCount(), 3);
    bool holidayBesideItsDay = false;
    for (int child = 0; child < days->topLevelItem(2)->childCount(); ++child)
        holidayBesideItsDay |=
            days->topLevelItem(2)->child(child)->text(2).contains(u"public holiday"_qs);
    QVERIFY(holidayBesideItsDay);
    // The calendar is the open database's: another database closes it.
    const QPointer<CalendarDialog> open(calendar);
    const QString other = dir.filePath(u"other.sqlite"_qs);
    test::writeDemo(other);
    test::whenDialogOpens([&other](QWidget *dialog) {
        auto *files = qobject_cast<QFileDialog *>(dialog);
        auto *name = files ? files->findChild<QLineEdit *>(u"fileNameEdit"_qs) : nullptr;
        if (!name) {
            dialog->close();
            return;
        }
        name->setText(other);
        QMetaObject::invokeMethod(files, "accept");
    });
    window->findChild<QAction *>(u"openDatabaseAction"_qs)->trigger();
    QCOMPARE(window->windowFilePath(), other);
    QTRY_VERIFY(open.isNull());
}

void BeforeTheVisitWindowTest::mailtoBatchesStayWithinWhatMailProgramsTake()
{
    QStringList addresses;
    for (int i = 0; i < 300; ++i)
        addresses.append(u"teilnehmer.%1@example-region.eu"_qs.arg(i));
    addresses.append(u"TEILNEHMER.7@example-region.eu"_qs); // the same, once
    addresses.append(u" "_qs);
    const QList<QUrl> links = mailtoBatches(addresses, u"Studienreise 2027"_qs);
    QVERIFY(links.size() > 1);
    QStringList all;
    for (const QUrl &link : links) {
        QVERIFY(link.toEncoded().size() <= 1900);
        QCOMPARE(link.scheme(), u"mailto"_qs);
        QVERIFY(link.path().isEmpty()); // nobody in To: every address in BCC
        all += bccOf(link);
    }
    QCOMPARE(all, addresses.mid(0, 300));
}

void BeforeTheVisitWindowTest::writeEmailOpensTheChosenInBcc()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"partnership.sqlite"_qs);
    test::writeDemo(path);
    QDesktopServices::setUrlHandler(u"mailto"_qs, this, "openUrl");
    m_opened.clear();
    const auto window = showWindow(path);
    window->showArea(Area::Events);
    window->currentPage()->showRecord(firstVisit);
    QAction *write = window->findChild<QAction *>(u"writeEmailAction"_qs);
    QVERIFY(write && write->isEnabled());

    // Those who attended, by the status ticked.
    test::whenDialogOpens([](QWidget *widget) {
        auto *statuses = widget->findChild<QListWidget *>(u"statuses"_qs);
        for (int row = 0; statuses && row < statuses->count(); ++row)
            statuses->item(row)->setCheckState(
                statuses->item(row)->data(Qt::UserRole) == u"attended"_qs ? Qt::Checked
                                                                          : Qt::Unchecked);
        if (auto *open = widget->findChild<QPushButton *>(u"openMessage"_qs))
            open->click();
        widget->close();
    });
    write->trigger();
    QCOMPARE(m_opened.size(), 1);
    Database reading;
    QVERIFY(reading.openToRead(path).ok());
    QSqlQuery query(reading.connection());
    QVERIFY(query.exec(u"SELECT n.email FROM participations p JOIN people n ON n.id = "
                       u"p.person_id WHERE p.event_id = 1 AND p.status = 'attended' AND "
                       u"n.email <> ''"_qs));
    QStringList attended;
    while (query.next())
        attended.append(query.value(0).toString());
    QStringList sent = bccOf(m_opened.first());
    attended.sort();
    sent.sort();
    QCOMPARE(sent, attended);

    // The rows selected on the Participants tab, chosen at once.
    auto *form = qobject_cast<EventForm *>(window->currentPage()->form());
    QTableView *table = form->participantsEditor()->table();
    table->selectionModel()->select(
        QItemSelection(table->model()->index(0, 0), table->model()->index(2, 0)),
        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QList<int> selected = form->participantsEditor()->selectedPersonIds();
    QCOMPARE(selected.size(), 3);
    bool selectedOffered = false;
    test::whenDialogOpens([&selectedOffered](QWidget *widget) {
        auto *only = widget->findChild<QRadioButton *>(u"onlySelected"_qs);
        selectedOffered = only && only->isChecked();
        if (auto *open = widget->findChild<QPushButton *>(u"openMessage"_qs))
            open->click();
        widget->close();
    });
    write->trigger();
    QVERIFY(selectedOffered);
    QCOMPARE(m_opened.size(), 2);
    QStringList expected;
    for (int id : selected) {
        QVERIFY(query.exec(u"SELECT email FROM people WHERE email <> '' AND id = "_qs %
                           QString::number(id)));
        if (query.next())
            expected.append(query.value(0).toString());
    }
    QStringList got = bccOf(m_opened.last());
    expected.sort();
    got.sort();
    QCOMPARE(got, expected);
    QDesktopServices::unsetUrlHandler(u"mailto"_qs);
}

// Three places: confirming five puts the last two on the waiting list in
// the order they registered, as one undoable step; a cancellation moves
// the first of them up, with a line in their history.
void BeforeTheVisitWindowTest::capacityPutsTheLateOnTheWaitingListAndMovesThemUp()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"partnership.sqlite"_qs);
    test::writeDemo(path);
    const auto window = showWindow(path);
    window->showArea(Area::Events);
    window->currentPage()->showRecord(firstVisit);
    auto *form = qobject_cast<EventForm *>(window->currentPage()->form());
    form->findChild<QSpinBox *>(u"capacity"_qs)->setValue(3);
    ParticipantsEditor *editor = form->participantsEditor();
    QList<Participation> participants = editor->participants();
    QVERIFY(participants.size() > 5);
    for (int i = 0; i < participants.size(); ++i)
        participants[i].status = i < 5 ? u"confirmed"_qs : u"cancelled"_qs;
    editor->setParticipants(participants);
    QString told;
    test::whenDialogOpens([&told](QWidget *box) {
        told =
            qobject_cast<QMessageBox *>(box) ? qobject_cast<QMessageBox *>(box)->text() : QString();
        box->close();
    });
    QVERIFY(window->currentPage()->saveRecord());
    QVERIFY2(told.contains(u"3 places, all taken"_qs), qPrintable(told));
    const auto statuses = [&path] {
        Database reading;
        reading.openToRead(path);
        QSqlQuery query(reading.connection());
        query.exec(u"SELECT status FROM participations WHERE event_id = 1 ORDER BY id LIMIT 5"_qs);
        QStringList list;
        while (query.next())
            list.append(query.value(0).toString());
        return list;
    };
    QCOMPARE(statuses(), (QStringList{u"confirmed"_qs, u"confirmed"_qs, u"confirmed"_qs,
                                      u"waitlisted"_qs, u"waitlisted"_qs}));
    const int fourth = participants[3].personId;
    const int historyBefore =
        count(path, u"SELECT count(*) FROM person_changes WHERE person_id = "_qs %
                        QString::number(fourth));

    // The second cancels: the fourth, first on the waiting list, moves up.
    participants = editor->participants();
    participants[1].status = u"cancelled"_qs;
    editor->setParticipants(participants);
    test::whenDialogOpens([&told](QWidget *box) {
        told =
            qobject_cast<QMessageBox *>(box) ? qobject_cast<QMessageBox *>(box)->text() : QString();
        box->close();
    });
    QVERIFY(window->currentPage()->saveRecord());
    QVERIFY2(told.startsWith(u"Moved up from the waiting list to confirmed:"_qs), qPrintable(told));
    QCOMPARE(statuses(), (QStringList{u"confirmed"_qs, u"cancelled"_qs, u"confirmed"_qs,
                                      u"confirmed"_qs, u"waitlisted"_qs}));
    QCOMPARE(count(path, u"SELECT count(*) FROM person_changes WHERE person_id = "_qs %
                             QString::number(fourth)),
             historyBefore + 1);

    // Undo takes the cancellation and the moving up back as one step.
    window->undoStack()->undo();
    QCOMPARE(statuses(), (QStringList{u"confirmed"_qs, u"confirmed"_qs, u"confirmed"_qs,
                                      u"waitlisted"_qs, u"waitlisted"_qs}));
}

// While the officer confirms five for three places, a colleague confirms
// two others on another connection: one place is left, for the first.
void BeforeTheVisitWindowTest::placesConfirmedElsewhereMeanwhileAreTaken()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"partnership.sqlite"_qs);
    test::writeDemo(path);
    const auto window = showWindow(path);
    window->showArea(Area::Events);
    window->currentPage()->showRecord(firstVisit);
    auto *form = qobject_cast<EventForm *>(window->currentPage()->form());
    form->findChild<QSpinBox *>(u"capacity"_qs)->setValue(3);
    ParticipantsEditor *editor = form->participantsEditor();
    QList<Participation> participants = editor->participants();
    for (int i = 0; i < 5; ++i)
        participants[i].status = u"confirmed"_qs;
    editor->setParticipants(participants);
    {
        Database colleague;
        QVERIFY(colleague.open(path).ok());
        QSqlQuery confirm(colleague.connection());
        QVERIFY(confirm.exec(u"UPDATE participations SET status = 'confirmed', version = "
                             u"version + 1 WHERE id IN (SELECT id FROM participations WHERE "
                             u"event_id = 1 ORDER BY id LIMIT 2 OFFSET 10)"_qs));
    }
    test::whenDialogOpens([](QWidget *box) { box->close(); });
    QVERIFY(window->currentPage()->saveRecord());
    QCOMPARE(count(path, u"SELECT count(*) FROM participations WHERE event_id = 1 AND status = "
                         u"'confirmed'"_qs),
             3);
    QCOMPARE(count(path, u"SELECT count(*) FROM participations WHERE event_id = 1 AND status = "
                         u"'waitlisted'"_qs),
             4);
    QCOMPARE(count(path, u"SELECT status = 'confirmed' FROM participations WHERE event_id = 1 "
                         u"ORDER BY id LIMIT 1"_qs),
             1);
}

QTEST_MAIN(BeforeTheVisitWindowTest)
#include "tst_beforevisitwindow.moc"
