// Backups from the window (issue 15, items 7 and 8): today's copy written in
// the background at the start, File › Backups… listing the copies with
// their counts and writing one now, and a restore chosen there that replaces
// the database the window shows, keeps it as it was, clears the undo
// history and is refused while another window has the file open.

#include "databasefiles.h"
#include "dialogs.h"
#include "forms/recordform.h"
#include "manywriters.h"
#include "shownwindow.h"
#include "storage/backups.h"
#include "storage/demoprogramme.h"
#include "storage/sql.h"
#include "window/areapage.h"
#include "window/backupactions.h"
#include "window/backupsdialog.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ep;
using ep::test::showWindow;

namespace {

QString demoDatabase(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(u"partnership.sqlite"_qs);
    QFile programme(u":/demo/demo-programme.json"_qs);
    programme.open(QIODevice::ReadOnly);
    Database database;
    if (!database.open(path).ok() ||
        !DemoProgramme::write(database.connection(), programme.readAll()).isEmpty())
        qFatal("the demo database was not written");
    return path;
}

// The person's last name changed in the People form and saved, as an
// officer does it: one step on the undo stack.
void renameInTheWindow(MainWindow &window, const QString &lastName)
{
    window.showArea(Area::People);
    AreaPage *page = window.currentPage();
    page->table()->selectRow(0);
    auto *field = page->form()->findChild<QLineEdit *>(u"lastName"_qs);
    QVERIFY(field);
    field->setText(lastName);
    QVERIFY(page->saveRecord());
}

} // namespace

class BackupsWindowTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void todaysCopyIsWrittenInTheBackgroundOnce();
    void backupsDialogListsTheCopiesAndBacksUpNow();
    void restoreChosenInTheDialogReplacesWhatTheWindowShows();
    void restoreIsRefusedWhileAnotherWindowHasTheFile();
};

void BackupsWindowTest::initTestCase()
{
    // The data folder, with backups/, of the test, not of the user.
    QStandardPaths::setTestModeEnabled(true);
}

void BackupsWindowTest::init()
{
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) % u"/backups"_qs)
        .removeRecursively();
}

void BackupsWindowTest::todaysCopyIsWrittenInTheBackgroundOnce()
{
    QTemporaryDir dir;
    const QString path = demoDatabase(dir);
    const auto window = showWindow(path);
    auto *backups = window->findChild<BackupActions *>();
    QVERIFY(backups);
    window->backUpIfDue();
    QVERIFY(backups->isBackingUp());
    // The window answers meanwhile.
    window->showArea(Area::People);
    QTRY_VERIFY_WITH_TIMEOUT(!backups->isBackingUp(), 20000);
    QTRY_VERIFY(window->statusBar()->currentMessage().startsWith(u"Today's backup was written"_qs));
    const QList<Backups::Copy> copies = Backups::list(path);
    QCOMPARE(copies.size(), 1);
    QCOMPARE(test::rowsOf(copies.first().path), test::rowsOf(path));

    // The next start that day writes none.
    window->statusBar()->clearMessage();
    window->backUpIfDue();
    QTRY_VERIFY_WITH_TIMEOUT(!backups->isBackingUp(), 20000);
    QCOMPARE(Backups::list(path).size(), 1);
    QCOMPARE(window->statusBar()->currentMessage(), QString());
}

void BackupsWindowTest::backupsDialogListsTheCopiesAndBacksUpNow()
{
    QTemporaryDir dir;
    const QString path = demoDatabase(dir);
    const auto window = showWindow(path);
    QStringList seen;
    test::whenDialogOpens([&seen](QWidget *widget) {
        auto *dialog = qobject_cast<BackupsDialog *>(widget);
        QVERIFY(dialog);
        auto *table = dialog->findChild<QTableWidget *>(u"backups"_qs);
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(!dialog->findChild<QPushButton *>(u"restore"_qs)->isEnabled());
        dialog->findChild<QPushButton *>(u"backUpNow"_qs)->click();
        QCOMPARE(table->rowCount(), 1);
        for (int column = 0; column < table->columnCount(); ++column)
            seen.append(table->item(0, column)->text());
        QVERIFY(dialog->findChild<QPushButton *>(u"restore"_qs)->isEnabled());
        dialog->reject();
    });
    window->findChild<QAction *>(u"backupsAction"_qs)->trigger();
    QTRY_COMPARE(seen.size(), 5);
    QCOMPARE(seen[1], u"Daily copy"_qs);
    Database database;
    QVERIFY(database.openToRead(path).ok());
    QCOMPARE(seen[2],
             QString::number(sql::count(database.connection(), u"SELECT count(*) FROM events"_qs)));
    QCOMPARE(seen[3],
             QString::number(sql::count(database.connection(), u"SELECT count(*) FROM people"_qs)));
    QVERIFY2(seen[4].endsWith(u"KiB"_qs), qPrintable(seen[4]));
}

