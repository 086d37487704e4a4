#pragma once

#include <QProxyStyle>

namespace ep {

// Fusion for the high-contrast appearance: Fusion draws the frames of
// fields and buttons a shade darker than the window, which on black is no
// frame at all. This draws them in the text's colour — with the boxes of
// check boxes, radio buttons and list items and the scroll bars' handles —
// and the frame of the control that has the focus twice as thick in the
// highlight's.
class ContrastStyle final : public QProxyStyle
{
    Q_OBJECT

public:
    explicit ContrastStyle(QStyle *base);

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                            QPainter *painter, const QWidget *widget = nullptr) const override;
};

} // namespace ep
