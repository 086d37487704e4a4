#pragma once

#include "documents/pageddocument.h"
#include "domain/documentlanguage.h"
#include "export/eventdocument.h"

namespace ep {

// The lists sent before a visit (export/logistics.h), in the language of
// whoever receives them.
enum class LogisticsList
{
    Rooming,   // for the hotel: a table of who stays when, on one page
    Transport, // for the coach company: a page per trip with its passengers
    Catering,  // for the caterer: a table of the meals with guests and needs
};

class LogisticsDocument final : public PagedDocument
{
public:
    LogisticsDocument(EventDocument document, LogisticsList list, Language language);

    QString title() const override;

protected:
    void compose(PageFlow &flow) const override;
    QString runningTitle() const override;
    QString runningDocumentName() const override;
    QList<DocumentLanguage> languages() const override { return {m_language}; }

private:
    QString label(const char *source) const;
    QString itemLine(const AgendaItem &item) const;
    void addHeading(PageFlow &flow, const QStringList &summary, bool pageBreakBefore = false) const;
    void composeRooming(PageFlow &flow) const;
    void composeTransport(PageFlow &flow) const;
    void composeCatering(PageFlow &flow) const;

    EventDocument m_document;
    LogisticsList m_list;
    DocumentLanguage m_language;
};

} // namespace ep