void BackupsWindowTest::restoreChosenInTheDialogReplacesWhatTheWindowShows()
{
    QTemporaryDir dir;
    const QString path = demoDatabase(dir);
    QCOMPARE(Backups::backUpNow(path, QDateTime::currentDateTime()).status,
             Backups::Outcome::Status::Written);
    const QStringList backedUp = test::rowsOf(path);
    const auto window = showWindow(path);
    renameInTheWindow(*window, u"Falsch"_qs);
    QCOMPARE(window->undoStack()->count(), 1);
    const QStringList changed = test::rowsOf(path);
    QVERIFY(changed != backedUp);

    QString question;
    QString outcome;
    test::whenDialogOpens([&](QWidget *widget) {
        auto *dialog = qobject_cast<BackupsDialog *>(widget);
        QVERIFY(dialog);
        test::whenDialogOpens([&](QWidget *confirm) {
            auto *box = qobject_cast<QMessageBox *>(confirm);
            QVERIFY(box);
            question = box->text();
            test::whenDialogOpens([&](QWidget *done) {
                auto *said = qobject_cast<QMessageBox *>(done);
                QVERIFY(said);
                outcome = said->text();
                said->accept();
            });
            for (QAbstractButton *button : box->buttons()) {
                if (button->text() == u"&Restore")
                    button->click();
            }
        });
        dialog->findChild<QPushButton *>(u"restore"_qs)->click();
    });
    window->findChild<QAction *>(u"backupsAction"_qs)->trigger();
    QTRY_VERIFY(!outcome.isEmpty());
    QVERIFY2(question.startsWith(u"Replace everything in"_qs), qPrintable(question));
    QVERIFY2(outcome.contains(u"now holds what the backup"_qs), qPrintable(outcome));
    QCOMPARE(test::rowsOf(path), backedUp);
    const QString kept = dir.filePath(u"partnership.before-restore-"_qs %
                                      QDate::currentDate().toString(Qt::ISODate) % u".sqlite"_qs);
    QCOMPARE(test::rowsOf(kept), changed);
    // The window shows the restored database, with nothing left to undo.
    QCOMPARE(window->undoStack()->count(), 0);
    QCOMPARE(window->databaseLocation(), path);
    AreaPage *people = window->page(Area::People);
    QTRY_VERIFY(people->table()->model()->rowCount() > 50);
    people->table()->selectRow(0);
    QVERIFY(people->form()->findChild<QLineEdit *>(u"lastName"_qs)->text() != u"Falsch");
}

void BackupsWindowTest::restoreIsRefusedWhileAnotherWindowHasTheFile()
{
    QTemporaryDir dir;
    const QString path = demoDatabase(dir);
    const QString backup = Backups::backUpNow(path, QDateTime::currentDateTime()).path;
    const auto window = showWindow(path);
    const auto other = showWindow(path);
    renameInTheWindow(*window, u"Falsch"_qs);
    const QStringList before = test::rowsOf(path);
    QString warning;
    test::whenDialogOpens([&](QWidget *confirm) {
        test::whenDialogOpens([&](QWidget *refusal) {
            warning = qobject_cast<QMessageBox *>(refusal)->text();
            refusal->close();
        });
        for (QAbstractButton *button : qobject_cast<QMessageBox *>(confirm)->buttons()) {
            if (button->text() == u"&Restore")
                button->click();
        }
    });
    window->findChild<BackupActions *>()->restore(backup);
    QTRY_VERIFY(!warning.isEmpty());
    QVERIFY2(warning.contains(u"open in another window or program"_qs), qPrintable(warning));
    QCOMPARE(test::rowsOf(path), before);
    QCOMPARE(QDir(dir.path()).entryList({u"*before-restore*"_qs}), QStringList());
    // Both windows work on, the first on its database opened again.
    QCOMPARE(window->databaseLocation(), path);
    renameInTheWindow(*window, u"Richtig"_qs);
    QVERIFY(test::rowsOf(path).join(u'\n').contains(u"Richtig"_qs));
}

QTEST_MAIN(BackupsWindowTest)
#include "tst_backupswindow.moc"
