#include "dialogs.h"
#include "forms/eventform.h"
#include "forms/recordform.h"
#include "lists/recordlistmodel.h"
#include "shownwindow.h"
#include "storage/database.h"
#include "testdatabase.h"
#include "widgets/datefield.h"
#include "widgets/localizedtextedit.h"
#include "window/applicationicon.h"
#include "window/areapage.h"
#include "window/languagemenu.h"
#include "window/languagesettings.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace ep;
using test::openDatabase;
using test::showWindow;

namespace {

QPushButton *saveButton(AreaPage *page)
{
    return page->findChild<QPushButton *>(QStringLiteral("save"));
}

} // namespace

class MainWindowTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyAreaOpensWithItsList();
    void eventCreatedThroughTheFormSurvivesARestart();
    void badEmailGetsAMessageBesideTheField();
    void editCanBeUndoneAndRedone();
    void deletingAsksFirstAndCanBeUndone();
    void unsavedEditsAreNotLostWhenAnotherRowIsChosen();
    void searchFiltersAsYouType();
    void historyOpensTheEvent();
    void windowGeometryAndAreaAreRemembered();
    void aboutNamesVersionLicenceAndDatabase();
    void languageSwitchesWhileRunning();
    void listsFilterWhatLacksATranslation();
    void applicationIconHasEverySizeOfTheResources();
};

void MainWindowTest::initTestCase()
{
    // QSettings and data folders of the test, not of the user running it.
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void MainWindowTest::everyAreaOpensWithItsList()
{
    test::TestDatabase db;
    db.writeDemoProgramme();
    const auto windowPointer = showWindow(db.path());
    MainWindow &window = *windowPointer;
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(navigation);
    const Area inNavigationOrder[] = {Area::Events, Area::People, Area::Organisations, Area::Sites,
                                      Area::Topics};
    QCOMPARE(navigation->count(), int(std::size(inNavigationOrder)));
    // Only the page shown is built before the window paints; each other
    // page when first shown.
    QCOMPARE(window.pages(), QList<AreaPage *>{window.currentPage()});
    for (int row = 0; row < navigation->count(); ++row) {
        const QRect rect = navigation->visualItemRect(navigation->item(row));
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, rect.center());
        AreaPage *page = window.currentPage();
        QCOMPARE(page->area(), inNavigationOrder[row]);
        QCOMPARE(window.pages().size(), row + 1);
        QCOMPARE(window.pages().constLast(), page);
        QVERIFY(page->isVisible());
        QVERIFY2(page->model()->rowCount() > 0, qPrintable(navigation->item(row)->text()));
        // The first record is shown beside the list.
        QVERIFY(page->form()->recordId() != 0);
        QCOMPARE(page->model()->idAt(page->table()->currentIndex().row()),
                 page->form()->recordId());
    }
}

void MainWindowTest::eventCreatedThroughTheFormSurvivesARestart()
{
    test::TestDatabase db;
    const QString title = u"Studienreise nach Bochum – Flächenrecycling"_qs;
    {
        const auto windowPointer = showWindow(db.path());
        MainWindow &window = *windowPointer;
        AreaPage *page = window.page(Area::Events);
        QCOMPARE(page->model()->rowCount(), 0);

        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier); // Edit › New
        auto *form = qobject_cast<EventForm *>(page->form());
        QCOMPARE(form->recordId(), 0);
        auto *titles = form->findChild<LocalizedTextEdit *>(QStringLiteral("title"));
        test::typeText(titles->editor(Language::German), title);
        test::typeText(titles->editor(Language::Polish), u"Wizyta studyjna w Bochum"_qs);
        auto *start = form->findChild<DateField *>(QStringLiteral("startDate"));
        start->setFocus();
        QTest::keyClick(start->lineEdit(), Qt::Key_Up); // one day later than today
        test::typeText(form->findChild<QLineEdit *>(QStringLiteral("venueCity")), u"Bochum"_qs);
        QVERIFY(form->isModified());
        QVERIFY(saveButton(page)->isEnabled());
        QTest::mouseClick(saveButton(page), Qt::LeftButton);

        QVERIFY(form->recordId() != 0);
        QVERIFY(!form->isModified());
        QCOMPARE(page->model()->rowCount(), 1);
        // No English title: the list falls back to the German one.
        QCOMPARE(page->model()->data(page->model()->index(0, 1)).toString(), title);
        QVERIFY(window.undoStack()->canUndo());
        window.close();
    }
    // A new window on the same file, as after a restart.
    const auto restartedPointer = showWindow(db.path());
    MainWindow &restarted = *restartedPointer;
    AreaPage *page = restarted.page(Area::Events);
    QCOMPARE(page->model()->rowCount(), 1);
    auto *form = qobject_cast<EventForm *>(page->form());
    QCOMPARE(form->findChild<LocalizedTextEdit *>(QStringLiteral("title"))->text().de, title);
    QCOMPARE(form->findChild<QLineEdit *>(QStringLiteral("venueCity"))->text(), u"Bochum"_qs);
    QCOMPARE(form->findChild<DateField *>(QStringLiteral("startDate"))->date(),
             QDate::currentDate().addDays(1));
}

