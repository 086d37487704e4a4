// Long German and Polish words at the window's first size on a 1366×768
// laptop (issues 13 and 18; the test run gives it that screen): nothing
// clipped into its opposite, labels beside their fields, a list that keeps
// its width.

#include "domain/catalogues.h"
#include "editing/recordchanges.h"
#include "forms/eventform.h"
#include "forms/newpersondialog.h"
#include "lists/agendatablemodel.h"
#include "shownwindow.h"
#include "testdatabase.h"
#include "window/areapage.h"
#include "window/mainwindow.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace ep;

class LayoutTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void unlimitedCapacityIsReadWhole();
    void labelsStandBesideTheirFields_data();
    void labelsStandBesideTheirFields();
    void listKeepsItsWidthAcrossAreasAndTabs();
    void agendaTitlesKeepRoomToBeRead();

private:
    std::unique_ptr<test::TestDatabase> m_db;
};

void LayoutTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_db = std::make_unique<test::TestDatabase>();
    m_db->writeDemoProgramme();
}

void LayoutTest::cleanup()
{
    installTranslations(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void LayoutTest::unlimitedCapacityIsReadWhole()
{
    installTranslations(QLocale(QLocale::German, QLocale::Germany));
    const auto window = test::showWindow(m_db->path());
    auto *form = qobject_cast<EventForm *>(window->page(Area::Events)->form());
    auto *capacity = form->findChild<QSpinBox *>();
    QVERIFY(capacity);
    capacity->setValue(0);
    QCOMPARE(capacity->text(), u"unbegrenzt"_qs);
    // The text's room: the spin box's own line edit, inside frame and arrows.
    const auto *edit = capacity->findChild<QLineEdit *>();
    const int needed = edit->fontMetrics().horizontalAdvance(capacity->text());
    QVERIFY2(edit->width() >= needed,
             qPrintable(u"%1 px for %2 px"_qs.arg(edit->width()).arg(needed)));
}

void LayoutTest::labelsStandBesideTheirFields_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("Polish") << QLocale(QLocale::Polish, QLocale::Poland);
    QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany);
}

void LayoutTest::labelsStandBesideTheirFields()
{
    QFETCH(QLocale, locale);
    installTranslations(locale);
    QUndoStack undo;
    RecordChanges changes;
    NewPersonDialog dialog(Workspace{m_db->connection(), &undo, &changes}, QString());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    int checked = 0;
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        const QWidget *field = label->buddy();
        if (!field || !label->isVisible())
            continue;
        const QRect labelBox(label->mapTo(&dialog, QPoint(0, 0)), label->size());
        const QRect fieldBox(field->mapTo(&dialog, QPoint(0, 0)), field->size());
        // On the field's line, left of it — not above it.
        QVERIFY2(labelBox.top() >= fieldBox.top() - 4 && labelBox.top() < fieldBox.bottom(),
                 qPrintable(label->text()));
        QVERIFY2(labelBox.right() < fieldBox.left(), qPrintable(label->text()));
        // Whole: not cut to its first letters.
        QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));
        ++checked;
    }
    QVERIFY(checked >= 15);
}

void LayoutTest::listKeepsItsWidthAcrossAreasAndTabs()
{
    installTranslations(QLocale(QLocale::Polish, QLocale::Poland));
    const auto window = test::showWindow(m_db->path());
    AreaPage *events = window->page(Area::Events);
    const auto listWidth = [&window] {
        return window->currentPage()->splitter()->sizes().value(0);
    };
    const int width = listWidth();
    QVERIFY(width > 200);
    // The event with the most participants, on its widest tab.
    auto *form = qobject_cast<EventForm *>(events->form());
    for (int tab :
         {int(EventForm::AgendaTab), int(EventForm::ParticipantsTab), int(EventForm::DetailsTab)}) {
        form->tabs()->setCurrentIndex(tab);
        QCoreApplication::processEvents();
        QCOMPARE(listWidth(), width);
    }
    for (Area area : {Area::People, Area::Organisations, Area::Sites, Area::Topics, Area::Events}) {
        window->showArea(area);
        QCoreApplication::processEvents();
        QCOMPARE(listWidth(), width);
    }
}

void LayoutTest::agendaTitlesKeepRoomToBeRead()
{
    // Polish headings are long ("Gospodarze i prelegenci"); the study visit
    // has a day of two groups, so every column shows.
    installTranslations(QLocale(QLocale::Polish, QLocale::Poland));
    const auto window = test::showWindow(m_db->path());
    window->page(Area::Events)->showRecord(1);
    auto *form = qobject_cast<EventForm *>(window->page(Area::Events)->form());
    form->tabs()->setCurrentIndex(EventForm::AgendaTab);
    auto *table = form->findChild<QTableView *>(u"agendaTable"_qs);
    QTRY_VERIFY(table->isVisible() && table->model()->rowCount() > 20);
    QVERIFY(!table->isColumnHidden(AgendaTableModel::Group));
    const QHeaderView *header = table->horizontalHeader();
    const int title = header->sectionSize(AgendaTableModel::Title);
    QVERIFY2(title >= header->sectionSizeHint(AgendaTableModel::Title),
             qPrintable(u"%1 px"_qs.arg(title)));
    QVERIFY2(title >= table->fontMetrics().averageCharWidth() * 25,
             qPrintable(u"%1 px"_qs.arg(title)));

    // An event without groups shows no group column.
    window->page(Area::Events)->showRecord(3);
    QTRY_VERIFY(table->isColumnHidden(AgendaTableModel::Group));
}

QTEST_MAIN(LayoutTest)
#include "tst_layout.moc"
