// Every action has a keyboard path (issue 18): the menus, opened by Alt and
// a letter, show each action's letter and shortcut; the everyday actions
// have shortcuts of their own, no two alike; the toolbar holds nothing the
// menus do not. In German, Polish and English.

#include "domain/catalogues.h"
#include "shownwindow.h"
#include "testdatabase.h"
#include "window/areas.h"

#include <QAction>
#include <QHash>
#include <QMenu>
#include <QMenuBar>
#include <QShortcut>
#include <QStandardPaths>
#include <QTest>
#include <QToolBar>

using namespace ep;

namespace {

// The letter Alt goes with in `text` ("&File": f); none for a text without
// one ("&&" is an ampersand shown).
QChar mnemonicOf(const QString &text)
{
    for (qsizetype at = text.indexOf(u'&'); at >= 0 && at + 1 < text.size();
         at = text.indexOf(u'&', at + 2)) {
        if (text[at + 1] != u'&')
            return text[at + 1].toLower();
    }
    return {};
}

// Each shown entry of `menu` has a letter of its own; its submenus too.
void checkLetters(const QMenu *menu, QStringList &problems)
{
    QHash<QChar, QString> letters;
    for (const QAction *action : menu->actions()) {
        // A hidden entry (a team database's action on a file) is not there
        // to be chosen.
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QString where = menu->title() % u" › " % action->text();
        const QChar letter = mnemonicOf(action->text());
        if (letter.isNull())
            problems.append(where % u": no letter");
        else if (letters.contains(letter))
            problems.append(where % u": Alt+" % letter % u" also " % letters[letter]);
        else
            letters.insert(letter, action->text());
        if (action->menu())
            checkLetters(action->menu(), problems);
    }
}

// The actions of `menu` and its submenus.
QList<QAction *> actionsIn(const QMenu *menu)
{
    QList<QAction *> actions;
    for (QAction *action : menu->actions()) {
        actions.append(action);
        if (action->menu())
            actions.append(actionsIn(action->menu()));
    }
    return actions;
}

} // namespace

class MenuKeysTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void languages_data();
    void everyMenuAndEntryHasALetter();
    void everyMenuAndEntryHasALetter_data() { languages_data(); }
    void everydayActionsHaveShortcutsNoTwoAlike();
    void toolbarActionsAreInTheMenus();

private:
    std::unique_ptr<MainWindow> window(const QLocale &locale);
    QList<QAction *> menuActions(MainWindow *window);

    std::unique_ptr<test::TestDatabase> m_db;
};

void MenuKeysTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_db = std::make_unique<test::TestDatabase>();
    m_db->writeDemoProgramme();
}

void MenuKeysTest::languages_data()
{
    QTest::addColumn<QLocale>("locale");
    for (const QLocale &locale :
         {QLocale(QLocale::German, QLocale::Germany), QLocale(QLocale::Polish, QLocale::Poland),
          QLocale(QLocale::English, QLocale::UnitedKingdom)})
        QTest::newRow(qPrintable(locale.name().left(2))) << locale;
}

std::unique_ptr<MainWindow> MenuKeysTest::window(const QLocale &locale)
{
    installTranslations(locale);
    auto shown = test::showWindow(m_db->path());
    shown->showArea(Area::Events);     // the Event menu's actions enabled
    QCoreApplication::processEvents(); // the letters are settled once shown
    return shown;
}

QList<QAction *> MenuKeysTest::menuActions(MainWindow *window)
{
    QList<QAction *> actions;
    for (const QAction *title : window->menuBar()->actions()) {
        if (title->menu())
            actions.append(actionsIn(title->menu()));
    }
    return actions;
}

