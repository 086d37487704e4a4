#include "documenttable.h"

#include "documentstyle.h"

#include <QPagedPaintDevice>
#include <QPainter>

namespace ep {

DocumentTable::DocumentTable(PageFlow &flow, const QList<Column> &columns,
                             const QList<Paragraph> &caption)
    : m_flow(flow)
    , m_padding(flow.mm(1.4))
{
    double shares = 0;
    for (const Column &column : columns)
        shares += column.share;
    QList<QList<Paragraph>> headings;
    for (const Column &column : columns) {
        m_widths.append(flow.width() * column.share / shares);
        headings.append(column.heading);
    }
    const Cells header = layOut(headings, 0);
    const TextBox captionBox(caption, flow.width(), flow.device());
    const double captionHeight = caption.isEmpty() ? 0 : captionBox.height() + flow.mm(1.5);
    Block block;
    block.height = captionHeight + header.height;
    block.keepWithNext = true;
    block.paint = [style = rowStyle(true), boxes = header.boxes, captionBox,
                   captionHeight](QPainter *painter, const QRectF &rect) {
        captionBox.draw(painter, rect.topLeft());
        paintRow(painter, rect.adjusted(0, captionHeight, 0, 0), boxes, style);
    };
    m_header = m_flow.add(std::move(block));
}

DocumentTable::Cells DocumentTable::layOut(const QList<QList<Paragraph>> &cells,
                                           double minimumHeight) const
{
    Cells laid;
    laid.height = minimumHeight;
    for (int column = 0; column < m_widths.size(); ++column) {
        TextBox box(cells.value(column), m_widths[column] - 2 * m_padding, m_flow.device());
        laid.height = std::max(laid.height, box.height() + 2 * m_padding);
        laid.boxes.append(std::move(box));
    }
    return laid;
}

void DocumentTable::addRow(const QList<QList<Paragraph>> &cells, double minimumHeight)
{
    const Cells row = layOut(cells, minimumHeight);
    Block block;
    block.height = row.height;
    block.repeatedHeader = m_header;
    block.paint = [style = rowStyle(false), boxes = row.boxes](QPainter *painter,
                                                               const QRectF &rect) {
        paintRow(painter, rect, boxes, style);
    };
    m_flow.add(std::move(block));
}

DocumentTable::RowStyle DocumentTable::rowStyle(bool header) const
{
    return {m_widths, m_padding, m_flow.mm(0.2), header};
}

// Static: the blocks are painted after the table that made them is gone.
void DocumentTable::paintRow(QPainter *painter, const QRectF &rect, const QList<TextBox> &boxes,
                             const RowStyle &style)
{
    if (style.header)
        painter->fillRect(rect, documentstyle::headerFill);
    QPen pen(documentstyle::rule);
    pen.setWidthF(style.lineWidth);
    double x = rect.left();
    for (int column = 0; column < boxes.size(); ++column) {
        const QRectF cell(x, rect.top(), style.widths[column], rect.height());
        painter->setPen(pen);
        painter->drawRect(cell);
        boxes[column].draw(painter, cell.topLeft() + QPointF(style.padding, style.padding));
        x += style.widths[column];
    }
}

} // namespace ep
