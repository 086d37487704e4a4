#pragma once

#include "domain/language.h"

#include <QList>
#include <QPageLayout>
#include <QString>

class QPagedPaintDevice;

namespace ep {

// A document printed on A4 sheets. The same rendering goes to a PDF file
// (the command line, "Export") and to a printer or print preview (the
// window), which is why it paints on a QPagedPaintDevice and needs QtGui
// only. Most documents flow their content through pages (PagedDocument);
// sheets cut into pieces (badges) lay out each page themselves.
class PrintedDocument
{
public:
    virtual ~PrintedDocument() = default;

    // The title of the PDF and the name of the print job.
    virtual QString title() const = 0;
    // The languages the document is written in, the main one (the title's)
    // first: the PDF names that one as its language (the catalogue's /Lang,
    // which a screen reader follows) and all of them in its XMP metadata.
    virtual QList<Language> writtenIn() const = 0;
    virtual QPageLayout::Orientation orientation() const { return QPageLayout::Portrait; }
    // A4 in orientation(), with the margins the document prints within.
    virtual QPageLayout pageLayout() const;

    // Sets the page layout on `device` and paints every page. Returns the
    // number of pages.
    virtual int render(QPagedPaintDevice *device) const = 0;

    // Writes the PDF to `path` through a temporary file, so a failure
    // leaves nothing behind and an existing file untouched: titled, its
    // language and maker named (pdfmetadata.h). Returns the error, empty
    // when written.
    QString writePdf(const QString &path) const;
};

} // namespace ep
