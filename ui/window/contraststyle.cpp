#include "window/contraststyle.h"

#include <QPainter>
#include <QStyleOption>

namespace ep {

ContrastStyle::ContrastStyle(QStyle *base)
    : QProxyStyle(base)
{}

void ContrastStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                                  QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    const bool framed = element == PE_FrameLineEdit || element == PE_PanelLineEdit ||
                        element == PE_PanelButtonCommand || element == PE_Frame ||
                        element == PE_FrameTabWidget || element == PE_FrameGroupBox;
    const bool focus =
        element == PE_FrameFocusRect || (framed && (option->state & State_HasFocus) &&
                                         element != PE_Frame && element != PE_FrameTabWidget);
    if (!framed && !focus)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setBrush(Qt::NoBrush);
    if (focus) {
        painter->setPen(QPen(option->palette.color(QPalette::Highlight), 2));
        painter->drawRect(QRectF(option->rect).adjusted(1, 1, -1, -1));
    } else {
        painter->setPen(option->palette.color(QPalette::WindowText));
        painter->drawRect(option->rect.adjusted(0, 0, -1, -1));
    }
    painter->restore();
}

} // namespace ep
