// The window's colours in every appearance (issue 18): each text on its
// background reads at 4.5:1 or more (WCAG 2, 1.4.3, the relative luminance
// formula of markers::contrastRatio), in the palettes and in the marks the
// window makes (an error beside a field, a missing translation, a conflict
// in the calendar); no mark speaks by colour alone; an error is tied to its
// field for a screen reader and announced.

#include "dialogs.h"
#include "domain/catalogues.h"
#include "editing/recordchanges.h"
#include "forms/eventform.h"
#include "shownwindow.h"
#include "storage/eventrepository.h"
#include "testdatabase.h"
#include "widgets/datefield.h"
#include "widgets/issuelabel.h"
#include "widgets/localizedtextedit.h"
#include "widgets/markercolours.h"
#include "window/appearance.h"
#include "window/appearancemenu.h"
#include "window/calendardialog.h"
#include "window/mainwindow.h"
#include "window/walkindialog.h"

#include <QAccessible>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace ep;
using markers::contrastRatio;

namespace {

// The colours of `image`: the most frequent (the background), and the one
// that stands out from it the most (the text's, where a glyph covers a whole
// pixel). Between them lie only the edges of the glyphs, smoothed.
std::pair<QColor, QColor> backgroundAndInk(const QImage &image, const QRect &area)
{
    QHash<QRgb, int> counts;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x)
            ++counts[image.pixel(x, y) | 0xff000000];
    }
    QRgb background = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            background = it.key();
        }
    }
    QColor ink = QColor::fromRgb(background);
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (contrastRatio(QColor::fromRgb(it.key()), QColor::fromRgb(background)) >
            contrastRatio(ink, QColor::fromRgb(background)))
            ink = QColor::fromRgb(it.key());
    }
    return {QColor::fromRgb(background), ink};
}

// `widget` as it is drawn in its window: over its parents' backgrounds.
QImage asDrawn(QWidget *widget)
{
    QWidget *window = widget->window();
    const QRect area(widget->mapTo(window, QPoint(0, 0)), widget->size());
    return window->grab(area).toImage().scaled(widget->size());
}

QString describe(QPalette::ColorRole foreground, QPalette::ColorRole background, double ratio)
{
    return u"%1 on %2: %3:1"_qs
        .arg(QVariant::fromValue(foreground).toString(), QVariant::fromValue(background).toString())
        .arg(ratio, 0, 'f', 2);
}

} // namespace

class ContrastTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everyTextOfEveryPaletteReads_data();
    void everyTextOfEveryPaletteReads();
    void everyMarkReadsOnItsBackground_data() { everyTextOfEveryPaletteReads_data(); }
    void everyMarkReadsOnItsBackground();
    void errorBesideAFieldReadsAndIsTiedToIt_data() { everyTextOfEveryPaletteReads_data(); }
    void errorBesideAFieldReadsAndIsTiedToIt();
    void missingTranslationIsSaidInWords_data() { everyTextOfEveryPaletteReads_data(); }
    void missingTranslationIsSaidInWords();
    void walkInsMissingNameIsTiedToTheField();
    void calendarFlagsConflictsWithASymbol_data() { everyTextOfEveryPaletteReads_data(); }
    void calendarFlagsConflictsWithASymbol();
    void appearanceSurvivesARestart();
    void commandLineChoosesTheAppearance();

private:
    std::unique_ptr<test::TestDatabase> m_db;
    QUndoStack m_undoStack;
    RecordChanges m_changes;
};

void ContrastTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    // The desktop's palette here is Fusion's standard one: "System" mends it.
    QCOMPARE(QApplication::style()->name(), u"fusion"_qs);
    applyAppearance(Appearance::System);
}

