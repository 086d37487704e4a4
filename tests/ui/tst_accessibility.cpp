// The planner as a screen reader meets it (issue 18): every window and dialog
// walked through QAccessible, the interface assistive technology reads, in
// German, Polish and English.

#include "domain/catalogues.h"
#include "everywindow.h"
#include "widgets/windowfilters.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QHeaderView>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace ep;

namespace {

// How a problem's widget is named in a failure: its class, object name and
// place, since it has no accessible name to go by.
QString described(const QWidget *widget)
{
    QString text = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        text += u" \"" % widget->objectName() % u'"';
    const QPoint place = widget->mapTo(widget->window(), QPoint(0, 0));
    return text % u" at " % QString::number(place.x()) % u',' % QString::number(place.y());
}

QString accessibleText(QWidget *widget, QAccessible::Text text)
{
    QAccessibleInterface *interface = QAccessible::queryAccessibleInterface(widget);
    return interface ? interface->text(text).trimmed() : QString();
}

// The widgets a user reaches by Tab or a click in `window`, shown now.
QList<QWidget *> reachable(QWidget *window)
{
    QList<QWidget *> widgets;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus) &&
            !widget->focusProxy())
            widgets.append(widget);
    }
    return widgets;
}

} // namespace

class AccessibilityTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyWindow_data();
    void everyControlHasAName();
    void everyControlHasAName_data() { everyWindow_data(); }
    void everyTableHasHeaders();
    void everyTableHasHeaders_data() { everyWindow_data(); }

private:
    std::unique_ptr<QWidget> show(const QLocale &locale, const test::WindowSample &sample);

    std::unique_ptr<test::WindowContext> m_context;
};

Q_DECLARE_METATYPE(test::WindowSample)

void AccessibilityTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // As the main window does for the program.
    windowfilters::install();
    m_context = std::make_unique<test::WindowContext>();
}

void AccessibilityTest::everyWindow_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<test::WindowSample>("sample");
    for (const QLocale &locale :
         {QLocale(QLocale::German, QLocale::Germany), QLocale(QLocale::Polish, QLocale::Poland),
          QLocale(QLocale::English, QLocale::UnitedKingdom)}) {
        for (const test::WindowSample &sample : test::everyWindow()) {
            QTest::newRow(qPrintable(locale.name().left(2) % u": " % sample.name))
                << locale << sample;
        }
    }
}

std::unique_ptr<QWidget> AccessibilityTest::show(const QLocale &locale,
                                                 const test::WindowSample &sample)
{
    installTranslations(locale);
    std::unique_ptr<QWidget> window = sample.make(*m_context);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qFatal("%s was not exposed", qPrintable(sample.name));
    return window;
}

void AccessibilityTest::everyControlHasAName()
{
    // What a screen reader says when the focus arrives: the control's name
    // from its label or set for it. An icon alone says nothing, so such a
    // button needs a name and a tooltip for those who see it.
    QFETCH(QLocale, locale);
    QFETCH(test::WindowSample, sample);
    const std::unique_ptr<QWidget> window = show(locale, sample);
    // A form alone is no window: in the program it sits in the main window.
    if (window->inherits("QDialog") || window->inherits("QMainWindow"))
        QVERIFY2(!accessibleText(window.get(), QAccessible::Name).isEmpty(), "no window title");
    QStringList unnamed;
    for (QWidget *widget : reachable(window.get())) {
        if (accessibleText(widget, QAccessible::Name).isEmpty())
            unnamed.append(described(widget));
        const auto *button = qobject_cast<QAbstractButton *>(widget);
        if (button && button->text().isEmpty() && button->toolTip().isEmpty())
            unnamed.append(described(widget) % u" (an icon without a tooltip)");
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(u"without a name:\n"_qs % unnamed.join(u'\n')));
}

void AccessibilityTest::everyTableHasHeaders()
{
    // A table's cells are read with their column's heading ("Arrival: 8 July"),
    // so a screen reader needs one for every column shown.
    QFETCH(QLocale, locale);
    QFETCH(test::WindowSample, sample);
    const std::unique_ptr<QWidget> window = show(locale, sample);
    QStringList missing;
    for (QTableView *table : window->findChildren<QTableView *>()) {
        if (!table->isVisible() || !table->model())
            continue;
        QAccessibleInterface *interface = QAccessible::queryAccessibleInterface(table);
        QAccessibleTableInterface *cells = interface ? interface->tableInterface() : nullptr;
        if (!cells) {
            missing.append(described(table) % u" is no table to a screen reader");
            continue;
        }
        if (accessibleText(table, QAccessible::Name).isEmpty())
            missing.append(described(table) % u" has no name");
        for (int column = 0; column < table->model()->columnCount(); ++column) {
            if (table->isColumnHidden(column))
                continue;
            const QString heading =
                table->model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
            const QString spoken = table->model()
                                       ->headerData(column, Qt::Horizontal, Qt::AccessibleTextRole)
                                       .toString();
            if (heading.trimmed().isEmpty() && spoken.trimmed().isEmpty())
                missing.append(described(table) % u": column " % QString::number(column + 1));
        }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(u"without headers:\n"_qs % missing.join(u'\n')));
}

QTEST_MAIN(AccessibilityTest)
#include "tst_accessibility.moc"
