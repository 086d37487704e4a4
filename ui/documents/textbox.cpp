#include "documents/textbox.h"

#include <QPainter>
#include <QTextLayout>

namespace ep {

TextBox::TextBox(const QList<Paragraph> &paragraphs, double width, QPaintDevice *device)
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    for (const Paragraph &paragraph : paragraphs) {
        auto layout = std::make_shared<QTextLayout>(paragraph.text, paragraph.font, device);
        layout->setTextOption(option);
        layout->setCacheEnabled(true);
        const double top = m_height;
        double y = 0;
        layout->beginLayout();
        for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
            line.setLineWidth(width);
            line.setPosition(QPointF(0, y));
            y += line.height();
        }
        layout->endLayout();
        m_height += y;
        m_paragraphs.push_back({std::move(layout), paragraph.color, top});
    }
}

void TextBox::draw(QPainter *painter, const QPointF &topLeft) const
{
    const QPen pen = painter->pen();
    for (const Laid &paragraph : m_paragraphs) {
        painter->setPen(paragraph.color);
        paragraph.layout->draw(painter, topLeft + QPointF(0, paragraph.top));
    }
    painter->setPen(pen);
}

} // namespace ep
