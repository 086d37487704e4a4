#pragma once

#include "documents/pageddocument.h"
#include "domain/documentlanguage.h"
#include "export/eventdocument.h"
#include "export/participantlist.h"
#include "export/signinorder.h"

namespace ep {

struct Paragraph;

struct SignInSheetOptions
{
    // The languages of the headings: one, or German, Polish and English
    // together for a mixed delegation.
    QList<Language> languages{Language::English};
    // One sheet per site visit (agenda items of that kind) instead of one
    // per day; an event without site visits gets one per day all the same.
    bool perSiteVisit = false;
    // Numbered empty rows after the names, for walk-ins.
    int blankRows = 10;
    // Organisations in full, as an auditor must read them; short names on request.
    OrganisationNames organisationNames = OrganisationNames::Full;
    // Who is printed: by default everyone who has not cancelled nor waits
    // for a place (signInFilter()), numbered as the attendance grid numbers them.
    ParticipantFilter filter = signInFilter();
};

// The attendance record funders of EU projects ask for: per day (or per site
// visit) a sheet headed with the event, date, place, funding programme,
// project number and logo; numbered rows with name and organisation, sorted
// by last name, then the walk-ins of earlier days, then blank rows; a signature column wide enough
// to sign by hand (rows 11 mm high); the table header repeated on every page; a line for the host's
// signature at the end of each sheet. A participant with known arrival and departure is printed on
// the days in between only.
class SignInSheetDocument final : public PagedDocument
{
public:
    SignInSheetDocument(EventDocument document, SignInSheetOptions options);

    QString title() const override;

protected:
    void compose(PageFlow &flow) const override;
    QString runningTitle() const override;
    QString runningDocumentName() const override;
    const Event *fundedEvent() const override { return &m_document.event; }
    QList<DocumentLanguage> languages() const override;

private:
    struct Sheet
    {
        QDate day;
        const AgendaItem *item = nullptr; // a site visit, or null: the whole day
    };
    QList<Sheet> sheets() const;
    void composeSheet(PageFlow &flow, const Sheet &sheet) const;
    // One paragraph per language: "Unterschrift", "Podpis", "Signature".
    QList<Paragraph> headings(const char *source) const;
    QString joined(const char *source) const;

    EventDocument m_document;
    SignInSheetOptions m_options;
    QList<DocumentLanguage> m_languages;
};

} // namespace ep