void MainWindowTest::badEmailGetsAMessageBesideTheField()
{
    test::TestDatabase db;
    const auto windowPointer = showWindow(db.path());
    MainWindow &window = *windowPointer;
    window.showArea(Area::People);
    AreaPage *page = window.currentPage();
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    RecordForm *form = page->form();
    test::typeText(form->findChild<QLineEdit *>(QStringLiteral("lastName")), u"Nowak"_qs);
    test::typeText(form->findChild<QLineEdit *>(QStringLiteral("email")),
                   u"anna.nowak(at)gzm.example.org"_qs);
    QTest::mouseClick(saveButton(page), Qt::LeftButton);

    auto *message = form->findChild<QLabel *>(QStringLiteral("issue_email"));
    QVERIFY(message);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(u"not an email address"_qs), qPrintable(message->text()));
    QVERIFY(!form->findChild<QLabel *>(QStringLiteral("issue_lastName"))->isVisible());
    QCOMPARE(page->model()->matchingCount(), 0); // nothing was written
    QVERIFY(form->isModified());                 // and nothing the user typed was lost

    auto *email = form->findChild<QLineEdit *>(QStringLiteral("email"));
    email->clear();
    test::typeText(email, u"anna.nowak@gzm.example.org"_qs);
    QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier); // Edit › Save
    QVERIFY(!message->isVisible());
    QCOMPARE(page->model()->matchingCount(), 1);
}

