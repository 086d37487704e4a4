// Every form and dialog by Tab alone (issue 13): each control is reached,
// in the order the eye reads the form — top to bottom, left to right — and
// Tab never stays caught in one control.

#include "domain/catalogues.h"
#include "everywindow.h"
#include "tabwalk.h"
#include "widgets/windowfilters.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QHash>
#include <QLabel>
#include <QMainWindow>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace ep;
using test::nameOf;
using test::placeOf;

class TabOrderTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyWindowTabsRoundInReadingOrder_data();
    void everyWindowTabsRoundInReadingOrder();
    void everyDialogClosesOnEscape_data() { everyWindowTabsRoundInReadingOrder_data(); }
    void everyDialogClosesOnEscape();
    void mnemonicsAreUniqueInEveryLanguage_data();
    void mnemonicsAreUniqueInEveryLanguage();

private:
    // One row per window of test::everyWindow() in each of `locales`.
    static void addWindows(const QList<QLocale> &locales);
    // The sample's window in `locale`, shown and active.
    std::unique_ptr<QWidget> show(const QLocale &locale, const test::WindowSample &sample);

    std::unique_ptr<test::WindowContext> m_context;
};

Q_DECLARE_METATYPE(test::WindowSample)

void TabOrderTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // As the main window does for the program: dialogs scroll, fields are
    // named by their labels, item views let Tab go.
    windowfilters::install();
    m_context = std::make_unique<test::WindowContext>();
}

void TabOrderTest::addWindows(const QList<QLocale> &locales)
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<test::WindowSample>("sample");
    for (const QLocale &locale : locales) {
        for (const test::WindowSample &sample : test::everyWindow()) {
            QTest::newRow(qPrintable(locale.name().left(2) % u": " % sample.name))
                << locale << sample;
        }
    }
}

std::unique_ptr<QWidget> TabOrderTest::show(const QLocale &locale, const test::WindowSample &sample)
{
    installTranslations(locale);
    std::unique_ptr<QWidget> window = sample.make(*m_context);
    if (!window->inherits("QMainWindow"))
        window->resize(1000, 900);
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        qFatal("%s was not activated", qPrintable(sample.name));
    return window;
}

void TabOrderTest::everyWindowTabsRoundInReadingOrder_data()
{
    addWindows({QLocale(QLocale::English, QLocale::UnitedKingdom)});
}

void TabOrderTest::mnemonicsAreUniqueInEveryLanguage_data()
{
    addWindows({QLocale(QLocale::German, QLocale::Germany),
                QLocale(QLocale::Polish, QLocale::Poland),
                QLocale(QLocale::English, QLocale::UnitedKingdom)});
}

void TabOrderTest::mnemonicsAreUniqueInEveryLanguage()
{
    // Alt and the underlined letter go to one field: two labels with the
    // same letter ("&Godzina", "&Grupa") make the second hard to reach. The
    // tabs of a form are left aside: Ctrl+Tab switches them, and their few
    // letters cannot all stay clear of every field of every page.
    QFETCH(QLocale, locale);
    QFETCH(test::WindowSample, sample);
    const std::unique_ptr<QWidget> window = show(locale, sample);
    QHash<QChar, QString> letters;
    const auto check = [&letters](const QString &text, const QWidget *widget) {
        const qsizetype amp = text.indexOf(u'&');
        if (amp < 0 || amp + 1 >= text.size() || !widget->isVisible())
            return QString();
        const QChar letter = text[amp + 1].toLower();
        if (letters.contains(letter))
            return u"\"%1\" and \"%2\" share Alt+%3"_qs.arg(letters[letter], text, letter);
        letters.insert(letter, text);
        return QString();
    };
    QStringList clashes;
    for (const QLabel *label : window->findChildren<QLabel *>()) {
        if (!label->buddy())
            continue;
        clashes.append(check(label->text(), label));
        // QLabel moves the focus only to a buddy that takes it.
        if (label->isVisible() && label->buddy()->focusPolicy() == Qt::NoFocus)
            clashes.append(u"\"%1\" leads to nothing that takes the focus"_qs.arg(label->text()));
    }
    for (const QAbstractButton *button : window->findChildren<QAbstractButton *>())
        clashes.append(check(button->text(), button));
    clashes.removeAll(QString());
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; ")));
}

