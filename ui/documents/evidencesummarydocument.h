#pragma once

#include "documents/pageddocument.h"
#include "domain/documentlanguage.h"
#include "export/eventdocument.h"

namespace ep {

// A file of the evidence pack: its name in the archive ("agenda/agenda-de.pdf")
// and what it holds, in the pack's language.
struct EvidenceFile
{
    QString name;
    QString description;
};

// The first page an auditor reads of the evidence pack (evidencepack.h), on
// one A4 page: the event (kind, dates, place, host, organisers, languages),
// its funding programme and project number, the counts (participants on
// the sheets, attended, no-show, walk-ins, days with sheets entered) and the
// archive's files with what each holds.
class EvidenceSummaryDocument final : public PagedDocument
{
public:
    EvidenceSummaryDocument(EventDocument document, Language language, QList<EvidenceFile> files,
                            QDate made = QDate::currentDate());

    QString title() const override;

protected:
    void compose(PageFlow &flow) const override;
    QString runningTitle() const override;
    QString runningDocumentName() const override;
    QList<DocumentLanguage> languages() const override { return {m_language}; }
    const Event *fundedEvent() const override { return &m_document.event; }

private:
    QString label(const char *source) const;
    // The facts of the event as label and value, a row each.
    QList<std::pair<QString, QString>> facts() const;
    // A table of two columns, the first `labelShare` per cent wide.
    void addTable(PageFlow &flow, const std::pair<QString, QString> &headings,
                  const QList<std::pair<QString, QString>> &rows, double labelShare) const;

    EventDocument m_document;
    DocumentLanguage m_language;
    QList<EvidenceFile> m_files;
    QDate m_made;
};

} // namespace ep
