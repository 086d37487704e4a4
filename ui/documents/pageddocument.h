#pragma once

#include <QPageLayout>
#include <QString>

class QPagedPaintDevice;

namespace ep {

class DocumentLanguage;
struct Event;

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
    // The event whose funding (programme, project number, logo) every page
    // names at its foot, as EU programmes' visibility rules ask; none for
    // documents of no event.
    virtual const Event *fundedEvent() const { return nullptr; }

private:
    // "Seite 2 von 5 / Strona 2 z 5" in the document's languages.
    QString pageLabel(int page, int pageCount) const;
    // "Funding programme: Interreg … · Project number: CE0100123"; empty
    // for an event without funding.
    QString fundingLine() const;
};

} // namespace ep