void TabOrderTest::everyWindowTabsRoundInReadingOrder()
{
    QFETCH(QLocale, locale);
    QFETCH(test::WindowSample, sample);
    const std::unique_ptr<QWidget> window = show(locale, sample);
    const QList<QWidget *> controls = test::controlsOf(window.get());
    QVERIFY(controls.size() >= 3);

    // From the first control, Tab round to it again, leaving every list and
    // table at the first Tab.
    const test::TabWalk walk = test::walkByTab(window.get());
    const QList<QWidget *> &visited = walk.visited;
    const QStringList &path = walk.path;
    QVERIFY2(walk.problem.isEmpty(), qPrintable(walk.problem % u"\n" % path.join(u"\n")));
    // Shift+Tab goes the same way back.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(test::controlOf(QApplication::focusWidget()), visited.last());

    // Every control is reached.
    for (QWidget *control : controls) {
        const bool reached = std::any_of(visited.cbegin(), visited.cend(), [control](QWidget *w) {
            return w == control || w->isAncestorOf(control) || control->isAncestorOf(w);
        });
        QVERIFY2(reached,
                 qPrintable(u"never reached: "_qs % nameOf(control) % u"\n" % path.join(u"\n")));
    }
    // In reading order: each step goes down the form, or right on the same
    // line, but once: from the foot back to the top. The main window reads
    // in columns — the areas, the list with its search field, the form with
    // its buttons — which this does not measure: there the round, every
    // control reached and Shift+Tab back are what is checked.
    if (window->inherits("QMainWindow"))
        return;
    int wraps = 0;
    for (qsizetype index = 0; index < visited.size(); ++index) {
        const QWidget *from = visited[index];
        const QWidget *to = visited[(index + 1) % visited.size()];
        const int line = from->height() / 2;
        const bool down = placeOf(to).y() > placeOf(from).y() + line;
        const bool right = std::abs(placeOf(to).y() - placeOf(from).y()) <= line &&
                           placeOf(to).x() > placeOf(from).x();
        wraps += down || right ? 0 : 1;
    }
    QVERIFY2(wraps == 1, qPrintable(u"out of order:\n"_qs % path.join(u"\n")));
}

void TabOrderTest::everyDialogClosesOnEscape()
{
    // Wherever the focus is in a dialog, Escape closes it: no field, list
    // or table keeps the key for itself.
    QFETCH(QLocale, locale);
    QFETCH(test::WindowSample, sample);
    const std::unique_ptr<QWidget> window = show(locale, sample);
    auto *dialog = qobject_cast<QDialog *>(window.get());
    if (!dialog)
        QSKIP("not a dialog: Escape belongs to the window's fields");
    const test::TabWalk walk = test::walkByTab(dialog);
    QVERIFY2(walk.problem.isEmpty(), qPrintable(walk.problem));
    for (QWidget *control : walk.visited) {
        if (!dialog->isVisible()) {
            dialog->show();
            dialog->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(dialog));
        }
        control->setFocus(Qt::TabFocusReason);
        // A question on closing ("Discard the changes?") would wait for an
        // answer: none is expected, so it is answered No and fails below.
        QTimer::singleShot(500, dialog, [] {
            if (QWidget *modal = QApplication::activeModalWidget())
                modal->close();
        });
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY2(!dialog->isVisible(), qPrintable(u"Escape kept by "_qs % nameOf(control)));
    }
}

QTEST_MAIN(TabOrderTest)
#include "tst_taborder.moc"