void ContrastTest::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    m_db->writeDemoProgramme();
    installTranslations(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void ContrastTest::cleanup()
{
    m_undoStack.clear();
    m_db.reset();
    applyAppearance(Appearance::System);
}

void ContrastTest::everyTextOfEveryPaletteReads_data()
{
    QTest::addColumn<Appearance>("appearance");
    QTest::newRow("system (Fusion)") << Appearance::System;
    QTest::newRow("light") << Appearance::Light;
    QTest::newRow("dark") << Appearance::Dark;
    QTest::newRow("high contrast") << Appearance::HighContrast;
}

void ContrastTest::everyTextOfEveryPaletteReads()
{
    QFETCH(Appearance, appearance);
    const QPalette palette = appearancePalette(appearance);
    const QList<std::pair<QPalette::ColorRole, QPalette::ColorRole>> pairs{
        {QPalette::WindowText, QPalette::Window},
        {QPalette::Text, QPalette::Base},
        {QPalette::Text, QPalette::AlternateBase},
        {QPalette::ButtonText, QPalette::Button},
        {QPalette::HighlightedText, QPalette::Highlight},
        {QPalette::ToolTipText, QPalette::ToolTipBase},
        {QPalette::PlaceholderText, QPalette::Base},
        {QPalette::Link, QPalette::Base},
        {QPalette::Link, QPalette::Window},
        {QPalette::LinkVisited, QPalette::Base},
    };
    double lowest = 21;
    QString lowestPair;
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        // WCAG 2 (1.4.3) exempts the text of inactive controls; the
        // palettes still keep it at 3:1 (1.4.11's measure), to be read.
        const double wanted =
            group == QPalette::Disabled ? markers::graphicsContrast : markers::textContrast;
        for (const auto &[foreground, background] : pairs) {
            const double ratio =
                contrastRatio(palette.color(group, foreground), palette.color(group, background));
            QVERIFY2(ratio >= wanted, qPrintable(describe(foreground, background, ratio)));
            if (group != QPalette::Disabled && ratio < lowest) {
                lowest = ratio;
                lowestPair = describe(foreground, background, ratio);
            }
        }
    }
    qInfo("lowest: %s", qPrintable(lowestPair));
}

void ContrastTest::everyMarkReadsOnItsBackground()
{
    QFETCH(Appearance, appearance);
    const QPalette palette = appearancePalette(appearance);
    const QColor text = palette.color(QPalette::Text);
    const QList<std::tuple<const char *, QColor, QColor>> marks{
        {"error on window", markers::errorText(palette), palette.color(QPalette::Window)},
        {"error on base", markers::errorText(palette), palette.color(QPalette::Base)},
        {"warning on window", markers::warningText(palette), palette.color(QPalette::Window)},
        {"warning on base", markers::warningText(palette), palette.color(QPalette::Base)},
        {"text on a day with events", text, markers::eventFill(palette)},
        {"text on a conflict", text, markers::conflictFill(palette)},
    };
    double lowest = 21;
    for (const auto &[what, foreground, background] : marks) {
        const double ratio = contrastRatio(foreground, background);
        QVERIFY2(ratio >= markers::textContrast,
                 qPrintable(u"%1: %2:1"_qs.arg(QLatin1String(what)).arg(ratio)));
        lowest = std::min(lowest, ratio);
    }
    qInfo("lowest mark: %.2f:1", lowest);
}

void ContrastTest::errorBesideAFieldReadsAndIsTiedToIt()
{
    QFETCH(Appearance, appearance);
    applyAppearance(appearance);
    EventForm form(Workspace{m_db->connection(), &m_undoStack, &m_changes});
    form.resize(1000, 800);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    form.showRecord(EventRepository(m_db->connection()).load(1)->id);
    form.tabs()->setCurrentIndex(EventForm::DetailsTab);
    auto *end = form.findChild<DateField *>(u"endDate"_qs);
    auto *issue = form.findChild<IssueLabel *>(u"issue_endDate"_qs);
    QVERIFY(end && issue);
    // What goes to assistive technology as a QAccessible::Alert event (which
    // only an active screen reader receives: none listens offscreen).
    QStringList alerts;
    connect(issue, &IssueLabel::announced, this,
            [&alerts](const QString &message) { alerts.append(message); });

    // The event starts on 8 July 2019.
    end->lineEdit()->selectAll();
    test::typeText(end->lineEdit(), u"07/07/2019"_qs);
    QTest::keyClick(end->lineEdit(), Qt::Key_Return);
    QVERIFY(issue->isVisible());
    const QString message = u"The last day cannot be before the first day."_qs;
    QCOMPARE(issue->text(), message);

    // As drawn: the text's colour on what lies behind it.
    const QImage drawn = asDrawn(issue);
    const auto [background, ink] = backgroundAndInk(drawn, drawn.rect());
    QVERIFY2(contrastRatio(ink, background) >= markers::textContrast,
             qPrintable(u"%1 on %2"_qs.arg(ink.name(), background.name())));
    QCOMPARE(ink, issue->palette().color(issue->foregroundRole()));
    QCOMPARE(background, issue->palette().color(issue->backgroundRole()));
    // Not by colour alone: a "⚠" before the message, a symbol that stands
    // out as a graphic must (WCAG 1.4.11).
    const QRect lead(0, 0, issue->contentsMargins().left(), drawn.height());
    QVERIFY(lead.width() > 0);
    const auto [leadBackground, symbol] = backgroundAndInk(drawn, lead);
    QVERIFY2(contrastRatio(symbol, leadBackground) >= markers::graphicsContrast,
             qPrintable(u"%1 on %2"_qs.arg(symbol.name(), leadBackground.name())));

    // Tied to the field, and announced as an alert named as an error.
    QAccessibleInterface *field = QAccessible::queryAccessibleInterface(end->lineEdit());
    QCOMPARE(field->text(QAccessible::Description), message);
    QAccessibleInterface *label = QAccessible::queryAccessibleInterface(issue);
    QCOMPARE(label->role(), QAccessible::AlertMessage);
    QCOMPARE(label->text(QAccessible::Name), IssueLabel::spoken(message));
    QCOMPARE(alerts, QStringList{message});

    // Mended: the message and the description go.
    end->lineEdit()->selectAll();
    test::typeText(end->lineEdit(), u"10/07/2019"_qs);
    QTest::keyClick(end->lineEdit(), Qt::Key_Return);
    QVERIFY(!issue->isVisible());
    QCOMPARE(end->lineEdit()->accessibleDescription(), QString());
    // (A screen reader then hears the field's tooltip, as Qt describes a
    // widget without a description of its own.)
    QCOMPARE(field->text(QAccessible::Description), end->lineEdit()->toolTip());
}

