#include "tabwalk.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>

namespace ep::test {

QPoint placeOf(const QWidget *widget)
{
    for (const QWidget *ancestor = widget->parentWidget(); ancestor;
         ancestor = ancestor->parentWidget()) {
        if (const auto *scroll = qobject_cast<const QScrollArea *>(ancestor)) {
            return scroll->viewport()->mapTo(widget->window(), QPoint(0, 0)) +
                   widget->mapTo(scroll->widget(), QPoint(0, 0));
        }
    }
    return widget->mapTo(widget->window(), QPoint(0, 0));
}

QString nameOf(const QWidget *widget)
{
    QString name = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        name += u" \"" % widget->objectName() % u'"';
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        name += u" " % button->text();
    const QPoint place = placeOf(widget);
    return name % u" at " % QString::number(place.x()) % u"," % QString::number(place.y());
}

QList<QWidget *> controlsOf(QWidget *window)
{
    QList<QWidget *> controls;
    const QList<QWidget *> all = window->findChildren<QWidget *>();
    for (QWidget *widget : all) {
        const bool control =
            qobject_cast<QLineEdit *>(widget) || qobject_cast<QPlainTextEdit *>(widget) ||
            qobject_cast<QTextEdit *>(widget) || qobject_cast<QComboBox *>(widget) ||
            qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QAbstractButton *>(widget) ||
            qobject_cast<QAbstractItemView *>(widget) || qobject_cast<QTabBar *>(widget);
        // A combo box's line edit is reached as the combo box.
        const bool part = qobject_cast<QComboBox *>(widget->parentWidget()) ||
                          qobject_cast<QAbstractSpinBox *>(widget->parentWidget());
        if (control && !part && widget->isVisibleTo(window) && widget->isEnabled() &&
            (widget->focusPolicy() & Qt::TabFocus))
            controls.append(widget);
    }
    return controls;
}

QWidget *controlOf(QWidget *focused)
{
    while (focused && focused->parentWidget() &&
           (qobject_cast<QComboBox *>(focused->parentWidget()) ||
            qobject_cast<QAbstractSpinBox *>(focused->parentWidget())))
        focused = focused->parentWidget();
    return focused;
}

TabWalk walkByTab(QWidget *window, const std::function<void(QWidget *, QWidget *)> &step)
{
    TabWalk walk;
    const QList<QWidget *> controls = controlsOf(window);
    if (controls.isEmpty()) {
        walk.problem = u"no control takes Tab"_qs;
        return walk;
    }
    // Tab, not setFocus(): a style draws the focus frame only after the
    // keyboard moved the focus.
    controls.first()->setFocus(Qt::TabFocusReason);
    QWidget *start = controlOf(QApplication::focusWidget());
    if (!start) {
        walk.problem = u"the first control takes no focus: "_qs % nameOf(controls.first());
        return walk;
    }
    walk.visited.append(start);
    walk.path.append(nameOf(start));
    if (step)
        step(nullptr, start);
    int stays = 0;
    for (int index = 0; index < 4 * controls.size() + 8; ++index) {
        QWidget *left = walk.visited.last();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focused = controlOf(QApplication::focusWidget());
        if (!focused || focused->window() != window) {
            walk.problem = u"the focus left the window"_qs;
            return walk;
        }
        if (focused == left) {
            // An item view holds no Tab: its arrows move in it.
            if (++stays >= 3 || qobject_cast<QAbstractItemView *>(focused)) {
                walk.problem = u"caught in "_qs % nameOf(focused);
                return walk;
            }
            continue;
        }
        stays = 0;
        if (step)
            step(left, focused);
        if (focused == start)
            return walk;
        if (walk.visited.contains(focused)) {
            walk.problem = u"reached twice: "_qs % nameOf(focused);
            return walk;
        }
        walk.visited.append(focused);
        walk.path.append(nameOf(focused));
    }
    walk.problem = u"Tab never came back to "_qs % nameOf(start);
    return walk;
}

} // namespace ep::test
