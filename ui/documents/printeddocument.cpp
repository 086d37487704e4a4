#include "documents/printeddocument.h"

#include "documents/pdfmetadata.h"
#include "export/filewriting.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QPdfWriter>

namespace ep {

QPageLayout PrintedDocument::pageLayout() const
{
    return QPageLayout(QPageSize(QPageSize::A4), orientation(), QMarginsF(15, 12, 15, 12),
                       QPageLayout::Millimeter);
}

QString PrintedDocument::writePdf(const QString &path) const
{
    QList<Language> languages = writtenIn();
    if (languages.isEmpty())
        languages.append(Language::English);
    const QString creator =
        QString::fromUtf16(pdfmetadata::author) % u' ' % QLatin1String(EXCHANGE_PLANNER_VERSION);
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setTitle(title());
        writer.setCreator(creator);
        writer.setDocumentXmpMetadata(pdfmetadata::xmp(title(), languages, creator));
        writer.setResolution(600);
        render(&writer);
    }
    QString error;
    const QByteArray completed = pdfmetadata::withLanguage(pdf, languages.first(), &error);
    if (completed.isEmpty()) {
        // libqpdf could not read what Qt wrote: never seen, but not a file to hand out.
        return QCoreApplication::translate("FileWriting", "%1 cannot be written: %2")
            .arg(QDir::toNativeSeparators(path), error);
    }
    return writeWholeFile(path, completed);
}

} // namespace ep