void ContrastTest::missingTranslationIsSaidInWords()
{
    QFETCH(Appearance, appearance);
    applyAppearance(appearance);
    LocalizedTextEdit edit(LocalizedTextEdit::Lines::Single);
    edit.setText({u"Studienbesuch"_qs, QString(), u"Study visit"_qs});
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    QList<QLabel *> labels = edit.findChildren<QLabel *>();
    QCOMPARE(labels.size(), 3);
    QCOMPARE(labels[1]->text(), u"Polish (missing)"_qs);
    QCOMPARE(labels[0]->text(), u"German"_qs);
    const QImage drawn = asDrawn(labels[1]);
    const auto [background, ink] = backgroundAndInk(drawn, drawn.rect());
    QVERIFY2(contrastRatio(ink, background) >= markers::textContrast,
             qPrintable(u"%1 on %2"_qs.arg(ink.name(), background.name())));
    QCOMPARE(ink, markers::warningText(edit.palette()));
}

void ContrastTest::walkInsMissingNameIsTiedToTheField()
{
    WalkInDialog dialog(m_db->connection(), u"9 July 2019"_qs);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *lastName = dialog.findChild<QLineEdit *>(u"lastName"_qs);
    auto *problem = dialog.findChild<IssueLabel *>(u"problem"_qs);
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(problem->isVisible());
    QVERIFY(dialog.isVisible());
    QAccessibleInterface *field = QAccessible::queryAccessibleInterface(lastName);
    QCOMPARE(field->text(QAccessible::Description), problem->text());
    test::typeText(lastName, u"Nowak"_qs);
    QVERIFY(!problem->isVisible());
    QCOMPARE(field->text(QAccessible::Description), QString());
}

void ContrastTest::calendarFlagsConflictsWithASymbol()
{
    QFETCH(Appearance, appearance);
    applyAppearance(appearance);
    // The first visit (8 to 10 July 2019) with more confirmed than places.
    QSqlQuery change(m_db->connection());
    QVERIFY(change.exec(u"UPDATE events SET capacity = 1 WHERE id = 1"_qs));
    QVERIFY(change.exec(u"UPDATE participations SET status = 'confirmed' WHERE event_id = 1"_qs));
    CalendarDialog calendar(m_db->connection());
    calendar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&calendar));
    calendar.showMonth(QDate(2019, 7, 1));
    const QPalette palette = calendar.palette();
    const QColor text = palette.color(QPalette::Text);

    // The month: 1 July 2019 is a Monday, the 8th the first cell of row 2.
    auto *month = calendar.findChild<QTableWidget *>(u"monthGrid"_qs);
    QTableWidgetItem *first = month->item(1, 0);
    QVERIFY2(first->text().contains(u"⚠ 1 conflict"_qs), qPrintable(first->text()));
    const QString said = first->data(Qt::AccessibleTextRole).toString();
    QVERIFY2(said.contains(u"places"_qs) && said.contains(u"8 July 2019"_qs), qPrintable(said));
    QVERIFY(contrastRatio(text, first->background().color()) >= markers::textContrast);
    QTableWidgetItem *second = month->item(1, 1); // a day of the visit, no conflict
    QVERIFY(contrastRatio(text, second->background().color()) >= markers::textContrast);
    // 11 August, the last cell: August's days are dimmer, and read.
    QTableWidgetItem *august = month->item(5, 6);
    QVERIFY(august->text().startsWith(u"11"_qs));
    QVERIFY(contrastRatio(august->foreground().color(), palette.color(QPalette::Base)) >=
            markers::textContrast);

    // The year: a "⚠" on the 8th, said in words to a screen reader.
    auto *year = calendar.findChild<QTableWidget *>(u"yearGrid"_qs);
    QTableWidgetItem *eighth = year->item(6, 7);
    QCOMPARE(eighth->text(), u"⚠"_qs);
    QVERIFY(eighth->data(Qt::AccessibleTextRole).toString().contains(u"places"_qs));
    QVERIFY(contrastRatio(text, eighth->background().color()) >= markers::textContrast);
    QCOMPARE(year->item(6, 8)->text(), u"●"_qs);
    QVERIFY(contrastRatio(text, year->item(6, 8)->background().color()) >= markers::textContrast);

    // The event's days: the conflict beside its day, led by a "⚠".
    calendar.showEventDays(1);
    auto *days = calendar.findChild<QTreeWidget *>(u"eventDays"_qs);
    bool flagged = false;
    for (int child = 0; child < days->topLevelItem(0)->childCount(); ++child)
        flagged |= days->topLevelItem(0)->child(child)->text(2).startsWith(u"⚠ "_qs);
    QVERIFY(flagged);
    auto *list = calendar.findChild<QTreeWidget *>(u"conflictList"_qs);
    QVERIFY(list->topLevelItemCount() > 0);
    QVERIFY(list->topLevelItem(0)->text(1).startsWith(u"⚠ "_qs));

    // A change of appearance while open paints the fills anew.
    applyAppearance(appearance == Appearance::Dark ? Appearance::Light : Appearance::Dark);
    QCOMPARE(month->item(1, 0)->background().color(), markers::conflictFill(calendar.palette()));
}

