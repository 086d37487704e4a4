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
#include "widgets/personlistedit.h"
#include "window/areapage.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <QVBoxLayout>

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
    void choosingPeopleLeavesEnterToTheDialog();

private:
    std::pair<int, QString> personWithUniqueLastName() const;

    std::unique_ptr<test::TestDatabase> m_db;
};

std::pair<int, QString> KeyboardTest::personWithUniqueLastName() const
{
    QSqlQuery query(m_db->connection());
    query.exec(u"SELECT min(id), last_name FROM people GROUP BY last_name"
               " HAVING count(*) = 1 ORDER BY min(id) LIMIT 1"_qs);
    if (!query.next())
        return {0, QString()};
    return {query.value(0).toInt(), query.value(1).toString()};
}

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
    const auto [id, lastName] = personWithUniqueLastName();
    QVERIFY(id != 0);
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

// After "Add…" has chosen someone, Enter must finish the dialog being filled
// in, not open the picker again from the button that still had the focus.
void KeyboardTest::choosingPeopleLeavesEnterToTheDialog()
{
    QUndoStack undo;
    RecordChanges changes;
    QDialog dialog;
    auto *people = new PersonListEdit(Workspace{m_db->connection(), &undo, &changes});
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(people);
    layout->addWidget(buttons);
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *list = people->findChild<QListWidget *>();
    QPushButton *add = nullptr;
    for (auto *button : people->findChildren<QPushButton *>())
        if (button->text() == tr("Add…"))
            add = button;
    QVERIFY(add);
    add->setFocus();

    const auto [id, lastName] = personWithUniqueLastName();
    QVERIFY(id != 0);
    test::whenDialogOpens([lastName](QWidget *picker) {
        auto *search = qobject_cast<PersonPickerDialog *>(picker)->searchField();
        test::typeText(search, lastName);
        QTest::keyClick(search, Qt::Key_Return);
    });
    QTest::keyClick(add, Qt::Key_Space);

    QCOMPARE(list->count(), 1);
    // The widget that has the focus once the dialog is active again.
    QCOMPARE(dialog.focusWidget(), list);
    QVERIFY(list->item(0)->isSelected());
    QVERIFY(list->item(0)->text().contains(lastName));
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.isHidden());
}

QTEST_MAIN(KeyboardTest)
#include "tst_keyboard.moc"
