#pragma once

#include <QPageLayout>
#include <QString>

class QPagedPaintDevice;

namespace ep {

class DocumentLanguage;

class PageFlow;

// A document printed on A4: composed of blocks into a PageFlow, with a
// running header (the event's title) and footer ("Page 2 of 5") on every
// page. The same rendering goes to a PDF file (the command line, "Export")
// and to a printer or print preview (the window), which is why it paints on
// a QPagedPaintDevice and needs QtGui only.
class PagedDocument
{
public:
    virtual ~PagedDocument() = default;

    // The title of the PDF and the name of the print job.
    virtual QString title() const = 0;
    virtual QPageLayout::Orientation orientation() const { return QPageLayout::Portrait; }
    QPageLayout pageLayout() const;

    // Sets the page layout on `device` and paints every page. Returns the
    // number of pages.
    int render(QPagedPaintDevice *device) const;

    // Writes the PDF to `path` through a temporary file, so a failure
    // leaves nothing behind and an existing file untouched. Returns the
    // error, empty when written.
    QString writePdf(const QString &path) const;

protected:
    virtual void compose(PageFlow &flow) const = 0;
    // Left and right of the running header; the page label of the footer.
    virtual QString runningTitle() const = 0;
    virtual QString runningDocumentName() const = 0;
    // The languages of the document's fixed labels, the first the main one.
    virtual QList<DocumentLanguage> languages() const = 0;

private:
    // "Seite 2 von 5 / Strona 2 z 5" in the document's languages.
    QString pageLabel(int page, int pageCount) const;
};

} // namespace ep
