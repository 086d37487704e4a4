#pragma once

#include "documents/pageddocument.h"
#include "domain/documentlanguage.h"
#include "export/eventdocument.h"
#include "export/participantlist.h"

namespace ep {

// The participants of an event as a table with the columns the officer
// picked, sorted by delegation and last name, filtered by status and role.
// A4 landscape when the columns need the room.
class ParticipantListDocument final : public PagedDocument
{
public:
    ParticipantListDocument(EventDocument document, Language language,
                            ParticipantFilter filter = {},
                            QList<Field> columns = defaultParticipantColumns(),
                            OrganisationNames organisationNames = OrganisationNames::Full);

    QString title() const override;
    QPageLayout::Orientation orientation() const override;

protected:
    void compose(PageFlow &flow) const override;
    QString runningTitle() const override;
    QString runningDocumentName() const override;
    const Event *fundedEvent() const override { return &m_document.event; }
    QList<DocumentLanguage> languages() const override;

private:
    QString filterDescription() const;

    EventDocument m_document;
    DocumentLanguage m_language;
    ParticipantFilter m_filter;
    QList<Field> m_columns;
    OrganisationNames m_organisationNames;
};

} // namespace ep
