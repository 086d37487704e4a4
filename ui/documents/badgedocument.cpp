#include "documents/badgedocument.h"

#include "documents/documentstyle.h"
#include "domain/vocabulary.h"
#include "export/logistics.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>

namespace ep {
namespace {

constexpr char context[] = "BadgeDocument";
constexpr double sheetMargin = 10; // mm: the printer's border, where the cut marks stand
constexpr double cutMark = 5;      // mm

// `font` at the largest size from `points` down at which `text` is no wider
// than `width`: a long name is set smaller, never cut.
QFont fitted(QFont font, double points, const QString &text, double width, QPaintDevice *device)
{
    for (; points > 4; points -= 0.5) {
        font.setPointSizeF(points);
        if (QFontMetricsF(font, device).horizontalAdvance(text) <= width)
            break;
    }
    return font;
}

} // namespace

BadgeDocument::BadgeDocument(EventDocument document, Language language, BadgeOptions options)
    : m_document(std::move(document))
    , m_language(language)
    , m_options(options)
{
    m_options.perPage = m_options.perPage == 4 ? 4 : 8;
    m_options.blank = std::clamp(m_options.blank, 0, 500);
}

QString BadgeDocument::title() const
{
    return m_language.translate(context, QT_TRANSLATE_NOOP("BadgeDocument", "Badges")) % u" – " %
           m_document.event.title.text(m_language.language());
}

QList<Language> BadgeDocument::writtenIn() const
{
    return {m_language.language()};
}

QPageLayout BadgeDocument::pageLayout() const
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                       QPageLayout::Millimeter, QMarginsF(0, 0, 0, 0));
}

QColor BadgeDocument::roleColour(const QString &role)
{
    if (role == u"speaker")
        return {0xc2, 0x5b, 0x12};
    if (role == u"host")
        return {0x2e, 0x7d, 0x32};
    if (role == u"interpreter")
        return {0x6a, 0x3d, 0x9a};
    if (role == u"organiser")
        return {0xb7, 0x1c, 0x1c};
    if (role.isEmpty())
        return documentstyle::grey;
    return {0x1f, 0x5f, 0xa8}; // delegate
}

QList<BadgeDocument::Badge> BadgeDocument::badges() const
{
    QList<Badge> list;
    QList<ParticipantRow> rows;
    for (const ParticipantRow &row : participantRows(m_document)) {
        if (logistics::comes(row.participation))
            rows.append(row);
    }
    std::stable_sort(rows.begin(), rows.end(), byName);
    for (const ParticipantRow &row : rows) {
        const QString first =
            QStringList{row.person.title, row.person.firstName}.join(u' ').trimmed();
        list.append(
            {first,
             m_options.capitalLastNames ? row.person.lastName.toUpper() : row.person.lastName,
             row.organisation, row.participation.delegation, row.participation.role});
    }
    for (int i = 0; i < m_options.blank; ++i)
        list.append(Badge{});
    return list;
}

int BadgeDocument::render(QPagedPaintDevice *device) const
{
    device->setPageLayout(pageLayout());
    const double mm = device->logicalDpiY() / 25.4;
    const QRectF page(0, 0, device->width(), device->height());
    const QRectF sheet =
        page.adjusted(sheetMargin * mm, sheetMargin * mm, -sheetMargin * mm, -sheetMargin * mm);
    const int columns = 2;
    const int rows = m_options.perPage / columns;
    const QSizeF size(sheet.width() / columns, sheet.height() / rows);
    const QList<Badge> all = badges();
    const int pages = std::max(1, int((all.size() + m_options.perPage - 1) / m_options.perPage));
    QPainter painter(device);
    for (int pageIndex = 0; pageIndex < pages; ++pageIndex) {
        if (pageIndex > 0)
            device->newPage();
        paintCutMarks(&painter, sheet, columns, rows);
        for (int slot = 0; slot < m_options.perPage; ++slot) {
            const qsizetype index = qsizetype(pageIndex) * m_options.perPage + slot;
            if (index >= all.size())
                break;
            const QRectF cell(sheet.left() + (slot % columns) * size.width(),
                              sheet.top() + (slot / columns) * size.height(), size.width(),
                              size.height());
            paintBadge(&painter, cell, all[index]);
        }
    }
    return pages;
}

