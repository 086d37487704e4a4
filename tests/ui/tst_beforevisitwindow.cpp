// Before the visit from the window (issue 16): Duplicate Event… asks for
// the first day and the participants, makes the event as one undoable step
// and shows it.

#include "databasefiles.h"
#include "dialogs.h"
#include "domain/catalogues.h"
#include "forms/recordform.h"
#include "shownwindow.h"
#include "testdatabase.h"
#include "widgets/datefield.h"
#include "window/areapage.h"
#include "window/duplicateeventdialog.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
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

QTEST_MAIN(BeforeTheVisitWindowTest)
#include "tst_beforevisitwindow.moc"
