#pragma once

#include "documents/documentrequest.h"
#include "documents/printeddocument.h"
#include "domain/documentlanguage.h"
#include "export/participantlist.h"

class QPainter;

namespace ep {

// Invitation letters, one A4 page per participant, each in the language the
// participant reads (firstLanguageIn() of their languages, else the one
// asked for), on the host organisation's letterhead: its logo, name,
// address, phone, email and website; the date and place; the subject; the
// invitation and its facts (event, dates, place, the participant's arrival,
// departure and hotel, the organiser to contact, the funding); and the
// signatory with room to sign. For the employer (addressed to the
// participant's organisation, asking to release them) or for a visa
// (addressed to the consulate, stating the stay and its purpose).
class LetterDocument final : public PrintedDocument
{
public:
    LetterDocument(EventDocument document, Language otherwise, LetterPurpose purpose,
                   ParticipantFilter filter);

    // Everyone who has neither cancelled nor waits for a place, nor stayed away.
    static ParticipantFilter defaultFilter();

    QString title() const override;
    QList<Language> writtenIn() const override;
    QPageLayout pageLayout() const override;
    int render(QPagedPaintDevice *device) const override;

private:
    // The language the participant reads, else the one asked for.
    const DocumentLanguage &languageOf(const ParticipantRow &row) const;
    void paintLetter(QPainter *painter, const QRectF &page, const ParticipantRow &row) const;
    QStringList recipientLines(const ParticipantRow &row, const DocumentLanguage &language) const;
    QString subject(const ParticipantRow &row, const DocumentLanguage &language) const;
    QString bodyHtml(const ParticipantRow &row, const DocumentLanguage &language) const;
    QString factsHtml(const ParticipantRow &row, const DocumentLanguage &language) const;
    QString signatureHtml(const DocumentLanguage &language) const;
    QString placeText(const DocumentLanguage &language) const;

    EventDocument m_document;
    DocumentLanguages m_languages;
    DocumentLanguage m_otherwise;
    LetterPurpose m_purpose;
    QList<ParticipantRow> m_rows;
};

} // namespace ep