// Short lines in the border where the sheet is cut, never on a badge.
void BadgeDocument::paintCutMarks(QPainter *painter, const QRectF &sheet, int columns,
                                  int rows) const
{
    const double mm = painter->device()->logicalDpiY() / 25.4;
    QPen pen(Qt::black);
    pen.setWidthF(0.15 * mm);
    painter->setPen(pen);
    for (int column = 0; column <= columns; ++column) {
        const double x = sheet.left() + column * sheet.width() / columns;
        painter->drawLine(QPointF(x, sheet.top() - (cutMark + 1) * mm),
                          QPointF(x, sheet.top() - mm));
        painter->drawLine(QPointF(x, sheet.bottom() + mm),
                          QPointF(x, sheet.bottom() + (cutMark + 1) * mm));
    }
    for (int row = 0; row <= rows; ++row) {
        const double y = sheet.top() + row * sheet.height() / rows;
        painter->drawLine(QPointF(sheet.left() - (cutMark + 1) * mm, y),
                          QPointF(sheet.left() - mm, y));
        painter->drawLine(QPointF(sheet.right() + mm, y),
                          QPointF(sheet.right() + (cutMark + 1) * mm, y));
    }
}

void BadgeDocument::paintBadge(QPainter *painter, const QRectF &rect, const Badge &badge) const
{
    using namespace documentstyle;
    QPaintDevice *device = painter->device();
    const double mm = device->logicalDpiY() / 25.4;
    const bool large = m_options.perPage == 4;
    const double padding = 5 * mm;
    const QRectF inner = rect.adjusted(padding, padding, -padding, -padding);

    // The band: the role, in white on its colour.
    const QRectF band(rect.left(), rect.top(), rect.width(), (large ? 14 : 10) * mm);
    painter->fillRect(band, roleColour(badge.role));
    QFont bandFont = bold();
    bandFont.setPointSizeF(large ? 14 : 11);
    painter->setFont(bandFont);
    painter->setPen(Qt::white);
    const QString role =
        badge.role.isEmpty()
            ? m_language.translate(context, QT_TRANSLATE_NOOP("BadgeDocument", "Guest"))
            : vocabularyLabel(Vocabulary::ParticipantRole, badge.role, m_language);
    painter->drawText(band.adjusted(padding, 0, -padding, 0), Qt::AlignLeft | Qt::AlignVCenter,
                      role.toUpper());

    // The name, large; then organisation and delegation.
    double y = band.bottom() + (large ? 10 : 5) * mm;
    const auto line = [&](const QString &text, const QFont &font, const QColor &colour) {
        if (text.isEmpty())
            return;
        const QFont shown = fitted(font, font.pointSizeF(), text, inner.width(), device);
        const QFontMetricsF metrics(shown, device);
        painter->setFont(shown);
        painter->setPen(colour);
        painter->drawText(QPointF(inner.left(), y + metrics.ascent()), text);
        y += metrics.height();
    };
    QFont name = bold();
    name.setPointSizeF(large ? 30 : 20);
    QFont firstName = body();
    firstName.setPointSizeF(large ? 22 : 15);
    line(badge.firstName, firstName, Qt::black);
    line(badge.lastName, name, Qt::black);
    y += (large ? 6 : 3) * mm;
    QFont organisation = body();
    organisation.setPointSizeF(large ? 14 : 10);
    line(badge.organisation, organisation, Qt::black);
    QFont delegation = body();
    delegation.setPointSizeF(large ? 12 : 9);
    line(badge.delegation, delegation, grey);

    // At the foot: the event and its dates; the funder's logo on the right.
    const Event &event = m_document.event;
    QString dates = m_language.date(event.startDate);
    if (event.endDate.isValid() && event.endDate != event.startDate)
        dates += u" – " % m_language.date(event.endDate);
    const QImage logo = QImage::fromData(event.fundingLogo);
    const double logoHeight = (large ? 14 : 9) * mm;
    double textRight = inner.right();
    if (!logo.isNull()) {
        const QSizeF logoSize =
            QSizeF(logo.size()).scaled(inner.width() / 3, logoHeight, Qt::KeepAspectRatio);
        painter->drawImage(QRectF(inner.right() - logoSize.width(),
                                  inner.bottom() - logoSize.height(), logoSize.width(),
                                  logoSize.height()),
                           logo);
        textRight -= logoSize.width() + 2 * mm;
    }
    QFont foot = small();
    foot.setPointSizeF(large ? 10 : 7.5);
    const double footWidth = textRight - inner.left();
    const QString title = event.title.text(m_language.language());
    const QFont titleFont = fitted(foot, foot.pointSizeF(), title, footWidth, device);
    const QFontMetricsF titleMetrics(titleFont, device);
    const QFontMetricsF dateMetrics(foot, device);
    painter->setPen(grey);
    painter->setFont(foot);
    painter->drawText(QPointF(inner.left(), inner.bottom() - dateMetrics.descent()), dates);
    painter->setFont(titleFont);
    painter->drawText(
        QPointF(inner.left(), inner.bottom() - dateMetrics.height() - titleMetrics.descent()),
        title);
}

} // namespace ep
