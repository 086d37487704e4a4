#pragma once

#include "documents/documentrequest.h"
#include "export/contactlist.h"
#include "export/eventdocument.h"

#include <QFlags>
#include <QKeySequence>
#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace ep {

class PrintedDocument;

// What the officer may choose for a kind of document besides its language;
// the documents dialog shows these, the command line accepts the options
// that set them.
enum class DocumentOption
{
    SecondLanguage = 0x1,     // a second language side by side
    Columns = 0x2,            // the columns of a list
    StatusFilter = 0x4,       // only participants with these statuses
    RoleFilter = 0x8,         // only participants in these roles
    AllLanguages = 0x10,      // headings in German, Polish and English together
    PerSiteVisit = 0x20,      // a sheet per site visit instead of per day
    BlankRows = 0x40,         // empty rows for walk-ins
    ShortNames = 0x80,        // organisations by their short names, not in full
    BadgeLayout = 0x100,      // 8 or 4 badges to a sheet
    BlankBadges = 0x200,      // badges without a name, for walk-ins
    CapitalLastNames = 0x400, // last names in capitals
    SiteCoordinates = 0x800,  // each site's coordinates under its address
    Purpose = 0x1000,         // letters for the employer or for a visa
};
Q_DECLARE_FLAGS(DocumentOptions, DocumentOption)
Q_DECLARE_OPERATORS_FOR_FLAGS(DocumentOptions)

// What a document is made from, read once from the database: the event with
// everything its documents name, or the contact people.
struct DocumentSource
{
    std::optional<EventDocument> event;
    ContactList contacts;
    // Where a participants CSV reads its rows while it is written
    // (ParticipantReader), when load() made the source: it leaves `event`
    // empty then, so 100,000 participants are never all in memory.
    QSqlDatabase database;

    // Nothing when the request's event does not exist, or (with `error`)
    // when reading the database failed.
    static std::optional<DocumentSource>
    load(const QSqlDatabase &db, const DocumentRequest &request, QSqlError *error = nullptr);
};

// One kind of document: its names, the files it is written as, what may be
// chosen for it and how it is made. A new document is a class, an entry in
// the catalogue (documentcatalogue.cpp), its translations and its tests.
struct DocumentType
{
    DocumentKind kind;
    const char *key;         // settings ("documents/agenda/…"), object names
    const char *menuText;    // untranslated, context "ep::DocumentActions": "&Agenda…"
    const char *dialogTitle; // untranslated, context "ep::DocumentDialog": "Agenda of %1"
    // Under the participant filter in the dialog, context "ep::DocumentDialog".
    const char *filterHint = nullptr;
    QList<FileFormat> formats; // the printed one (PDF) first where there is one
    DocumentOptions options = {};
    bool ofAnEvent = true;
    // How the command line asks for it: "export agenda EVENT", or with a
    // switch beside a name another kind has ("export participants EVENT
    // --sign-in-sheet"); the usage and help that --help shows under
    // "export" (context "CommandLine"; none where another kind's say it).
    const char *exportName = nullptr;
    const char *exportSwitch = nullptr;
    // Or with the value of --list that picks it among the kinds of its name
    // ("export logistics EVENT --list rooming").
    const char *exportList = nullptr;
    const char *exportUsage = nullptr;
    const char *exportHelp = nullptr;
    // The sheets name the funding programme and project number of the event.
    bool namesFunding = false;
    QKeySequence::StandardKey shortcut = QKeySequence::UnknownKey;
    // The printed document (PDF, print, preview); none for one that is a file only.
    std::unique_ptr<PrintedDocument> (*printed)(const DocumentRequest &,
                                                const EventDocument &) = nullptr;
    // Writes a file in one of the other formats (request.format) into the
    // device; returns the error, empty when written.
    QString (*file)(const DocumentRequest &, const DocumentSource &, QIODevice *) = nullptr;
};

// Every kind of document, in the order menus list them.
const QList<DocumentType> &documentCatalogue();
const DocumentType &documentType(DocumentKind kind);

// The format a file's ending names (case aside); none for another ending.
std::optional<FileFormat> formatOfFile(const QString &path);
QString fileEnding(FileFormat format); // "pdf"

// The printed document of `request`; null when its kind has none.
std::unique_ptr<PrintedDocument> makeDocument(const DocumentRequest &request,
                                              const EventDocument &event);

// Writes the document `request` asks for to `path`, in the request's format,
// whole or not at all. Returns the error, naming the file; empty when
// written.
QString writeDocument(const DocumentRequest &request, const DocumentSource &source,
                      const QString &path);

} // namespace ep
