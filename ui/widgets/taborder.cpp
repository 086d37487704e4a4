#include "widgets/taborder.h"

#include <QApplication>
#include <QFormLayout>
#include <QLabel>
#include <QWidget>

namespace ep::taborder {
namespace {

bool takesTab(const QWidget *widget)
{
    return (widget->focusPolicy() & Qt::TabFocus) && widget->isVisible() && widget->isEnabled();
}

void collect(QLayoutItem *item, QList<QWidget *> &stops)
{
    if (!item)
        return;
    if (QWidget *widget = item->widget()) {
        stops += stopsOf(widget);
    } else if (QLayout *layout = item->layout()) {
        for (int index = 0; index < layout->count(); ++index)
            collect(layout->itemAt(index), stops);
    }
}

// `stops` as the eye reads them in `container`: line by line from the top
// (widgets whose heights overlap stand on one line), each line from the left.
QList<QWidget *> inReadingOrder(QList<QWidget *> stops, const QWidget *container)
{
    const auto rect = [container](const QWidget *widget) {
        return QRect(widget->mapTo(container, QPoint(0, 0)), widget->size());
    };
    std::stable_sort(stops.begin(), stops.end(), [&rect](const QWidget *a, const QWidget *b) {
        return rect(a).top() < rect(b).top();
    });
    QList<QWidget *> ordered;
    qsizetype lineStart = 0;
    int lineBottom = 0;
    for (qsizetype index = 0; index <= stops.size(); ++index) {
        const bool newLine =
            index == stops.size() || index == 0 || rect(stops[index]).top() >= lineBottom;
        if (newLine && index > lineStart) {
            QList<QWidget *> line = stops.mid(lineStart, index - lineStart);
            std::stable_sort(line.begin(), line.end(), [&rect](const QWidget *a, const QWidget *b) {
                return rect(a).left() < rect(b).left();
            });
            ordered += line;
            lineStart = index;
        }
        if (index < stops.size()) {
            const QRect here = rect(stops[index]);
            // A line reaches as far down as half its first widget.
            lineBottom = newLine ? here.top() + here.height() / 2 : lineBottom;
        }
    }
    return ordered;
}

} // namespace

QList<QWidget *> stopsOf(QWidget *widget)
{
    if (widget->isWindow() && widget != widget->window())
        return {};
    if (widget->focusPolicy() & Qt::TabFocus)
        return {widget};
    QList<QWidget *> stops;
    for (QObject *child : widget->children()) {
        auto *childWidget = qobject_cast<QWidget *>(child);
        if (childWidget && !childWidget->isWindow())
            stops += stopsOf(childWidget);
    }
    // The children were made in an order of the code's convenience (a
    // table's buttons after the table, a button box's Close first): read
    // them as laid out.
    return inReadingOrder(stops, widget);
}

QList<QWidget *> stopsOf(QFormLayout *form)
{
    QList<QWidget *> stops;
    for (int row = 0; row < form->rowCount(); ++row) {
        collect(form->itemAt(row, QFormLayout::LabelRole), stops);
        collect(form->itemAt(row, QFormLayout::FieldRole), stops);
        collect(form->itemAt(row, QFormLayout::SpanningRole), stops);
    }
    // A row that spans both columns answers for each of them.
    QList<QWidget *> once;
    for (QWidget *stop : std::as_const(stops)) {
        if (!once.contains(stop))
            once.append(stop);
    }
    return once;
}

void focusLabelsOnStops(QFormLayout *form)
{
    for (int row = 0; row < form->rowCount(); ++row) {
        QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
        auto *label = item ? qobject_cast<QLabel *>(item->widget()) : nullptr;
        QWidget *buddy = label ? label->buddy() : nullptr;
        if (!buddy || buddy->focusPolicy() != Qt::NoFocus)
            continue;
        if (const QList<QWidget *> stops = stopsOf(buddy); !stops.isEmpty())
            label->setBuddy(stops.first());
    }
}

qsizetype stopWithFocus(const QList<QWidget *> &stops)
{
    const QWidget *focused = QApplication::focusWidget();
    for (qsizetype index = 0; focused && index < stops.size(); ++index) {
        if (stops[index] == focused || stops[index]->isAncestorOf(focused))
            return index;
    }
    return -1;
}

bool move(const QList<QWidget *> &stops, bool next, bool wrap)
{
    const qsizetype at = stopWithFocus(stops);
    if (at < 0)
        return false;
    const qsizetype count = stops.size();
    for (qsizetype step = 1; step < count; ++step) {
        qsizetype index = next ? at + step : at - step;
        if (index < 0 || index >= count) {
            if (!wrap)
                return false;
            index = (index + count) % count;
        }
        if (takesTab(stops[index])) {
            stops[index]->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
            return true;
        }
    }
    return false;
}

QWidget *beyond(QWidget *container, bool next)
{
    QWidget *widget = container;
    for (;;) {
        widget = next ? widget->nextInFocusChain() : widget->previousInFocusChain();
        if (!widget || widget == container)
            return nullptr;
        if (container->isAncestorOf(widget) || !takesTab(widget))
            continue;
        return widget;
    }
}

} // namespace ep::taborder