void MainWindowTest::editCanBeUndoneAndRedone()
{
    test::TestDatabase db;
    db.writeDemoProgramme();
    const auto windowPointer = showWindow(db.path());
    MainWindow &window = *windowPointer;
    window.showArea(Area::Organisations);
    AreaPage *page = window.currentPage();
    const int id = page->form()->recordId();
    auto *name = page->form()->findChild<QLineEdit *>(QStringLiteral("name"));
    const QString before = name->text();
    name->selectAll();
    test::typeText(name, u"Renamed Organisation"_qs);
    QTest::mouseClick(saveButton(page), Qt::LeftButton);
    QCOMPARE(name->text(), u"Renamed Organisation"_qs);

    page->table()->setFocus(); // outside a text field, Ctrl+Z undoes saved changes
    QTest::keyClick(page->table(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(page->form()->recordId(), id);
    QCOMPARE(name->text(), before);
    QCOMPARE(page->form()->recordName(id), before);

    window.undoStack()->redo();
    QCOMPARE(page->form()->recordName(id), u"Renamed Organisation"_qs);
    QCOMPARE(name->text(), u"Renamed Organisation"_qs);
}

void MainWindowTest::deletingAsksFirstAndCanBeUndone()
{
    test::TestDatabase db;
    db.writeDemoProgramme();
    const auto windowPointer = showWindow(db.path());
    MainWindow &window = *windowPointer;
    AreaPage *page = window.page(Area::Events);
    const int count = page->model()->matchingCount();
    const int id = page->form()->recordId();
    QTabWidget *tabs = qobject_cast<EventForm *>(page->form())->tabs();
    const QString participantsTab = tabs->tabText(EventForm::ParticipantsTab);
    QVERIFY(participantsTab.contains(u"(29)"_qs));

    QString question;
    test::whenDialogOpens([&question](QWidget *dialog) {
        question = qobject_cast<QMessageBox *>(dialog)->text();
        qobject_cast<QMessageBox *>(dialog)->button(QMessageBox::Cancel)->click();
    });
    page->table()->setFocus();
    QTest::keyClick(page->table(), Qt::Key_Delete);
    QVERIFY2(question.contains(u"participation(s) will be deleted with it"_qs),
             qPrintable(question));
    QCOMPARE(page->model()->matchingCount(), count); // cancelled: nothing deleted

    test::clickInNextMessageBox(u"Delete"_qs);
    window.activateWindow(); // back from the message box
    QVERIFY(QTest::qWaitForWindowActive(&window));
    page->table()->setFocus();
    QTest::keyClick(page->table(), Qt::Key_Delete);
    QCOMPARE(page->model()->matchingCount(), count - 1);
    QVERIFY(page->form()->recordId() != id);

    window.undoStack()->undo();
    QCOMPARE(page->model()->matchingCount(), count);
    page->showRecord(id);
    QCOMPARE(page->form()->recordId(), id);
    QCOMPARE(tabs->tabText(EventForm::ParticipantsTab), participantsTab);
}

void MainWindowTest::unsavedEditsAreNotLostWhenAnotherRowIsChosen()
{
    test::TestDatabase db;
    db.writeDemoProgramme();
    const auto windowPointer = showWindow(db.path());
    MainWindow &window = *windowPointer;
    window.showArea(Area::Organisations);
    AreaPage *page = window.currentPage();
    const int id = page->form()->recordId();
    auto *name = page->form()->findChild<QLineEdit *>(QStringLiteral("name"));
    test::typeText(name, u" (edited)"_qs);

    test::clickInNextMessageBox(u"Cancel"_qs);
    const QRect second = page->table()->visualRect(page->model()->index(1, 1));
    QTest::mouseClick(page->table()->viewport(), Qt::LeftButton, {}, second.center());
    QCOMPARE(page->form()->recordId(), id);
    QVERIFY(name->text().endsWith(u" (edited)"_qs));
    QCOMPARE(page->model()->idAt(page->table()->currentIndex().row()), id);

    test::clickInNextMessageBox(u"Save"_qs);
    QTest::mouseClick(page->table()->viewport(), Qt::LeftButton, {}, second.center());
    QVERIFY(page->form()->recordId() != id);
    QVERIFY(page->form()->recordName(id).endsWith(u" (edited)"_qs));
}

void MainWindowTest::searchFiltersAsYouType()
{
    test::TestDatabase db;
    db.writeDemoProgramme();
    const auto windowPointer = showWindow(db.path());
    MainWindow &window = *windowPointer;
    window.showArea(Area::Sites);
    AreaPage *page = window.currentPage();
    QCOMPARE(page->model()->rowCount(), 8);
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(page->searchField()->hasFocus());
    test::typeText(page->searchField(), u"katowice"_qs);
    QTRY_VERIFY(page->model()->rowCount() < 8);
    QVERIFY(page->model()->rowCount() > 0);
    for (int row = 0; row < page->model()->rowCount(); ++row)
        QCOMPARE(page->model()->data(page->model()->index(row, 3)).toString(), u"Katowice"_qs);
}

void MainWindowTest::historyOpensTheEvent()
{
    test::TestDatabase db;
    db.writeDemoProgramme();
    const auto windowPointer = showWindow(db.path());
    MainWindow &window = *windowPointer;
    window.showArea(Area::Sites);
    AreaPage *sites = window.currentPage();
    auto *history = sites->form()->findChild<QTreeWidget *>();
    QVERIFY(history);
    QVERIFY(history->topLevelItemCount() > 0);
    const int eventId = history->topLevelItem(0)->data(0, Qt::UserRole).toInt();
    emit history->itemActivated(history->topLevelItem(0), 0);
    QCOMPARE(window.currentPage()->area(), Area::Events);
    QCOMPARE(window.currentPage()->form()->recordId(), eventId);
}

void MainWindowTest::windowGeometryAndAreaAreRemembered()
{
    test::TestDatabase db;
    {
        const auto windowPointer = showWindow(db.path());
        MainWindow &window = *windowPointer;
        window.resize(1234, 777);
        window.showArea(Area::Topics);
        window.close();
    }
    MainWindow again(openDatabase(db.path()));
    QCOMPARE(again.size(), QSize(1234, 777));
    QCOMPARE(again.currentPage()->area(), Area::Topics);
    // The events' page, first in the navigation, is not built on the way.
    QCOMPARE(again.pages(), QList<AreaPage *>{again.currentPage()});
    QCOMPARE(QSettings().value(QStringLiteral("database/last")).toString(), db.path());
}

void MainWindowTest::aboutNamesVersionLicenceAndDatabase()
{
    test::TestDatabase db;
    const auto window = showWindow(db.path());
    QString title;
    QString text;
    test::whenDialogOpens([&](QWidget *dialog) {
        title = dialog->windowTitle();
        text = qobject_cast<QMessageBox *>(dialog)->text();
        dialog->close();
    });
    window->findChild<QAction *>(QStringLiteral("aboutAction"))->trigger();
    QCOMPARE(title, u"About Exchange Planner"_qs);
    QVERIFY2(text.contains(u"Exchange Planner " EXCHANGE_PLANNER_VERSION ""_qs), qPrintable(text));
    QVERIFY2(text.contains(u"GNU General Public License, version 3 or later"_qs), qPrintable(text));
    QVERIFY2(text.contains(QDir::toNativeSeparators(db.path())), qPrintable(text));
}

void MainWindowTest::languageSwitchesWhileRunning()
{
    test::TestDatabase db;
    db.writeDemoProgramme();
    const auto windowPointer = showWindow(db.path());
    MainWindow &window = *windowPointer;
    auto *languages = window.findChild<LanguageMenu *>();
    QVERIFY(languages);
    AreaPage *events = window.page(Area::Events);
    auto *form = qobject_cast<EventForm *>(events->form());
    events->showRecord(1); // the first study visit, 8 to 10 July 2019

    // What a user reads: the menu titles, the form's labels and tabs, a date.
    const auto menuTitles = [&window] {
        QStringList titles;
        for (QAction *menu : window.menuBar()->actions())
            titles.append(menu->text());
        return titles.join(u' ');
    };
    const auto labels = [form] {
        QStringList texts;
        for (QLabel *label : form->findChildren<QLabel *>())
            texts.append(QString(label->text()).remove(u'&'));
        return texts.join(u' ');
    };
    const auto listedDate = [events] {
        const int row = events->model()->rowOfId(1);
        return events->model()->index(row, 3).data().toString();
    };

    languages->action(u"pl"_qs)->trigger();
    QCoreApplication::processEvents(); // the widgets hear of the change in events
    QVERIFY2(menuTitles().contains(u"&Plik"_qs), qPrintable(menuTitles()));
    QVERIFY(menuTitles().contains(u"Po&moc"_qs));
    QVERIFY2(labels().contains(u"Tytu"_qs), qPrintable(labels()));
    QVERIFY(labels().contains(u"Pierwszy dzień"_qs));
    QCOMPARE(form->tabs()->tabText(EventForm::ParticipantsTab).left(10), u"&Uczestnic"_qs);
    QCOMPARE(listedDate(), u"8.07.2019"_qs);
    QCOMPARE(languages->title(), u"&Język"_qs);

    languages->action(u"de"_qs)->trigger();
    QCoreApplication::processEvents(); // the widgets hear of the change in events
    QVERIFY2(menuTitles().contains(u"&Datei"_qs), qPrintable(menuTitles()));
    QVERIFY2(labels().contains(u"Erster Tag"_qs), qPrintable(labels()));
    QVERIFY(form->tabs()->tabText(EventForm::ParticipantsTab).startsWith(u"&Teilnehm"_qs));
    QCOMPARE(listedDate(), u"08.07.2019"_qs);
    // Qt's own buttons speak German too (Debian's qt6-translations-l10n).
    QDialogButtonBox buttons(QDialogButtonBox::Cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text().remove(u'&'), u"Abbrechen"_qs);

    languages->action(u"en"_qs)->trigger();
    QCoreApplication::processEvents(); // the widgets hear of the change in events
    QVERIFY(menuTitles().contains(u"&File"_qs));
    QVERIFY(labels().contains(u"First day"_qs));
    QCOMPARE(listedDate(), u"08/07/2019"_qs);
    // Remembered for the next start.
    QCOMPARE(QSettings().value(u"language"_qs).toString(), u"en"_qs);
    QCOMPARE(workingLocale().language(), QLocale::English);

    languages->action(QString())->trigger();
    QCoreApplication::processEvents(); // the widgets hear of the change in events
    QCOMPARE(QSettings().value(u"language"_qs).toString(), QString());
}

void MainWindowTest::listsFilterWhatLacksATranslation()
{
    test::TestDatabase db;
    db.writeDemoProgramme();
    {
        QSqlQuery edit(db.connection());
        QVERIFY(edit.exec(u"UPDATE events SET title_pl = '' WHERE id = 3"_qs));
    }
    const auto windowPointer = showWindow(db.path());
    MainWindow &window = *windowPointer;
    QVERIFY(!window.page(Area::Organisations)->listFilter());
    QVERIFY(window.page(Area::Sites)->listFilter());
    AreaPage *events = window.page(Area::Events);
    QComboBox *filter = events->listFilter();
    QVERIFY(filter);
    QCOMPARE(filter->count(), 4);
    QCOMPARE(events->model()->rowCount(), 4);
    filter->setCurrentIndex(2); // missing Polish
    QCOMPARE(events->model()->rowCount(), 1);
    QCOMPARE(events->model()->idAt(0), 3);
    filter->setCurrentIndex(0);
    QCOMPARE(events->model()->rowCount(), 4);

    // The event form marks the language its title lacks.
    events->showRecord(3);
    auto *title = events->form()->findChild<LocalizedTextEdit *>(u"title"_qs);
    QVERIFY(title);
    QStringList marks;
    for (QLabel *label : title->findChildren<QLabel *>())
        marks.append(label->text() % u' ' % label->toolTip());
    QVERIFY2(marks.join(u' ').contains(u"missing"_qs, Qt::CaseInsensitive),
             qPrintable(marks.join(u" | ")));
}

QTEST_MAIN(MainWindowTest)
void MainWindowTest::applicationIconHasEverySizeOfTheResources()
{
    const QIcon icon = applicationIcon();
    QVERIFY(!icon.isNull());
    const QList<QSize> sizes = icon.availableSizes();
    for (int side : {16, 22, 24, 32, 48, 64, 128, 256})
        QVERIFY2(sizes.contains(QSize(side, side)), qPrintable(QString::number(side)));
    QCOMPARE(sizes.size(), 8);
    // Each size is its own drawing (the small ones are simpler), read as is.
    for (int side : {16, 48, 256}) {
        // A pixmap holds premultiplied colours: both compared that way.
        const QImage file = QImage(u":/icons/exchange-planner-%1.png"_qs.arg(side))
                                .convertToFormat(QImage::Format_ARGB32_Premultiplied);
        QVERIFY(!file.isNull());
        QCOMPARE(icon.pixmap(QSize(side, side), 1.0)
                     .toImage()
                     .convertToFormat(QImage::Format_ARGB32_Premultiplied),
                 file);
    }
    // Between two sizes, the larger file scaled down.
    QCOMPARE(icon.pixmap(QSize(40, 40), 1.0).size(), QSize(40, 40));
    QCOMPARE(icon.actualSize(QSize(40, 40)), QSize(40, 40));
    QCOMPARE(icon.actualSize(QSize(1000, 1000)), QSize(256, 256));
}

#include "tst_mainwindow.moc"
