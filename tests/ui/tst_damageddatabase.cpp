// The window and a database file that is not what it seems: opening one
// edited by hand is refused with what it lacks, and a list whose table is
// dropped while the window shows it says so instead of passing for empty.

#include "dialogs.h"
#include "handedits.h"
#include "lists/recordlistmodel.h"
#include "shownwindow.h"
#include "storage/database.h"
#include "testdatabase.h"
#include "window/areapage.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTest>

using namespace ep;
using test::showWindow;

namespace {

// Runs `act` on the next message box as soon as it is open; a dialog before
// it may still be closing.
void whenMessageBoxOpens(std::function<void(QMessageBox *)> act, int attempts)
{
    QTimer::singleShot(20, [act = std::move(act), attempts]() mutable {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            act(box);
            return;
        }
        if (attempts > 0)
            whenMessageBoxOpens(std::move(act), attempts - 1);
    });
}

} // namespace

class DamagedDatabaseWindowTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void openingAFileEditedByHandSaysWhatIsMissing();
    void aListWhoseTableWasDroppedSaysSo();
};

void DamagedDatabaseWindowTest::initTestCase()
{
    // QSettings and data folders of the test, not of the user running it.
    QStandardPaths::setTestModeEnabled(true);
}

void DamagedDatabaseWindowTest::openingAFileEditedByHandSaysWhatIsMissing()
{
    test::TestDatabase db;
    db.writeDemoProgramme();
    const QString edited = db.folder() + u"/edited.sqlite"_qs;
    QVERIFY(!db.database().backupTo(edited).isValid());
    QCOMPARE(test::editByHand(edited, {u"DROP TABLE participations"_qs}), QString());
    const auto windowPointer = showWindow(db.path());
    MainWindow &window = *windowPointer;

    // File › Open Database…, the edited file chosen: refused, with the reason.
    // (Up to ten seconds for each dialog to open, on a loaded machine.)
    QString title;
    QString message;
    test::whenDialogOpens(
        [&](QWidget *dialog) {
            auto *files = qobject_cast<QFileDialog *>(dialog);
            QVERIFY(files);
            whenMessageBoxOpens(
                [&](QMessageBox *box) {
                    title = box->windowTitle();
                    message = box->text();
                    box->accept();
                },
                500);
            // Typed, as the dialog's list may not show the new file yet.
            auto *name = files->findChild<QLineEdit *>(u"fileNameEdit"_qs);
            QVERIFY(name);
            name->setText(edited);
            QMetaObject::invokeMethod(files, "accept");
        },
        500);
    window.findChild<QAction *>(u"openDatabaseAction"_qs)->trigger();
    QCOMPARE(title, u"Cannot Open Database"_qs);
    QCOMPARE(message, u"The database %1 is damaged or was edited by hand: the table "
                      u"participations is missing. It was left unchanged."_qs.arg(edited));
    // The window stays on the database it had, with its lists.
    QCOMPARE(window.windowFilePath(), db.path());
    QVERIFY(window.currentPage()->model()->rowCount() > 0);
}

void DamagedDatabaseWindowTest::aListWhoseTableWasDroppedSaysSo()
{
    test::TestDatabase db;
    db.writeDemoProgramme();
    const auto windowPointer = showWindow(db.path());
    windowPointer->findChild<QListWidget *>(QStringLiteral("navigation"))->setCurrentRow(0);
    AreaPage *events = windowPointer->currentPage();
    QCOMPARE(events->area(), Area::Events);
    auto *count = events->findChild<QLabel *>(u"count"_qs);
    QVERIFY(count);
    QVERIFY2(count->text().contains(u'4'), qPrintable(count->text()));

    // Another program drops the table while the window shows it; the next
    // search says so where the count was, not an empty list passing as none.
    QCOMPARE(test::editByHand(db.path(), {u"DROP TABLE events"_qs}, false), QString());
    test::typeText(events->searchField(), u"visit"_qs);
    QTRY_COMPARE(count->text(), u"The database %1 is damaged or was edited by hand: the table "
                                u"events is missing."_qs.arg(db.path()));
    QCOMPARE(events->model()->rowCount(), 0);
}

QTEST_MAIN(DamagedDatabaseWindowTest)
#include "tst_damageddatabase.moc"
