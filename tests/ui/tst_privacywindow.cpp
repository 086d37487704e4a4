// The Privacy menu (issue 15, item 4): Erase Person… asks with what goes,
// what stays and which backups still hold the person, erases the person
// shown, and clears the undo history — in this window, and in a window that
// notices another program's erasure (the command line's "person erase").

#include "databasefiles.h"
#include "dialogs.h"
#include "domain/catalogues.h"
#include "forms/recordform.h"
#include "shownwindow.h"
#include "storage/actinguser.h"
#include "storage/sql.h"
#include "testdatabase.h"
#include "window/areapage.h"
#include "window/mainwindow.h"
#include "window/persondatadialog.h"
#include "window/retentiondialog.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace ep;
using ep::test::showWindow;

namespace {

constexpr int frank = 10; // Frank Straßburger of the demo programme

// Frank's record shown in the People area, his city changed and saved: a
// step on the undo stack that holds his data.
void editFrank(MainWindow &window)
{
    window.showArea(Area::People);
    AreaPage *page = window.currentPage();
    page->showRecord(frank);
    QCOMPARE(page->form()->recordId(), frank);
    auto *city = page->form()->findChild<QLineEdit *>(u"city"_qs);
    QVERIFY(city);
    city->setText(u"Gelsenkirchen"_qs);
    QVERIFY(page->saveRecord());
    QVERIFY(window.undoStack()->count() > 0);
}

int peopleCalledStrassburger(const QString &path)
{
    return int(test::rowsOf(path).filter(u"'Straßburger'"_qs).size());
}

} // namespace

class PrivacyWindowTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void personsFormShowsWhoChangedWhat();
    void exportPersonsDataChoosesFormAndLanguageThenFile();
    void erasePersonAsksThenErasesAndClearsTheUndoHistory();
    void cancelledErasureChangesNothing();
    void erasureByAnotherProgramClearsThisWindowsUndoHistory();
    void dataRetentionEditsThePolicyAndAppliesIt();
};

void PrivacyWindowTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The English catalogue, as the program installs it: its plurals.
    installTranslations(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void PrivacyWindowTest::personsFormShowsWhoChangedWhat()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"partnership.sqlite"_qs);
    test::writeDemo(path);
    const auto window = showWindow(path);
    editFrank(*window);
    auto *changes = window->currentPage()->form()->findChild<QTreeWidget *>(u"personChanges"_qs);
    QVERIFY(changes);
    QVERIFY(changes->isVisible());
    // The newest first: the city just saved, then his registrations and his
    // record as the demo programme wrote them.
    QVERIFY(changes->topLevelItemCount() >= 3);
    QCOMPARE(changes->topLevelItem(0)->text(2), u"Changed: City"_qs);
    QCOMPARE(changes->topLevelItem(0)->text(1), actingUser(QSqlDatabase()));
    QCOMPARE(changes->topLevelItem(changes->topLevelItemCount() - 1)->text(2), u"Created"_qs);
}

void PrivacyWindowTest::exportPersonsDataChoosesFormAndLanguageThenFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"partnership.sqlite"_qs);
    test::writeDemo(path);
    const auto window = showWindow(path);
    window->showArea(Area::People);
    window->currentPage()->showRecord(frank);
    QAction *exportData = window->findChild<QAction *>(u"exportPersonDataAction"_qs);
    QVERIFY(exportData->isEnabled());
    const QString written = dir.filePath(u"frank.json"_qs);
    QString offeredLanguage;
    test::whenDialogOpens([&](QWidget *widget) {
        auto *dialog = qobject_cast<PersonDataDialog *>(widget);
        QVERIFY(dialog);
        // Frank reads German and English: German first.
        offeredLanguage = dialog->findChild<QComboBox *>(u"language"_qs)->currentText();
        dialog->findChild<QComboBox *>(u"format"_qs)->setCurrentIndex(1); // JSON
        test::whenDialogOpens([&](QWidget *files) {
            auto *name = files->findChild<QLineEdit *>(u"fileNameEdit"_qs);
            QVERIFY(name);
            name->setText(written);
            files->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        });
        dialog->accept();
    });
    exportData->trigger();
    QCOMPARE(offeredLanguage, u"Deutsch"_qs);
    QTRY_VERIFY(QFile::exists(written));
    QCOMPARE(test::modeOf(written), 0600);
    QVERIFY(test::fileContent(written).contains("\"last_name\": \"Straßburger\""));
    QVERIFY(window->statusBar()->currentMessage().contains(u"readable by you alone"_qs));
}

void PrivacyWindowTest::erasePersonAsksThenErasesAndClearsTheUndoHistory()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"partnership.sqlite"_qs);
    test::writeDemo(path);
    const auto window = showWindow(path);
    editFrank(*window);
    QAction *erase = window->findChild<QAction *>(u"erasePersonAction"_qs);
    QVERIFY(erase->isEnabled());
    QString question;
    QString details;
    test::whenDialogOpens([&](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        QVERIFY(box);
        question = box->text();
        details = box->informativeText();
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        for (QAbstractButton *button : box->buttons()) {
            if (button->text() == u"&Erase for Good")
                button->click();
        }
    });
    erase->trigger();
    QCOMPARE(question, u"Erase Frank Straßburger everywhere, for good?"_qs);
    QVERIFY2(details.contains(u"2 participations"_qs), qPrintable(details));
    QVERIFY2(details.contains(u"sign-in sheets signed on paper"_qs), qPrintable(details));
    QCOMPARE(peopleCalledStrassburger(path), 0);
    QCOMPARE(window->undoStack()->count(), 0);
    QCOMPARE(window->statusBar()->currentMessage(), u"Frank Straßburger was erased."_qs);
    AreaPage *people = window->page(Area::People);
    QCOMPARE(people->form()->recordId(), 0);
    QTRY_COMPARE(people->table()->model()->rowCount(), test::countIn(path, u"people"_qs));
    QVERIFY(!erase->isEnabled()); // nobody shown
}

