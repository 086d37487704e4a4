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
                        element == PE_FrameTabWidget || element == PE_FrameGroupBox ||
                        element == PE_IndicatorCheckBox || element == PE_IndicatorItemViewItemCheck;
    if (element == PE_IndicatorRadioButton) {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(option->palette.color(QPalette::WindowText));
        painter->drawEllipse(QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5));
        painter->restore();
        return;
    }
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

void ContrastStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                                       QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    if (control != CC_ScrollBar)
        return;
    // The handle, a shade lighter than black in Fusion, framed to be seen.
    const QRect handle = subControlRect(control, option, SC_ScrollBarSlider, widget);
    if (!handle.isValid())
        return;
    painter->save();
    painter->setBrush(Qt::NoBrush);
    painter->setPen(option->palette.color(QPalette::WindowText));
    painter->drawRect(handle.adjusted(0, 0, -1, -1));
    painter->restore();
}

} // namespace ep
