#pragma once

#include "documents/pageddocument.h"
#include "domain/documentlanguage.h"
#include "export/persondata.h"

namespace ep {

struct Paragraph;

// Everything the planner holds about one person, for that person to read
// (GDPR Art. 15), in the language they choose: their record with the legal
// basis and consent, each participation with its needs, the events they
// organised, the items they hosted and the sites they are the contact of,
// each value as the planner shows it (labels of codes, dates in the
// language's form). Written 0600 like every person export.
class PersonDataDocument final : public PagedDocument
{
public:
    PersonDataDocument(PersonData data, Language language);

    QString title() const override;

protected:
    void compose(PageFlow &flow) const override;
    QString runningTitle() const override;
    QString runningDocumentName() const override;
    QList<DocumentLanguage> languages() const override { return {m_language}; }

private:
    QString text(const char *source, int n = -1) const;
    QString eventLine(const EventLink &event) const;
    // A table of labels and values under the heading `caption`, its
    // columns headed `headings` (none: "Data", "Stored value").
    void addFacts(PageFlow &flow, const QString &caption,
                  const QList<std::pair<QString, QString>> &facts,
                  const std::pair<QString, QString> &headings = {}) const;
    void addParagraphs(PageFlow &flow, const QList<Paragraph> &paragraphs) const;

    PersonData m_data;
    DocumentLanguage m_language;
};

// Writes `data` to `path`: JSON for a name ending in .json, else the PDF in
// `language`; whole or not at all, readable by its owner only. Returns the
// error, naming the file; empty when written.
QString writePersonData(const PersonData &data, const QString &path, Language language);

} // namespace ep
