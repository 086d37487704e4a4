#pragma once

#include "documents/pageddocument.h"
#include "documents/textbox.h"
#include "domain/documentlanguage.h"
#include "export/attendancetable.h"

namespace ep {

// The attendance of an event as the signed sheets give it, for the
// funder's auditor (export/attendancetable.h): a row per participant on the
// sheets, a column per day and per site visit whose sheet was entered,
// ✓ signed, – on the sheet without signing, then days and hours attended;
// the signatures of each sheet counted at the foot. A4 landscape.
class AttendanceTableDocument final : public PagedDocument
{
public:
    AttendanceTableDocument(EventDocument document, Language language);

    QString title() const override;
    QPageLayout::Orientation orientation() const override { return QPageLayout::Landscape; }

protected:
    void compose(PageFlow &flow) const override;
    QString runningTitle() const override;
    QString runningDocumentName() const override;
    QList<DocumentLanguage> languages() const override { return {m_language}; }
    const Event *fundedEvent() const override { return &m_document.event; }

private:
    QString label(const char *source) const;
    // "Mo 08.07.2019", and for a site visit its time and place below.
    QList<Paragraph> sheetHeading(const AttendanceSheet &sheet) const;

    EventDocument m_document;
    DocumentLanguage m_language;
    AttendanceTable m_table;
};

} // namespace ep
