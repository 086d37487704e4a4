#include "documents/pageddocument.h"

#include "documents/documentstyle.h"
#include "documents/pageflow.h"
#include "domain/documentlanguage.h"
#include "domain/event.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPainter>

namespace ep {

QString PagedDocument::pageLabel(int page, int pageCount) const
{
    return translatedIn(languages(), "PagedDocument",
                        QT_TRANSLATE_NOOP("PagedDocument", "Page %1 of %2"))
        .arg(page)
        .arg(pageCount);
}

QString PagedDocument::fundingLine() const
{
    const Event *event = fundedEvent();
    if (!event)
        return {};
    QStringList parts;
    if (!event->fundingProgramme.trimmed().isEmpty()) {
        parts.append(translatedIn(languages(), "PagedDocument",
                                  QT_TRANSLATE_NOOP("PagedDocument", "Funding programme")) %
                     u": " % event->fundingProgramme.trimmed());
    }
    if (!event->projectNumber.trimmed().isEmpty()) {
        parts.append(translatedIn(languages(), "PagedDocument",
                                  QT_TRANSLATE_NOOP("PagedDocument", "Project number")) %
                     u": " % event->projectNumber.trimmed());
    }
    return parts.join(u" · ");
}

QList<Language> PagedDocument::writtenIn() const
{
    QList<Language> written;
    for (const DocumentLanguage &language : languages())
        written.append(language.language());
    return written;
}

int PagedDocument::render(QPagedPaintDevice *device) const
{
    device->setPageLayout(pageLayout());
    const QFont small = documentstyle::small();
    const QFontMetricsF metrics(small, device);
    const double line = metrics.height();
    const double gap = line * 1.2;
    // A funded event's pages carry the funder at their foot: its logo
    // (8 mm high) and the programme and project number beside the page number.
    const QString funding = fundingLine();
    const QImage logo = fundedEvent() ? QImage::fromData(fundedEvent()->fundingLogo) : QImage();
    const double mm = device->logicalDpiY() / 25.4;
    const double logoHeight = logo.isNull() ? 0 : 8 * mm;
    const double foot = std::max(line, logoHeight);
    PageFlow flow(device, line + gap, foot + gap);
    compose(flow);
    const QSizeF logoSize =
        logo.isNull() ? QSizeF()
                      : QSizeF(logo.size()).scaled(40 * mm, logoHeight, Qt::KeepAspectRatio);

    const QString left = runningTitle();
    const QString right = runningDocumentName();
    const auto header = [&](QPainter *painter, int, int, const QRectF &rect) {
        painter->setFont(small);
        painter->setPen(documentstyle::grey);
        const QRectF top(rect.left(), rect.top(), rect.width(), line);
        const double rightWidth = metrics.horizontalAdvance(right) + line;
        painter->drawText(top.adjusted(0, 0, -rightWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(left, Qt::ElideRight, top.width() - rightWidth));
        painter->drawText(top, Qt::AlignRight | Qt::AlignVCenter, right);
        QPen pen(documentstyle::rule);
        pen.setWidthF(flow.mm(0.2));
        painter->setPen(pen);
        painter->drawLine(QPointF(rect.left(), top.bottom() + gap / 3),
                          QPointF(rect.right(), top.bottom() + gap / 3));
    };
    // The foot read left to right: the funder's logo and line, the page number.
    const auto footer = [&](QPainter *painter, int page, int pageCount, const QRectF &rect) {
        painter->setFont(small);
        painter->setPen(documentstyle::grey);
        const QRectF bottom(rect.left(), rect.bottom() - foot, rect.width(), foot);
        const QString pages = pageLabel(page, pageCount);
        double x = rect.left();
        if (!logo.isNull()) {
            painter->drawImage(QRectF(x, bottom.center().y() - logoSize.height() / 2,
                                      logoSize.width(), logoSize.height()),
                               logo);
            x += logoSize.width() + line;
        }
        if (!funding.isEmpty()) {
            const double room = rect.right() - x - metrics.horizontalAdvance(pages) - line;
            painter->drawText(QRectF(x, bottom.top(), room, foot), Qt::AlignLeft | Qt::AlignVCenter,
                              metrics.elidedText(funding, Qt::ElideRight, room));
        }
        painter->drawText(bottom, Qt::AlignRight | Qt::AlignVCenter, pages);
    };
    return flow.paint(header, footer);
}

} // namespace ep
