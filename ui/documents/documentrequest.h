#pragma once

#include "domain/field.h"
#include "domain/language.h"
#include "export/participantlist.h"

#include <QList>

#include <optional>

namespace ep {

// The documents the planner hands out (documentcatalogue.h describes each).
enum class DocumentKind
{
    Agenda,
    ParticipantList,
    SignInSheet,
    ContactList,
    RoomingList,
    PassengerLists,
    CateringNumbers,
    Badges,
    Letters,
    Certificates,
};

// What an invitation letter is for: the participant's employer, who
// approves the journey, or the consulate that issues a visa.
enum class LetterPurpose
{
    Employer,
    Visa,
};

// The kinds of file a document is written as, named by the file's ending.
enum class FileFormat
{
    Pdf,      // .pdf
    Calendar, // .ics, iCalendar
    Csv,      // .csv
    VCard,    // .vcf
};

// What the officer asks for, in the documents dialog or on the command line:
// which document of which event, in which language, with what in it, as
// which kind of file.
struct DocumentRequest
{
    DocumentKind kind = DocumentKind::Agenda;
    int eventId = 0; // none for the contact list
    // The document's language first; then the second language of a bilingual
    // agenda, or the further languages of a sign-in sheet's headings.
    QList<Language> languages{Language::English};
    // A participant list's columns, in the PDF and in the CSV; empty: the
    // default ones of each (FieldUse::DefaultListColumn, InParticipantsCsv).
    QList<Field> columns;
    // Who is listed; none: the kind's default (everyone on a list, everyone
    // who has not cancelled on a sign-in sheet).
    std::optional<ParticipantFilter> filter;
    int blankRows = 10; // sign-in sheet: numbered empty rows for walk-ins
    // Participant list and sign-in sheet: organisations in full, or short names.
    OrganisationNames organisationNames = OrganisationNames::Full;
    bool perSiteVisit = false; // sign-in sheet: one per site visit instead of per day
    // Badges: 8 or 4 to an A4 sheet, blank ones for walk-ins, last names in
    // capitals.
    int badgesPerPage = 8;
    int blankBadges = 0;
    bool capitalLastNames = false;
    bool siteCoordinates = false; // agenda: each site's coordinates
    LetterPurpose letterPurpose = LetterPurpose::Employer;
    // Certificates: only these people's (a PDF each, "--split"); none: everyone's.
    QList<int> people;
    // The file written: the printed document (PDF), or one of the kind's other
    // formats (calendar, CSV, vCard); CSV in the form `csv` says.
    FileFormat format = FileFormat::Pdf;
    CsvOptions csv;

    Language language() const { return languages.value(0, Language::English); }
};

} // namespace ep
