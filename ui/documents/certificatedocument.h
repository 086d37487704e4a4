#pragma once

#include "documents/printeddocument.h"
#include "domain/documentlanguage.h"
#include "export/certificates.h"

class QPainter;

namespace ep {

// Certificates of attendance (issue 17, item 2): one A4 page per attendee
// on the host organisation's letterhead, in the language the attendee reads
// (firstLanguageIn() of their languages, else `otherwise`) or, with
// `allLanguages`, a page in each of German, Polish and English. Each names
// the attendee and their organisation, the event, its dates and place, the
// days attended, the places visited and the hours of programme, the funding,
// the certificate's number (CertificateNumber), the place and date of issue,
// and the signatory with room to sign.
class CertificateDocument final : public PrintedDocument
{
public:
    // `personIds`: only theirs; none: everyone who attended.
    CertificateDocument(EventDocument document, Language otherwise, bool allLanguages,
                        const QList<int> &personIds = {});

    QString title() const override;
    QList<Language> writtenIn() const override;
    QPageLayout pageLayout() const override;
    int render(QPagedPaintDevice *device) const override;

    const QList<CertificateFacts> &certificates() const { return m_certificates; }

private:
    // The languages of `facts`' pages: the one the attendee reads, or all three.
    QList<Language> languagesOf(const CertificateFacts &facts) const;
    void paintCertificate(QPainter *painter, const QRectF &page, const CertificateFacts &facts,
                          const DocumentLanguage &language) const;
    QString bodyHtml(const CertificateFacts &facts, const DocumentLanguage &language) const;
    QString factsHtml(const CertificateFacts &facts, const DocumentLanguage &language) const;

    EventDocument m_document;
    DocumentLanguages m_languages;
    Language m_otherwise;
    bool m_allLanguages;
    QList<CertificateFacts> m_certificates;
};

} // namespace ep
