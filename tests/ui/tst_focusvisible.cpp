// The focus seen wherever Tab takes it (issue 18): in every window and
// dialog, each control Tab reaches looks different with the focus in it
// than with the focus on the next control — a keyboard user sees where the
// keys go — in the planner's own colours and in high contrast.

#include "domain/catalogues.h"
#include "everywindow.h"
#include "tabwalk.h"
#include "widgets/windowfilters.h"
#include "window/appearance.h"

#include <QApplication>
#include <QHash>
#include <QImage>
#include <QStandardPaths>
#include <QTest>

using namespace ep;

class FocusVisibleTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void focusIsSeenOnEveryControl_data();
    void focusIsSeenOnEveryControl();

private:
    std::unique_ptr<test::WindowContext> m_context;
};

Q_DECLARE_METATYPE(test::WindowSample)
Q_DECLARE_METATYPE(ep::Appearance)

void FocusVisibleTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // As the main window does for the program.
    windowfilters::install();
    installTranslations(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_context = std::make_unique<test::WindowContext>();
}

void FocusVisibleTest::cleanupTestCase()
{
    applyAppearance(Appearance::System);
}

void FocusVisibleTest::focusIsSeenOnEveryControl_data()
{
    QTest::addColumn<Appearance>("appearance");
    QTest::addColumn<test::WindowSample>("sample");
    for (const Appearance appearance : {Appearance::System, Appearance::HighContrast}) {
        for (const test::WindowSample &sample : test::everyWindow()) {
            QTest::newRow(qPrintable(appearanceName(appearance) % u": " % sample.name))
                << appearance << sample;
        }
    }
}

void FocusVisibleTest::focusIsSeenOnEveryControl()
{
    QFETCH(Appearance, appearance);
    QFETCH(test::WindowSample, sample);
    applyAppearance(appearance);
    std::unique_ptr<QWidget> window = sample.make(*m_context);
    if (!window->inherits("QMainWindow"))
        window->resize(1000, 900);
    window->show();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));

    // Each control drawn as Tab reaches it, and again once Tab has gone on.
    // The first is compared last: only Tab (not setFocus()) makes a style
    // draw the focus frame.
    QHash<QWidget *, QImage> focused;
    QStringList unseen;
    const auto image = [](QWidget *control) {
        return control->grab().toImage();
    };
    const auto compare = [&](QWidget *left) {
        if (focused.contains(left) && focused.value(left) == image(left))
            unseen.append(test::nameOf(left));
    };
    const test::TabWalk walk = test::walkByTab(window.get(), [&](QWidget *left, QWidget *reached) {
        if (left) {
            compare(left);
            focused.insert(reached, image(reached));
        }
    });
    QVERIFY2(walk.problem.isEmpty(), qPrintable(walk.problem % u"\n" % walk.path.join(u"\n")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    compare(walk.visited.first());
    QVERIFY2(unseen.isEmpty(), qPrintable(u"the focus is not seen on:\n"_qs % unseen.join(u"\n")));
}

QTEST_MAIN(FocusVisibleTest)
#include "tst_focusvisible.moc"
