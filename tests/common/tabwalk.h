#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QPoint;
class QWidget;

// Going through a window by Tab alone, as the keyboard tests do (issues 13
// and 18).
namespace ep::test {

// Where `widget` is in its window, a scrolling form's content taken as not
// scrolled (Tab scrolls it).
QPoint placeOf(const QWidget *widget);
// Its class, object name, button text and place, for a failure's message.
QString nameOf(const QWidget *widget);
// The controls a user works with in `window`: shown, enabled, taking Tab.
QList<QWidget *> controlsOf(QWidget *window);
// The control that `focused` is part of: a combo box for its line edit.
QWidget *controlOf(QWidget *focused);

struct TabWalk
{
    QList<QWidget *> visited; // from the first control, each once
    QStringList path;         // their names
    QString problem;          // empty: round, no trap
};

// Presses Tab from the first of `window`'s controls until the focus comes
// back to it. A problem: the focus lost, a control reached twice, Tab
// caught in a control (a time field takes a Tab per section, an item view
// none), or no way round. `step` (optional) is called with the control
// left and the one reached, first with none left and the first control.
TabWalk walkByTab(QWidget *window,
                  const std::function<void(QWidget *left, QWidget *reached)> &step = {});

} // namespace ep::test