void PrivacyWindowTest::cancelledErasureChangesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"partnership.sqlite"_qs);
    test::writeDemo(path);
    const auto window = showWindow(path);
    editFrank(*window);
    const QStringList before = test::rowsOf(path);
    test::clickInNextMessageBox(u"Cancel"_qs);
    window->findChild<QAction *>(u"erasePersonAction"_qs)->trigger();
    QCOMPARE(test::rowsOf(path), before);
    QCOMPARE(window->undoStack()->count(), 1);
}

void PrivacyWindowTest::erasureByAnotherProgramClearsThisWindowsUndoHistory()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"partnership.sqlite"_qs);
    test::writeDemo(path);
    const auto window = showWindow(path);
    editFrank(*window);
    QProcess command;
    command.start(
        QStringLiteral(EXCHANGE_PLANNER_BINARY),
        {u"person"_qs, u"erase"_qs, u"f.strassburger@rvr.example.org"_qs, u"--database"_qs, path});
    QVERIFY(command.waitForFinished(60000));
    const QString out = QString::fromUtf8(command.readAllStandardOutput());
    QCOMPARE(command.exitCode(), 0);
    QVERIFY2(out.startsWith(u"Erased Frank Straßburger (id 10):"_qs), qPrintable(out));
    QVERIFY2(out.contains(u"What stays:"_qs), qPrintable(out));
    QTRY_COMPARE_WITH_TIMEOUT(window->undoStack()->count(), 0, 10000);
    QVERIFY(window->statusBar()->currentMessage().contains(u"undo history was cleared"_qs));
    QCOMPARE(peopleCalledStrassburger(path), 0);

    // Nobody left with that email: the command says so and changes nothing.
    const QStringList before = test::rowsOf(path);
    command.start(
        QStringLiteral(EXCHANGE_PLANNER_BINARY),
        {u"person"_qs, u"erase"_qs, u"f.strassburger@rvr.example.org"_qs, u"--database"_qs, path});
    QVERIFY(command.waitForFinished(60000));
    QCOMPARE(command.exitCode(), 2);
    QVERIFY(QString::fromUtf8(command.readAllStandardError()).contains(u"no person"_qs));
    QCOMPARE(test::rowsOf(path), before);
}

void PrivacyWindowTest::dataRetentionEditsThePolicyAndAppliesIt()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"partnership.sqlite"_qs);
    test::writeDemo(path);
    const auto window = showWindow(path);
    editFrank(*window);
    int dueAtFirst = 0;
    int dueWithTenYears = 0;
    QString outcome;
    test::whenDialogOpens([&](QWidget *widget) {
        auto *dialog = qobject_cast<RetentionDialog *>(widget);
        QVERIFY(dialog);
        auto *due = dialog->findChild<QTreeWidget *>(u"due"_qs);
        dueAtFirst = due->topLevelItemCount();
        // Ten years for contact details, saved for everyone: fewer are due.
        const QList<QSpinBox *> months = dialog->findChildren<QSpinBox *>();
        QCOMPARE(months.size(), 2);
        months.first()->setValue(120);
        auto *apply = dialog->findChild<QPushButton *>(u"applyRetention"_qs);
        QVERIFY(!apply->isEnabled()); // not before the policy is saved
        dialog->findChild<QPushButton *>(u"savePolicy"_qs)->click();
        dueWithTenYears = due->topLevelItemCount();
        test::whenDialogOpens([&](QWidget *confirm) {
            test::whenDialogOpens([&](QWidget *done) {
                outcome = qobject_cast<QMessageBox *>(done)->text();
                done->close();
                dialog->reject();
            });
            for (QAbstractButton *button : qobject_cast<QMessageBox *>(confirm)->buttons()) {
                if (button->text() == u"&Anonymise")
                    button->click();
            }
        });
        apply->click();
    });
    window->findChild<QAction *>(u"retentionAction"_qs)->trigger();
    QTRY_VERIFY(!outcome.isEmpty());
    QVERIFY(dueAtFirst > 40);
    QVERIFY(dueWithTenYears > 0 && dueWithTenYears < dueAtFirst);
    QVERIFY2(outcome.startsWith(u"Dietary and accessibility needs: anonymised for"_qs),
             qPrintable(outcome));
    QCOMPARE(window->undoStack()->count(), 0);
    QCOMPARE(window->statusBar()->currentMessage(),
             u"The retention policy was applied; the undo history was cleared."_qs);
    Database database;
    QVERIFY(database.openToRead(path).ok());
    QCOMPARE(Retention::policy(database.connection()).first().months, 120);
    QCOMPARE(sql::count(database.connection(),
                        u"SELECT count(*) FROM participations WHERE dietary_needs <> ''"_qs),
             0);
}

QTEST_MAIN(PrivacyWindowTest)
#include "tst_privacywindow.moc"
