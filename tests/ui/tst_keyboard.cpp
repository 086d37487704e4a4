// Moving by keyboard as an officer does without a mouse (issue 13): from the
// search field into the results and on to the form, and through the person
// picker.

#include "dialogs.h"
#include "editing/recordchanges.h"
#include "forms/personpickerdialog.h"
#include "forms/recordform.h"
#include "lists/recordlistmodel.h"
#include "shownwindow.h"
#include "storage/personrepository.h"
#include "testdatabase.h"
#include "window/areapage.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QLineEdit>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace ep;

class KeyboardTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void searchLeadsIntoTheResultsAndTabOnToTheForm();
    void searchThatLeavesTheRecordOutShowsTheFirstMatch();
    void personPickerTakesTheOneMatchOnEnter();
    void personPickerListReachedByTabStartsOnItsFirstRow();

private:
    std::unique_ptr<test::TestDatabase> m_db;
};

void KeyboardTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_db = std::make_unique<test::TestDatabase>();
    m_db->writeDemoProgramme();
}

void KeyboardTest::searchLeadsIntoTheResultsAndTabOnToTheForm()
{
    const auto window = test::showWindow(m_db->path());
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    window->showArea(Area::People);
    AreaPage *page = window->page(Area::People);
    auto *search = page->findChild<QLineEdit *>(u"search"_qs);
    auto *list = page->findChild<QTableView *>(u"list"_qs);
    search->setFocus();
    QTest::keyClicks(search, u"Nowak"_qs);
    QTRY_VERIFY(page->model()->rowCount() >= 1 && page->model()->rowCount() < 10);
    const int first = page->model()->idAt(0);

    QTest::keyClick(search, Qt::Key_Down);
    QVERIFY(list->hasFocus());
    QCOMPARE(list->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(page->model()->idAt(list->selectionModel()->selectedRows().first().row()),
             page->form()->recordId());
    QCOMPARE(page->form()->recordId(), first);

    // Tab leaves the list for the form; the record stays.
    QTest::keyClick(list, Qt::Key_Tab);
    QWidget *focused = QApplication::focusWidget();
    QVERIFY(focused);
    QVERIFY2(page->form()->isAncestorOf(focused), focused->metaObject()->className());
    QCOMPARE(page->form()->recordId(), first);
}

void KeyboardTest::searchThatLeavesTheRecordOutShowsTheFirstMatch()
{
    const auto window = test::showWindow(m_db->path());
    window->showArea(Area::People);
    AreaPage *page = window->page(Area::People);
    const int shown = page->form()->recordId();
    QVERIFY(shown != 0);
    auto *search = page->findChild<QLineEdit *>(u"search"_qs);
    QTest::keyClicks(search, u"Nowak"_qs);
    QTRY_VERIFY(page->model()->rowCount() < 10);
    QVERIFY(page->model()->rowOfId(shown) < 0);
    QTRY_COMPARE(page->form()->recordId(), page->model()->idAt(0));
}

void KeyboardTest::personPickerTakesTheOneMatchOnEnter()
{
    QUndoStack undo;
    RecordChanges changes;
    PersonPickerDialog picker(Workspace{m_db->connection(), &undo, &changes},
                              PersonPickerDialog::Selection::Single);
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(u"SELECT id, last_name FROM people ORDER BY id"_qs));
    int id = 0;
    QString lastName;
    while (query.next() && id == 0) {
        QSqlQuery same(m_db->connection());
        same.exec(u"SELECT count(*) FROM people WHERE last_name = '%1'"_qs.arg(
            query.value(1).toString()));
        same.next();
        if (same.value(0).toInt() == 1) {
            id = query.value(0).toInt();
            lastName = query.value(1).toString();
        }
    }
    QVERIFY(id != 0);
    query.finish();
    // Typed and Enter at once, before the search has run by itself.
    test::typeText(picker.searchField(), lastName);
    QTest::keyClick(picker.searchField(), Qt::Key_Return);
    QCOMPARE(picker.result(), int(QDialog::Accepted));
    QCOMPARE(picker.chosenIds(), QList<int>{id});
}

void KeyboardTest::personPickerListReachedByTabStartsOnItsFirstRow()
{
    QUndoStack undo;
    RecordChanges changes;
    PersonPickerDialog picker(Workspace{m_db->connection(), &undo, &changes},
                              PersonPickerDialog::Selection::Single);
    picker.show();
    picker.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&picker));
    auto *list = picker.findChild<QTableView *>();
    QTest::keyClick(picker.searchField(), Qt::Key_Tab);
    QVERIFY(list->hasFocus());
    // The first row is current and highlighted: what Enter takes.
    QCOMPARE(list->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(list->selectionModel()->selectedRows().first().row(), 0);
    // Down goes to the second row, not from an invisible current row.
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(list->selectionModel()->selectedRows().first().row(), 1);
    const auto *model = qobject_cast<RecordListModel *>(list->model());
    const int second = model->idAt(1);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(picker.result(), int(QDialog::Accepted));
    QCOMPARE(picker.chosenIds(), QList<int>{second});
}

QTEST_MAIN(KeyboardTest)
#include "tst_keyboard.moc"
