#include "documents/documenttable.h"

#include "documents/cellbreaks.h"
#include "documents/documentstyle.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QRegularExpression>

#include <numeric>

namespace ep {
namespace {

// The widest word (or, with `wholeLines`, paragraph) of `paragraphs` as
// laid out on `device`.
double widestPart(const QList<Paragraph> &paragraphs, QPaintDevice *device, bool wholeLines)
{
    double widest = 0;
    for (const Paragraph &paragraph : paragraphs) {
        const QFontMetricsF metrics(paragraph.font, device);
        const QStringList parts = wholeLines ? QStringList{paragraph.text}
                                             : paragraph.text.split(u' ', Qt::SkipEmptyParts);
        for (const QString &part : parts)
            widest = std::max(widest, metrics.horizontalAdvance(part));
    }
    return widest;
}

// `cell` in `font`s `scale` times their size.
QList<Paragraph> scaled(QList<Paragraph> cell, double scale)
{
    for (Paragraph &paragraph : cell) {
        if (paragraph.font.pointSizeF() > 0)
            paragraph.font.setPointSizeF(paragraph.font.pointSizeF() * scale);
        else
            paragraph.font.setPixelSize(std::max(1, int(paragraph.font.pixelSize() * scale)));
    }
    return cell;
}

// `cell` with its long words broken to fit `width` (cellbreaks.h); `fits`
// says whether all of them could be.
QList<Paragraph> broken(QList<Paragraph> cell, double width, QPaintDevice *device,
                        Language language, bool *fits)
{
    *fits = true;
    for (Paragraph &paragraph : cell) {
        bool paragraphFits = true;
        paragraph.text = breakLongWords(paragraph.text, QFontMetricsF(paragraph.font, device),
                                        width, language, &paragraphFits);
        *fits = *fits && paragraphFits;
    }
    return cell;
}

// `cell` as it fits `width`. A word wider than the cell (a German compound,
// "Delegationsmitglied", in a narrow column) first makes the cell's text a
// little smaller (to 85 %); a word too long even then breaks where its
// language allows, with a hyphen, or an email address at "@" or "."; a word
// that cannot break so shrinks the text further, to 60 % at the least, and
// only then breaks anywhere.
QList<Paragraph> fitted(const QList<Paragraph> &cell, double width, QPaintDevice *device,
                        Language language)
{
    // Lines break between words and after a hyphen ("Górnośląsko-|Zagłębiowska"),
    // as QTextLayout breaks them: only what lies between needs the room.
    static const QRegularExpression breaks(QStringLiteral("\\s+|(?<=-)"));
    double widest = 0;
    for (const Paragraph &paragraph : cell) {
        const QFontMetricsF metrics(paragraph.font, device);
        for (const QString &part : paragraph.text.split(breaks, Qt::SkipEmptyParts))
            widest = std::max(widest, metrics.horizontalAdvance(part));
    }
    if (widest <= width || widest <= 0)
        return cell;
    const double needed = width / widest * 0.98;
    if (needed >= 0.85)
        return scaled(cell, needed);
    bool fits = false;
    const QList<Paragraph> hyphenated = broken(scaled(cell, 0.85), width, device, language, &fits);
    if (fits)
        return hyphenated;
    return broken(scaled(cell, std::max(0.6, needed)), width, device, language, &fits);
}

} // namespace

DocumentTable::DocumentTable(PageFlow &flow, Language language, const QList<Column> &columns,
                             const QList<Paragraph> &caption,
                             const QList<Paragraph> &continuedCaption)
    : m_flow(flow)
    , m_language(language)
    , m_columns(columns)
    , m_caption(caption)
    , m_continuedCaption(continuedCaption.isEmpty() ? caption : continuedCaption)
    , m_padding(flow.mm(1.4))
{}

DocumentTable::~DocumentTable()
{
    finish();
}

void DocumentTable::addRow(const QList<QList<Paragraph>> &cells, double minimumHeight)
{
    Q_ASSERT(!m_finished);
    m_rows.append({cells, minimumHeight});
}

QList<double> DocumentTable::columnWidths() const
{
    const double total = m_flow.width();
    const double shares =
        std::accumulate(m_columns.cbegin(), m_columns.cend(), 0.0,
                        [](double sum, const Column &column) { return sum + column.share; });
    // What each column needs so that no word is cut: its heading's and its
    // cells' longest word (or line, for whole-line columns). Where that is
    // more than the page has, long words (email addresses, links) give way
    // first: their need is capped, lower and lower, and then whole lines may
    // wrap between words after all.
    QList<double> words;
    QList<double> lines;
    for (int column = 0; column < m_columns.size(); ++column) {
        const double heading = widestPart(m_columns[column].heading, m_flow.device(), false);
        double word = heading;
        double line = heading;
        for (const Row &row : m_rows) {
            const QList<Paragraph> &cell = row.cells.value(column);
            word = std::max(word, widestPart(cell, m_flow.device(), false));
            if (m_columns[column].wholeLines)
                line = std::max(line, widestPart(cell, m_flow.device(), true));
        }
        words.append(word);
        lines.append(std::max(word, line));
    }
    QList<double> needed;
    double neededTotal = 0;
    // Whole words are kept only where no other column's need is capped below
    // the first cap: never at the cost of cutting the other columns.
    const auto fits = [&](const QList<double> &wanted, bool keepWholeWords) {
        for (double cap = total / 5; keepWholeWords ? cap == total / 5 : cap > total / 40;
             cap *= 0.85) {
            needed.clear();
            for (int column = 0; column < wanted.size(); ++column) {
                const bool whole = keepWholeWords && m_columns[column].wholeWords;
                needed.append(std::min(wanted[column], whole ? total : cap) + 2 * m_padding + 1);
            }
            neededTotal = std::accumulate(needed.cbegin(), needed.cend(), 0.0);
            if (neededTotal < total)
                return true;
        }
        return false;
    };
    const bool anyWholeWords = std::any_of(m_columns.cbegin(), m_columns.cend(),
                                           [](const Column &column) { return column.wholeWords; });
    // Columns that keep their words whole first, where there are any; then
    // every long word may give way.
    const bool fitted = (anyWholeWords && (fits(lines, true) || fits(words, true))) ||
                        fits(lines, false) || fits(words, false);
    QList<double> widths;
    for (const Column &column : m_columns)
        widths.append(total * column.share / shares);
    if (!fitted) {
        // Not even the capped words fit: shares in proportion to need.
        for (int column = 0; column < widths.size(); ++column)
            widths[column] = total * needed[column] / neededTotal;
        return widths;
    }
    // Widen what is too narrow, taking the room from the columns with room
    // to spare, in proportion to what they spare; repeat until all fit.
    for (int round = 0; round < 10; ++round) {
        double deficit = 0;
        double spare = 0;
        for (int column = 0; column < widths.size(); ++column) {
            if (widths[column] < needed[column])
                deficit += needed[column] - widths[column];
            else
                spare += widths[column] - needed[column];
        }
        if (deficit <= 0.5)
            break;
        const double taken = std::min(1.0, deficit / spare);
        for (int column = 0; column < widths.size(); ++column) {
            if (widths[column] < needed[column])
                widths[column] = needed[column];
            else
                widths[column] -= (widths[column] - needed[column]) * taken;
        }
    }
    return widths;
}

DocumentTable::Cells DocumentTable::layOut(const QList<QList<Paragraph>> &cells,
                                           const QList<double> &widths, double minimumHeight) const
{
    Cells laid;
    laid.height = minimumHeight;
    for (int column = 0; column < widths.size(); ++column) {
        const double width = widths[column] - 2 * m_padding;
        const Language language = m_columns.value(column).language.value_or(m_language);
        TextBox box(fitted(cells.value(column), width, m_flow.device(), language), width,
                    m_flow.device());
        laid.height = std::max(laid.height, box.height() + 2 * m_padding);
        laid.boxes.append(std::move(box));
    }
    return laid;
}

void DocumentTable::finish(bool keepWithNext)
{
    if (m_finished)
        return;
    m_finished = true;
    const QList<double> widths = columnWidths();
    const RowStyle style{widths, m_padding, m_flow.mm(0.2), false};
    RowStyle headerStyle = style;
    headerStyle.header = true;

    QList<QList<Paragraph>> headings;
    for (const Column &column : m_columns)
        headings.append(column.heading);
    const Cells header = layOut(headings, widths, 0);
    const TextBox captionBox(m_caption, m_flow.width(), m_flow.device());
    const TextBox continuedBox(m_continuedCaption, m_flow.width(), m_flow.device());
    // One height for both captions: a block is placed before it is painted.
    const double captionHeight =
        m_caption.isEmpty() ? 0
                            : std::max(captionBox.height(), continuedBox.height()) + m_flow.mm(1.5);
    const auto painting = [headerStyle, boxes = header.boxes,
                           captionHeight](const TextBox &caption) {
        return [headerStyle, boxes, caption, captionHeight](QPainter *painter, const QRectF &rect) {
            caption.draw(painter, rect.topLeft());
            paintRow(painter, rect.adjusted(0, captionHeight, 0, 0), boxes, headerStyle);
        };
    };
    Block headerBlock;
    headerBlock.height = captionHeight + header.height;
    headerBlock.keepWithNext = true;
    headerBlock.paint = painting(captionBox);
    headerBlock.paintRepeated = painting(continuedBox);
    const int headerIndex = m_flow.add(std::move(headerBlock));

    for (const Row &row : std::as_const(m_rows)) {
        const Cells cells = layOut(row.cells, widths, row.minimumHeight);
        Block block;
        block.height = cells.height;
        block.repeatedHeader = headerIndex;
        block.keepWithNext = keepWithNext && &row == &m_rows.constLast();
        block.paint = [style, boxes = cells.boxes](QPainter *painter, const QRectF &rect) {
            paintRow(painter, rect, boxes, style);
        };
        m_flow.add(std::move(block));
    }
    m_rows.clear();
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