void MenuKeysTest::everyMenuAndEntryHasALetter()
{
    QFETCH(QLocale, locale);
    const auto shown = window(locale);
    QStringList problems;
    QHash<QChar, QString> titles;
    for (const QAction *title : shown->menuBar()->actions()) {
        if (!title->isVisible())
            continue;
        const QChar letter = mnemonicOf(title->text());
        if (letter.isNull())
            problems.append(title->text() % u": no letter");
        else if (titles.contains(letter))
            problems.append(title->text() % u": Alt+" % letter % u" also " % titles[letter]);
        else
            titles.insert(letter, title->text());
        if (title->menu())
            checkLetters(title->menu(), problems);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void MenuKeysTest::everydayActionsHaveShortcutsNoTwoAlike()
{
    const auto shown = window(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const QList<QAction *> inMenus = menuActions(shown.get());
    const auto hasShortcut = [&inMenus](const QKeySequence &keys) {
        return std::any_of(inMenus.cbegin(), inMenus.cend(), [&keys](const QAction *action) {
            return action->shortcuts().contains(keys);
        });
    };
    QList<QKeySequence> everyday;
    for (const auto key :
         {QKeySequence::New, QKeySequence::Save, QKeySequence::Undo, QKeySequence::Redo,
          QKeySequence::Find, QKeySequence::Quit, QKeySequence::Open})
        everyday.append(QKeySequence::keyBindings(key).value(0)); // none: the platform has none
    for (qsizetype area = 0; area < areaDescriptions().size(); ++area)
        everyday.append(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + area)));
    everyday.removeAll(QKeySequence());
    for (const QKeySequence &keys : std::as_const(everyday))
        QVERIFY2(hasShortcut(keys), qPrintable(keys.toString() % u" in no menu"));
    for (const char *name : {"statisticsAction", "duplicateEventAction", "writeEmailAction",
                             "writeMessagesAction", "attendanceAction", "calendarAction"}) {
        const auto *action = shown->findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action && inMenus.contains(action), name);
        QVERIFY2(!action->shortcut().isEmpty(), name);
    }

    // One key, one action: of the window, or of a widget in it (Delete in
    // the list) but then no window's action has it too.
    QHash<QKeySequence, QString> windowKeys;
    QList<std::pair<QKeySequence, QString>> widgetKeys;
    QStringList clashes;
    const auto note = [&](const QKeySequence &keys, Qt::ShortcutContext context,
                          const QString &what) {
        if (keys.isEmpty())
            return;
        if (context == Qt::WidgetShortcut || context == Qt::WidgetWithChildrenShortcut) {
            widgetKeys.append({keys, what});
        } else if (windowKeys.contains(keys) && windowKeys[keys] != what) {
            clashes.append(keys.toString() % u": " % windowKeys[keys] % u" and " % what);
        } else {
            windowKeys.insert(keys, what);
        }
    };
    QList<QAction *> actions = shown->findChildren<QAction *>();
    for (QAction *action : std::as_const(inMenus)) {
        if (!actions.contains(action))
            actions.append(action);
    }
    for (const QAction *action : std::as_const(actions)) {
        const QString what = action->text().isEmpty() ? action->objectName() : action->text();
        for (const QKeySequence &keys : action->shortcuts())
            note(keys, action->shortcutContext(), what);
    }
    for (const QShortcut *shortcut : shown->findChildren<QShortcut *>())
        note(shortcut->key(), shortcut->context(), shortcut->objectName());
    for (const auto &[keys, what] : std::as_const(widgetKeys)) {
        if (windowKeys.contains(keys))
            clashes.append(keys.toString() % u": " % windowKeys[keys] % u" and " % what);
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
}

void MenuKeysTest::toolbarActionsAreInTheMenus()
{
    // Alt opens the menus; the toolbar is not reached by Tab.
    const auto shown = window(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const QList<QAction *> inMenus = menuActions(shown.get());
    const QList<QToolBar *> toolBars = shown->findChildren<QToolBar *>();
    QVERIFY(!toolBars.isEmpty());
    for (const QToolBar *toolBar : toolBars) {
        for (QAction *action : toolBar->actions()) {
            if (!action->isSeparator())
                QVERIFY2(inMenus.contains(action), qPrintable(action->text()));
        }
    }
}

QTEST_MAIN(MenuKeysTest)
#include "tst_menukeys.moc"
