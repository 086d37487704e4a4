#pragma once

#include <QList>
#include <QPagedPaintDevice>
#include <QRectF>

#include <functional>
class QPainter;

namespace ep {

// A piece of a document that is never split across pages: a heading, a
// table row, a signature line.
struct Block
{
    double height = 0; // device pixels
    std::function<void(QPainter *, const QRectF &)> paint;
    bool keepWithNext = false;    // a heading or table header stays with what follows
    bool pageBreakBefore = false; // e.g. the sign-in sheet of the next day
    // A block (a table's header row) painted again at the top of every page
    // that this block opens; -1: none.
    int repeatedHeader = -1;
    // How this block is painted where it is repeated at the top of a later
    // page, in the same height ("Wednesday, 10 July 2019 (continued)");
    // none: as the first time.
    std::function<void(QPainter *, const QRectF &)> paintRepeated;
};

// A document as a column of blocks poured onto pages of one device. Blocks
// are placed before anything is painted, so every page knows the page count
// ("page 2 of 5"). Lengths are in the device's pixels; mm() converts.
class PageFlow final
{
public:
    // `reservedTop` and `reservedBottom`: the part of each page kept for the
    // running header and footer that `paint` draws through its frame.
    PageFlow(QPagedPaintDevice *device, double reservedTop, double reservedBottom);

    QPagedPaintDevice *device() const { return m_device; }
    double width() const;
    double mm(double millimetres) const;

    // Returns the index of the block, for Block::repeatedHeader.
    int add(Block block);
    // Vertical space, dropped at the top of a page.
    void addSpace(double height);

    using Frame = std::function<void(QPainter *, int page, int pageCount, const QRectF &page_)>;
    // Places the blocks, then paints page after page: `header` (the running
    // header), the page's blocks, then `footer`. That is the order in which
    // text extraction and a screen reader read an untagged PDF's page, so it
    // is the order of the page from top to bottom. Returns the number of pages.
    int paint(const Frame &header, const Frame &footer);

private:
    struct Placed
    {
        int block;
        double y;
        bool repeated = false; // a header painted again on a later page
    };
    QList<QList<Placed>> paginate() const;

    QPagedPaintDevice *m_device;
    double m_reservedTop;
    double m_reservedBottom;
    QList<Block> m_blocks;
};

} // namespace ep
