#pragma once

#include "documents/pageddocument.h"
#include "domain/documentlanguage.h"
#include "export/eventdocument.h"

#include <optional>

namespace ep {

struct Paragraph;

// The programme a delegation gets (A4 portrait): title, kind, dates, venue or
// online link, host, organisers with phone and email, then day by day the
// agenda items with time, kind, place with address and hosts, meeting point
// and the site's accessibility, and the group a parallel item is for. In one
// language, or in two side by side for a mixed delegation. A text missing in
// the wanted language is shown in the language it exists in, in italics and
// marked with that language's code, never as an empty cell.
class AgendaDocument final : public PagedDocument
{
public:
    AgendaDocument(EventDocument document, Language language,
                   std::optional<Language> secondLanguage = std::nullopt);

    // Each site's coordinates under its address (coordinatesText()), for
    // a delegation that finds its way with a navigation app.
    void setShowsCoordinates(bool shows) { m_coordinates = shows; }

    QString title() const override;

protected:
    void compose(PageFlow &flow) const override;
    QString runningTitle() const override;
    QString runningDocumentName() const override;
    const Event *fundedEvent() const override { return &m_document.event; }
    QList<DocumentLanguage> languages() const override;

private:
    // "Veranstaltungsort / Miejsce" in a bilingual agenda.
    QString label(const char *source) const;
    Paragraph localized(const LocalizedText &text, const DocumentLanguage &language,
                        const QFont &font) const;
    // "Meeting point: Lobby hotelu": `pattern`'s %1 filled with `text` as
    // localized() gives it.
    Paragraph labelled(const QString &pattern, const LocalizedText &text,
                       const DocumentLanguage &language) const;
    void composeHeader(PageFlow &flow) const;
    void composeDay(PageFlow &flow, const QDate &day, const QList<AgendaItem> &items) const;
    QList<Paragraph> itemCell(const AgendaItem &item, const DocumentLanguage &language,
                              bool withPlace) const;
    QList<Paragraph> placeCell(const AgendaItem &item) const;
    QString hostNames(const AgendaItem &item) const;

    EventDocument m_document;
    DocumentLanguage m_language;
    std::optional<DocumentLanguage> m_second;
    bool m_coordinates = false;
};

} // namespace ep
