#include "documents/printeddocument.h"

#include "export/filewriting.h"

#include <QBuffer>
#include <QPdfWriter>

namespace ep {

QPageLayout PrintedDocument::pageLayout() const
{
    return QPageLayout(QPageSize(QPageSize::A4), orientation(), QMarginsF(15, 12, 15, 12),
                       QPageLayout::Millimeter);
}

QString PrintedDocument::writePdf(const QString &path) const
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
