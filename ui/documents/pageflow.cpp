#include "documents/pageflow.h"

#include <QPagedPaintDevice>
#include <QPainter>

namespace ep {

PageFlow::PageFlow(QPagedPaintDevice *device, double reservedTop, double reservedBottom)
    : m_device(device)
    , m_reservedTop(reservedTop)
    , m_reservedBottom(reservedBottom)
{}

double PageFlow::width() const
{
    return m_device->width();
}

double PageFlow::mm(double millimetres) const
{
    return millimetres * m_device->logicalDpiY() / 25.4;
}

int PageFlow::add(Block block)
{
    m_blocks.append(std::move(block));
    return int(m_blocks.size() - 1);
}

void PageFlow::addSpace(double height)
{
    Block space;
    space.height = height;
    add(std::move(space));
}

QList<QList<PageFlow::Placed>> PageFlow::paginate() const
{
    const double top = m_reservedTop;
    const double bottom = m_device->height() - m_reservedBottom;
    QList<QList<Placed>> pages(1);
    double y = top;
    const auto startPage = [&] {
        pages.append(QList<Placed>());
        y = top;
    };
    for (int i = 0; i < m_blocks.size(); ++i) {
        const Block &block = m_blocks[i];
        const bool pageEmpty = pages.last().isEmpty();
        if (block.pageBreakBefore && !pageEmpty)
            startPage();
        // A heading needs room for itself and what it keeps with.
        double needed = block.height;
        for (int next = i; next + 1 < m_blocks.size() && m_blocks[next].keepWithNext; ++next)
            needed += m_blocks[next + 1].height;
        if (y + needed > bottom && !pages.last().isEmpty())
            startPage();
        if (pages.last().isEmpty()) {
            if (!block.paint) // space is not carried to the top of a page
                continue;
            if (block.repeatedHeader >= 0 && block.repeatedHeader != i) {
                pages.last().append({block.repeatedHeader, y, true});
                y += m_blocks[block.repeatedHeader].height;
            }
        }
        pages.last().append({i, y});
        y += block.height;
    }
    return pages;
}

int PageFlow::paint(const Frame &header, const Frame &footer)
{
    const QList<QList<Placed>> pages = paginate();
    QPainter painter(m_device);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF pageRect(0, 0, m_device->width(), m_device->height());
    for (int page = 0; page < pages.size(); ++page) {
        if (page > 0)
            m_device->newPage();
        painter.save();
        header(&painter, page + 1, int(pages.size()), pageRect);
        painter.restore();
        for (const Placed &placed : pages[page]) {
            const Block &block = m_blocks[placed.block];
            if (!block.paint)
                continue;
            painter.save();
            const auto &paint =
                placed.repeated && block.paintRepeated ? block.paintRepeated : block.paint;
            paint(&painter, QRectF(0, placed.y, width(), block.height));
            painter.restore();
        }
        painter.save();
        footer(&painter, page + 1, int(pages.size()), pageRect);
        painter.restore();
    }
    return int(pages.size());
}

} // namespace ep