void ContrastTest::appearanceSurvivesARestart()
{
    {
        MainWindow window(test::openDatabase(m_db->path()));
        auto *menu = window.findChild<AppearanceMenu *>();
        QVERIFY(menu);
        QVERIFY(menu->action(Appearance::System)->isChecked());
        menu->action(Appearance::Dark)->trigger();
        QCOMPARE(currentAppearance(), Appearance::Dark);
        QCOMPARE(QApplication::palette().color(QPalette::Window),
                 appearancePalette(Appearance::Dark).color(QPalette::Window));
    }
    // The next start: the settings as written, the appearance back to the desktop's.
    applyAppearance(Appearance::System);
    QCOMPARE(QSettings().value(u"appearance"_qs).toString(), u"dark"_qs);
    applyAppearance(startingAppearance(QString()));
    QCOMPARE(currentAppearance(), Appearance::Dark);
    MainWindow window(test::openDatabase(m_db->path()));
    QVERIFY(window.findChild<AppearanceMenu *>()->action(Appearance::Dark)->isChecked());
    QVERIFY(markers::isDark(window.palette()));
    setChosenAppearance(Appearance::System);
}

void ContrastTest::commandLineChoosesTheAppearance()
{
    // For this run only: the choice in the settings stays.
    setChosenAppearance(Appearance::Light);
    QCOMPARE(startingAppearance(u"high-contrast"_qs), Appearance::HighContrast);
    QCOMPARE(startingAppearance(u"dark"_qs), Appearance::Dark);
    QCOMPARE(startingAppearance(QString()), Appearance::Light);
    QCOMPARE(chosenAppearance(), Appearance::Light);
    setChosenAppearance(Appearance::System);

    // The program takes the option for its window, and refuses a wrong value.
    QTemporaryDir home;
    const QString database = home.filePath(u"demo.sqlite"_qs);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_qs, home.path());
    environment.insert(u"XDG_CONFIG_HOME"_qs, home.filePath(u"config"_qs));
    environment.insert(u"XDG_DATA_HOME"_qs, home.filePath(u"data"_qs));
    environment.insert(u"QT_QPA_PLATFORM"_qs, u"offscreen"_qs);
    const auto run = [&environment](const QStringList &arguments) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(EXCHANGE_PLANNER_EXECUTABLE), arguments);
        process.waitForFinished(60000);
        return std::pair{process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
    };
    QCOMPARE(run({u"demo"_qs, u"--database"_qs, database}).first, 0);
    for (const QString &look : {u"high-contrast"_qs, u"dark"_qs, u"light"_qs, u"system"_qs}) {
        const auto [status, errors] = run(
            {u"--appearance"_qs, look, u"--database"_qs, database, u"--quit-after-first-paint"_qs});
        QVERIFY2(status == 0, qPrintable(look % u": " % errors));
    }
    const auto [status, errors] = run({u"--appearance"_qs, u"purple"_qs, u"--database"_qs, database,
                                       u"--quit-after-first-paint"_qs});
    QCOMPARE(status, 1);
    QVERIFY2(errors.contains(u"Unknown appearance \"purple\""_qs), qPrintable(errors));
    // An option of the window only.
    QCOMPARE(run({u"events"_qs, u"--appearance"_qs, u"dark"_qs, u"--database"_qs, database}).first,
             1);
}

QTEST_MAIN(ContrastTest)
#include "tst_contrast.moc"
