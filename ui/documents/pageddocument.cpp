#include "documents/pageddocument.h"

#include "documents/documentstyle.h"
#include "documents/pageflow.h"
#include "domain/documentlanguage.h"
#include "export/filewriting.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>

namespace ep {

QString PagedDocument::pageLabel(int page, int pageCount) const
{
    return translatedIn(languages(), "PagedDocument",
                        QT_TRANSLATE_NOOP("PagedDocument", "Page %1 of %2"))
        .arg(page)
        .arg(pageCount);
}

QPageLayout PagedDocument::pageLayout() const
{
    return QPageLayout(QPageSize(QPageSize::A4), orientation(), QMarginsF(15, 12, 15, 12),
                       QPageLayout::Millimeter);
}

int PagedDocument::render(QPagedPaintDevice *device) const
{
    device->setPageLayout(pageLayout());
    const QFont small = documentstyle::small();
    const QFontMetricsF metrics(small, device);
    const double line = metrics.height();
    const double gap = line * 1.2;
    PageFlow flow(device, line + gap, line + gap);
    compose(flow);

    const QString left = runningTitle();
    const QString right = runningDocumentName();
    return flow.paint([&](QPainter *painter, int page, int pageCount, const QRectF &rect) {
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
        painter->setPen(documentstyle::grey);
        const QRectF bottom(rect.left(), rect.bottom() - line, rect.width(), line);
        painter->drawText(bottom, Qt::AlignRight | Qt::AlignVCenter, pageLabel(page, pageCount));
    });
}

QString PagedDocument::writePdf(const QString &path) const
{
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setTitle(title());
        writer.setCreator(u"Exchange Planner "_qs % QLatin1String(EXCHANGE_PLANNER_VERSION));
        writer.setResolution(600);
        render(&writer);
    }
    return writeWholeFile(path, pdf);
}

} // namespace ep
