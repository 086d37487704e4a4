#pragma once

#include "documents/printeddocument.h"

namespace ep {

class DocumentLanguage;
struct Event;

class PageFlow;

// A printed document composed of blocks into a PageFlow, with a running
// header (the event's title) and footer ("Page 2 of 5") on every page.
class PagedDocument : public PrintedDocument
{
public:
    int render(QPagedPaintDevice *device) const override;
    // languages(), the document's labels: what it says beyond names and
    // the event's own texts, which are in the main one.
    QList<Language> writtenIn() const override;

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
