// Large text (issue 18): at 200 % (QT_SCALE_FACTOR=2) a 1366×768 laptop's
// screen is 683×384 pixels to lay out in, and with a large system font the
// texts grow inside the full screen. Every window and dialog fits the screen,
// scrolling where it must, and no text is cut short, in German and Polish.
//
// The test run starts this test twice on a screen of 1366×768 (the offscreen
// platform's configuration file, tests/data/laptop-screen.json): at 200 %,
// and with EXCHANGE_PLANNER_TEST_FONT_SCALE=1.5 for a large font.

#include "domain/catalogues.h"
#include "everywindow.h"
#include "widgets/windowfilters.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QMainWindow>
#include <QScreen>
#include <QStandardPaths>
#include <QTest>

using namespace ep;

namespace {

QString described(const QWidget *widget)
{
    QString text = QString::fromLatin1(widget->metaObject()->className());
    if (const auto *label = qobject_cast<const QLabel *>(widget))
        text += u" \"" % label->text().left(40) % u'"';
    else if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        text += u" \"" % button->text() % u'"';
    else if (!widget->objectName().isEmpty())
        text += u" " % widget->objectName();
    return text % u" " % QString::number(widget->width()) % u'x' %
           QString::number(widget->height());
}

// Whether `widget`'s text is shown whole: as wide as it asks for, or for a
// wrapping label as tall as its lines need at its width.
bool cutShort(const QWidget *widget)
{
    if (const auto *label = qobject_cast<const QLabel *>(widget)) {
        if (label->text().isEmpty() || !label->pixmap().isNull())
            return false;
        if (label->wordWrap())
            return label->height() < label->heightForWidth(label->width());
        return label->width() < label->minimumSizeHint().width();
    }
    if (qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QComboBox *>(widget))
        return widget->width() < widget->minimumSizeHint().width() ||
               widget->height() < widget->minimumSizeHint().height();
    return false;
}

bool shownWhole(const QWidget *widget, const QWidget *window)
{
    for (const QWidget *w = widget; w && w != window; w = w->parentWidget()) {
        if (!w->isVisible())
            return false;
    }
    return true;
}

} // namespace

class LargeTextTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void everyWindowFitsAndShowsItsTextsWhole_data();
    void everyWindowFitsAndShowsItsTextsWhole();

private:
    std::unique_ptr<test::WindowContext> m_context;
    QFont m_defaultFont;
    QSize m_screen; // what the windows have to lay out in
};

Q_DECLARE_METATYPE(test::WindowSample)

void LargeTextTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // As the main window does for the program.
    windowfilters::install();
    m_context = std::make_unique<test::WindowContext>();
    // The laptop, less a panel of 30 pixels at the screen's foot.
    const QScreen *screen = QGuiApplication::primaryScreen();
    m_screen = screen->availableGeometry().size() - QSize(0, int(30 / screen->devicePixelRatio()));
    QVERIFY2(screen->size() * screen->devicePixelRatio() == QSize(1366, 768),
             "runs on the laptop's screen: tests/data/laptop-screen.json");
    m_defaultFont = QApplication::font();
    const qreal fontScale =
        qEnvironmentVariable("EXCHANGE_PLANNER_TEST_FONT_SCALE", u"1"_qs).toDouble();
    m_defaultFont.setPointSizeF(m_defaultFont.pointSizeF() * fontScale);
    qInfo("%dx%d pixels, the font at %g pt", m_screen.width(), m_screen.height(),
          m_defaultFont.pointSizeF());
}

void LargeTextTest::cleanup()
{
    QApplication::setFont(m_defaultFont);
}

void LargeTextTest::everyWindowFitsAndShowsItsTextsWhole_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<test::WindowSample>("sample");
    for (const QLocale &locale :
         {QLocale(QLocale::German, QLocale::Germany), QLocale(QLocale::Polish, QLocale::Poland)}) {
        for (const test::WindowSample &sample : test::everyWindow()) {
            QTest::newRow(qPrintable(locale.name().left(2) % u": " % sample.name))
                << locale << sample;
        }
    }
}

void LargeTextTest::everyWindowFitsAndShowsItsTextsWhole()
{
    QFETCH(QLocale, locale);
    QFETCH(test::WindowSample, sample);
    installTranslations(locale);
    QApplication::setFont(m_defaultFont);
    const QSize screen = m_screen;
    const std::unique_ptr<QWidget> window = sample.make(*m_context);
    const bool isWindow = window->inherits("QDialog") || window->inherits("QMainWindow");
    if (!isWindow)
        return; // the forms are walked in the main window's areas
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    // What the window needs at least must fit on the screen: a window
    // manager keeps it there, and what is beyond its edge cannot be read.
    const QSize needed = window->minimumSizeHint().expandedTo(window->minimumSize());
    QStringList tooWide; // to find what holds the window open
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        const QSize least = widget->minimumSizeHint().expandedTo(widget->minimumSize());
        if (shownWhole(widget, window.get()) &&
            (least.width() > screen.width() || least.height() > screen.height()))
            tooWide.append(described(widget) % u" needs " % QString::number(least.width()) % u'x' %
                           QString::number(least.height()));
    }
    QVERIFY2(needed.width() <= screen.width() && needed.height() <= screen.height(),
             qPrintable(u"needs %1x%2:\n"_qs.arg(needed.width()).arg(needed.height()) %
                        tooWide.join(u'\n')));
    // As the window manager places it: maximised, or as large as the screen.
    if (window->inherits("QMainWindow"))
        window->resize(screen);
    else
        window->resize(window->size().boundedTo(screen));
    QApplication::processEvents();
    // To look at: the window as laid out, when asked for.
    if (const QString folder = qEnvironmentVariable("EXCHANGE_PLANNER_SHOTS"); !folder.isEmpty())
        window->grab().save(folder % u'/' %
                            QString::fromLatin1(QTest::currentDataTag())
                                .replace(u' ', u'-')
                                .remove(u'%')
                                .remove(u':')
                                .remove(u',') %
                            u".png");
    QStringList cut;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (shownWhole(widget, window.get()) && cutShort(widget))
            cut.append(described(widget));
    }
    QVERIFY2(cut.isEmpty(), qPrintable(u"cut short:\n"_qs % cut.join(u'\n')));
}

QTEST_MAIN(LargeTextTest)
#include "tst_largetext.moc"
