// The window and its database file: a backup never replaces the open file,
// under whatever name it is chosen; the file opened is remembered so that
// the next start finds it.

#include "dialogs.h"
#include "manywriters.h"
#include "shownwindow.h"
#include "storage/database.h"
#include "testdatabase.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

using namespace ep;
using ep::test::showWindow;

class DatabaseFilesTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void backUpWritesACopyOfTheDatabase();
    void backUpRefusesTheDatabaseThroughALink();
    void relativeDatabasePathIsRememberedAbsolute();
};

void DatabaseFilesTest::initTestCase()
{
    // QSettings and data folders of the test, not of the user running it.
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void DatabaseFilesTest::backUpWritesACopyOfTheDatabase()
{
    test::TestDatabase db;
    db.writeDemoProgramme();
    const auto windowPointer = showWindow(db.path());
    MainWindow &window = *windowPointer;
    // The officer takes the name offered: beside the database, dated.
    QString copy;
    test::whenDialogOpens([&copy](QWidget *dialog) {
        auto *files = qobject_cast<QFileDialog *>(dialog);
        QVERIFY(files);
        copy = files->selectedFiles().value(0);
        auto *buttons = files->findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        buttons->button(QDialogButtonBox::Save)->click();
    });
    window.findChild<QAction *>(u"backUpAction"_qs)->trigger();
    QCOMPARE(QFileInfo(copy).fileName(),
             u"planner-backup-"_qs % QDate::currentDate().toString(Qt::ISODate) % u".sqlite");
    QVERIFY(QFile::exists(copy));
    QVERIFY(window.statusBar()->currentMessage().contains(QFileInfo(copy).fileName()));
    {
        QSqlDatabase backup = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"backup"_qs);
        backup.setDatabaseName(copy);
        QVERIFY(backup.open());
        QSqlQuery count(backup);
        QVERIFY(count.exec(u"SELECT count(*) FROM events"_qs) && count.next());
        QCOMPARE(count.value(0).toInt(), 4);
    }
    QSqlDatabase::removeDatabase(u"backup"_qs);
    QVERIFY(!QFile::exists(copy + u".new"_qs));
}

// The officer picks, in the save dialog, a link to the open database (or
// the file under another spelling of its path): refused, nothing replaced,
// the window keeps working on its file.
void DatabaseFilesTest::backUpRefusesTheDatabaseThroughALink()
{
    test::TestDatabase db;
    db.writeDemoProgramme();
    const QString link = db.folder() + u"/shortcut.sqlite"_qs;
    QVERIFY(QFile::link(db.path(), link));
    // Compared through SQLite: reading the file with QFile beside open
    // connections would drop their locks (manywriters.h).
    const QStringList before = test::everyRow(db.connection());
    const auto windowPointer = showWindow(db.path());
    MainWindow &window = *windowPointer;
    QString warning;
    test::whenDialogOpens([&](QWidget *dialog) {
        auto *files = qobject_cast<QFileDialog *>(dialog);
        QVERIFY(files);
        auto *name = files->findChild<QLineEdit *>(u"fileNameEdit"_qs);
        QVERIFY(name);
        name->setText(link);
        // The dialog asks before replacing the existing file: yes, replace.
        test::whenDialogOpens([&](QWidget *confirm) {
            auto *box = qobject_cast<QMessageBox *>(confirm);
            QVERIFY(box);
            QAbstractButton *yes = box->button(QMessageBox::Yes);
            if (!yes) { // no question: this is the answer
                warning = box->text();
                box->accept();
                return;
            }
            test::whenDialogOpens([&](QWidget *refusal) {
                auto *message = qobject_cast<QMessageBox *>(refusal);
                QVERIFY(message);
                warning = message->text();
                message->accept();
            });
            yes->click();
        });
        files->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    });
    window.findChild<QAction *>(u"backUpAction"_qs)->trigger();
    QTRY_VERIFY(!warning.isEmpty());
    QVERIFY2(warning.contains(u"is the open database itself"_qs), qPrintable(warning));
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(test::everyRow(db.connection()), before);
    QVERIFY(!QFile::exists(link + u".new"_qs));
    QVERIFY(QSqlQuery(db.connection()).exec(u"UPDATE events SET capacity = 41"_qs));
}

// Started as "exchange-planner --database planner.sqlite" in some folder:
// the next start, from the menu, finds the same file.
void DatabaseFilesTest::relativeDatabasePathIsRememberedAbsolute()
{
    test::TestDatabase db;
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(db.folder()));
    {
        const auto window = showWindow(QFileInfo(db.path()).fileName());
    }
    QVERIFY(QDir::setCurrent(previous));
    const QString remembered = QSettings().value(QStringLiteral("database/last")).toString();
    QVERIFY2(QFileInfo(remembered).isAbsolute(), qPrintable(remembered));
    QCOMPARE(remembered, QFileInfo(db.path()).absoluteFilePath());
}

QTEST_MAIN(DatabaseFilesTest)
#include "tst_databasefiles.moc"
