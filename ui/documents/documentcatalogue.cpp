#include "documents/documentcatalogue.h"

#include "documents/agendadocument.h"
#include "documents/badgedocument.h"
#include "documents/certificatedocument.h"
#include "documents/letterdocument.h"
#include "documents/logisticsdocument.h"
#include "documents/participantlistdocument.h"
#include "documents/signinsheetdocument.h"
#include "export/filewriting.h"
#include "export/icalendarwriter.h"
#include "export/logistics.h"
#include "export/participantreader.h"
#include "export/vcardwriter.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace ep {
namespace {

using enum DocumentOption;

std::unique_ptr<PrintedDocument> agenda(const DocumentRequest &request, const EventDocument &event)
{
    std::optional<Language> second;
    if (request.languages.size() > 1)
        second = request.languages[1];
    auto document = std::make_unique<AgendaDocument>(event, request.language(), second);
    document->setShowsCoordinates(request.siteCoordinates);
    return document;
}

QString agendaFile(const DocumentRequest &request, const DocumentSource &source, QIODevice *file)
{
    file->write(agendaCalendar(*source.event, request.language(), QDateTime::currentDateTimeUtc()));
    return {};
}

std::unique_ptr<PrintedDocument> participantList(const DocumentRequest &request,
                                                 const EventDocument &event)
{
    return std::make_unique<ParticipantListDocument>(event, request.language(),
                                                     request.filter.value_or(ParticipantFilter{}),
                                                     request.columns, request.organisationNames);
}

// The event's rows from the document in memory (the documents dialog shows
// what it saves), else straight from the database as they are written.
QString participantListFile(const DocumentRequest &request, const DocumentSource &source,
                            QIODevice *file)
{
    const ParticipantFilter filter = request.filter.value_or(ParticipantFilter{});
    ParticipantsCsvWriter csv(file, DocumentLanguage(request.language()), request.csv,
                              request.columns);
    if (source.event) {
        for (const ParticipantRow &row :
             participantRows(*source.event, filter, request.organisationNames))
            csv.write(row);
        return {};
    }
    ParticipantReader reader(source.database, request.eventId);
    const auto written = [&csv](const ParticipantRow &row) {
        csv.write(row);
        return true;
    };
    if (reader.read(csv.fields(), filter, request.organisationNames, written) ==
        ParticipantReader::Status::Failed)
        return Database::describeFailure(source.database, reader.error());
    return {};
}

std::unique_ptr<PrintedDocument> signInSheet(const DocumentRequest &request,
                                             const EventDocument &event)
{
    SignInSheetOptions options;
    options.languages = request.languages;
    options.perSiteVisit = request.perSiteVisit;
    options.blankRows = request.blankRows;
    options.organisationNames = request.organisationNames;
    if (request.filter)
        options.filter = *request.filter;
    return std::make_unique<SignInSheetDocument>(event, options);
}

QString contactListFile(const DocumentRequest &request, const DocumentSource &source,
                        QIODevice *file)
{
    if (request.format == FileFormat::VCard)
        file->write(contactCards(source.contacts.people, source.contacts.organisations));
    else
        file->write(
            contactsCsv(source.contacts, DocumentLanguage(request.language()), request.csv));
    return {};
}

LogisticsList logisticsListOf(DocumentKind kind)
{
    return kind == DocumentKind::RoomingList      ? LogisticsList::Rooming
           : kind == DocumentKind::PassengerLists ? LogisticsList::Transport
                                                  : LogisticsList::Catering;
}

std::unique_ptr<PrintedDocument> logisticsList(const DocumentRequest &request,
                                               const EventDocument &event)
{
    return std::make_unique<LogisticsDocument>(event, logisticsListOf(request.kind),
                                               request.language());
}

QString logisticsFile(const DocumentRequest &request, const DocumentSource &source, QIODevice *file)
{
    const DocumentLanguage language(request.language());
    switch (logisticsListOf(request.kind)) {
    case LogisticsList::Rooming:
        file->write(logistics::roomingCsv(*source.event, language, request.csv));
        break;
    case LogisticsList::Transport:
        file->write(logistics::transportCsv(*source.event, language, request.csv));
        break;
    case LogisticsList::Catering:
        file->write(logistics::cateringCsv(*source.event, language, request.csv));
        break;
    }
    return {};
}

std::unique_ptr<PrintedDocument> badges(const DocumentRequest &request, const EventDocument &event)
{
    return std::make_unique<BadgeDocument>(
        event, request.language(),
        BadgeOptions{request.badgesPerPage, request.blankBadges, request.capitalLastNames});
}

std::unique_ptr<PrintedDocument> letters(const DocumentRequest &request, const EventDocument &event)
{
    return std::make_unique<LetterDocument>(
        event, request.language(), request.letterPurpose,
        request.filter.value_or(LetterDocument::defaultFilter()));
}

std::unique_ptr<PrintedDocument> certificates(const DocumentRequest &request,
                                              const EventDocument &event)
{
    return std::make_unique<CertificateDocument>(event, request.language(),
                                                 request.languages.size() > 1, request.people);
}

} // namespace

const QList<DocumentType> &documentCatalogue()
{
    static const QList<DocumentType> types{
        {.kind = DocumentKind::Agenda,
         .key = "agenda",
         .menuText = QT_TRANSLATE_NOOP("ep::DocumentActions", "&Agenda…"),
         .dialogTitle = QT_TRANSLATE_NOOP("ep::DocumentDialog", "Agenda of %1"),
         .formats = {FileFormat::Pdf, FileFormat::Calendar},
         .options = SecondLanguage | SiteCoordinates,
         .exportName = "agenda",
         .exportUsage = QT_TRANSLATE_NOOP("CommandLine", "agenda EVENT --output FILE.pdf|FILE.ics"),
         .exportHelp = QT_TRANSLATE_NOOP("CommandLine",
                                         "The event's programme as a PDF to hand out, or as a\n"
                                         "calendar file (iCalendar) with one entry per item."),
         .shortcut = QKeySequence::Print,
         .printed = agenda,
         .file = agendaFile},
        {.kind = DocumentKind::ParticipantList,
         .key = "participantList",
         .menuText = QT_TRANSLATE_NOOP("ep::DocumentActions", "&Participant List…"),
         .dialogTitle = QT_TRANSLATE_NOOP("ep::DocumentDialog", "Participant List of %1"),
         .filterHint = QT_TRANSLATE_NOOP("ep::DocumentDialog", "Nothing ticked: everyone."),
         .formats = {FileFormat::Pdf, FileFormat::Csv},
         .options = Columns | StatusFilter | RoleFilter | ShortNames,
         .exportName = "participants",
         .exportUsage =
             QT_TRANSLATE_NOOP("CommandLine", "participants EVENT --output FILE.pdf|FILE.csv"),
         .exportHelp = QT_TRANSLATE_NOOP("CommandLine",
                                         "The participant list; with --sign-in-sheet the sheets\n"
                                         "participants sign, one per day (PDF)."),
         .printed = participantList,
         .file = participantListFile},
        {.kind = DocumentKind::SignInSheet,
         .key = "signInSheet",
         .menuText = QT_TRANSLATE_NOOP("ep::DocumentActions", "&Sign-in Sheets…"),
         .dialogTitle = QT_TRANSLATE_NOOP("ep::DocumentDialog", "Sign-in Sheets of %1"),
         .filterHint = QT_TRANSLATE_NOOP(
             "ep::DocumentDialog",
             "Nothing ticked: everyone who has neither cancelled nor waits for a place."),
         .formats = {FileFormat::Pdf},
         .options =
             AllLanguages | PerSiteVisit | BlankRows | StatusFilter | RoleFilter | ShortNames,
         .exportName = "participants",
         .exportSwitch = "sign-in-sheet",
         .namesFunding = true,
         .printed = signInSheet},
        {.kind = DocumentKind::ContactList,
         .key = "contacts",
         .menuText = QT_TRANSLATE_NOOP("ep::DocumentActions", "Export &Contact People…"),
         .dialogTitle = QT_TRANSLATE_NOOP("ep::DocumentActions", "Export Contact People"),
         .formats = {FileFormat::Csv, FileFormat::VCard},
         .ofAnEvent = false,
         .exportName = "contacts",
         .exportUsage = QT_TRANSLATE_NOOP("CommandLine", "contacts --output FILE.csv|FILE.vcf"),
         .exportHelp = QT_TRANSLATE_NOOP(
             "CommandLine", "The contact people, for a spreadsheet or an address book."),
         .file = contactListFile},
        {.kind = DocumentKind::Badges,
         .key = "badges",
         .menuText = QT_TRANSLATE_NOOP("ep::DocumentActions", "&Badges…"),
         .dialogTitle = QT_TRANSLATE_NOOP("ep::DocumentDialog", "Badges of %1"),
         .formats = {FileFormat::Pdf},
         .options = BadgeLayout | BlankBadges | CapitalLastNames,
         .exportName = "badges",
         .exportUsage = QT_TRANSLATE_NOOP("CommandLine", "badges EVENT --output FILE.pdf"),
         .exportHelp = QT_TRANSLATE_NOOP("CommandLine",
                                         "Badges to cut from A4 sheets for everyone who comes,\n"
                                         "8 or 4 to a sheet (--layout), blank ones for walk-ins\n"
                                         "(--blank N)."),
         .printed = badges},
        {.kind = DocumentKind::Letters,
         .key = "letters",
         .menuText = QT_TRANSLATE_NOOP("ep::DocumentActions", "&Invitation Letters…"),
         .dialogTitle = QT_TRANSLATE_NOOP("ep::DocumentDialog", "Invitation Letters of %1"),
         .filterHint = QT_TRANSLATE_NOOP(
             "ep::DocumentDialog",
             "Nothing ticked: everyone who has neither cancelled, nor waits for a place, nor "
             "stayed away. Each "
             "letter is in the language its participant reads; the language above is for "
             "those whose language is not known."),
         .formats = {FileFormat::Pdf},
         .options = Purpose | StatusFilter | RoleFilter,
         .exportName = "letters",
         .exportUsage = QT_TRANSLATE_NOOP("CommandLine", "letters EVENT --output FILE.pdf"),
         .exportHelp =
             QT_TRANSLATE_NOOP("CommandLine", "An invitation letter per participant on the host\n"
                                              "organisation's letterhead, in the language each\n"
                                              "reads: for the employer's approval of the journey,\n"
                                              "or with --purpose visa for the consulate."),
         .printed = letters},
        {.kind = DocumentKind::Certificates,
         .key = "certificates",
         .menuText = QT_TRANSLATE_NOOP("ep::DocumentActions", "Certi&ficates of Attendance…"),
         .dialogTitle = QT_TRANSLATE_NOOP("ep::DocumentDialog", "Certificates of Attendance of %1"),
         .filterHint = QT_TRANSLATE_NOOP(
             "ep::DocumentDialog",
             "A certificate for everyone who attended, in the language each reads (the language "
             "above for those whose language is not known), or in all three."),
         .formats = {FileFormat::Pdf},
         .options = AllLanguages,
         .exportName = "certificates",
         .exportUsage = QT_TRANSLATE_NOOP("CommandLine", "certificates EVENT --output FILE.pdf"),
         .exportHelp = QT_TRANSLATE_NOOP("CommandLine",
                                         "A certificate of attendance per attendee on the host's\n"
                                         "letterhead: days, places visited, hours, its number;\n"
                                         "with --split a folder of one PDF per person."),
         .printed = certificates},
        {.kind = DocumentKind::RoomingList,
         .key = "roomingList",
         .menuText = QT_TRANSLATE_NOOP("ep::DocumentActions", "&Rooming List…"),
         .dialogTitle = QT_TRANSLATE_NOOP("ep::DocumentDialog", "Rooming List of %1"),
         .formats = {FileFormat::Pdf, FileFormat::Csv},
         .exportName = "logistics",
         .exportList = "rooming",
         .exportUsage = QT_TRANSLATE_NOOP(
             "CommandLine",
             "logistics EVENT --list rooming|transport|catering\n--output FILE.pdf|FILE.csv"),
         .exportHelp = QT_TRANSLATE_NOOP("CommandLine",
                                         "The hotel's rooming list, the coach company's\n"
                                         "passenger list per trip or the caterer's numbers per\n"
                                         "meal with dietary needs counted."),
         .printed = logisticsList,
         .file = logisticsFile},
        {.kind = DocumentKind::PassengerLists,
         .key = "passengerLists",
         .menuText = QT_TRANSLATE_NOOP("ep::DocumentActions", "Passenger &Lists…"),
         .dialogTitle = QT_TRANSLATE_NOOP("ep::DocumentDialog", "Passenger Lists of %1"),
         .formats = {FileFormat::Pdf, FileFormat::Csv},
         .exportName = "logistics",
         .exportList = "transport",
         .printed = logisticsList,
         .file = logisticsFile},
        {.kind = DocumentKind::CateringNumbers,
         .key = "cateringNumbers",
         .menuText = QT_TRANSLATE_NOOP("ep::DocumentActions", "Ca&tering Numbers…"),
         .dialogTitle = QT_TRANSLATE_NOOP("ep::DocumentDialog", "Catering Numbers of %1"),
         .formats = {FileFormat::Pdf, FileFormat::Csv},
         .exportName = "logistics",
         .exportList = "catering",
         .printed = logisticsList,
         .file = logisticsFile},
    };
    return types;
}

const DocumentType &documentType(DocumentKind kind)
{
    const QList<DocumentType> &types = documentCatalogue();
    return *std::find_if(types.cbegin(), types.cend(),
                         [kind](const DocumentType &type) { return type.kind == kind; });
}

std::optional<FileFormat> formatOfFile(const QString &path)
{
    const QString ending = QFileInfo(path).suffix().toLower();
    for (FileFormat format :
         {FileFormat::Pdf, FileFormat::Calendar, FileFormat::Csv, FileFormat::VCard}) {
        if (ending == fileEnding(format))
            return format;
    }
    return std::nullopt;
}

QString fileEnding(FileFormat format)
{
    switch (format) {
    case FileFormat::Pdf:
        return QStringLiteral("pdf");
    case FileFormat::Calendar:
        return QStringLiteral("ics");
    case FileFormat::Csv:
        return QStringLiteral("csv");
    case FileFormat::VCard:
        break;
    }
    return QStringLiteral("vcf");
}

std::optional<DocumentSource> DocumentSource::load(const QSqlDatabase &db,
                                                   const DocumentRequest &request, QSqlError *error)
{
    QSqlError failed;
    DocumentSource source;
    if (!documentType(request.kind).ofAnEvent) {
        source.contacts = ContactList::load(db, &failed);
    } else if (request.kind == DocumentKind::ParticipantList && request.format == FileFormat::Csv) {
        if (!ParticipantReader(db, request.eventId).hasEvent(&failed)) {
            if (error)
                *error = failed;
            return std::nullopt;
        }
        source.database = db;
        return source;
    } else {
        source.event = EventDocument::load(db, request.eventId, &failed);
    }
    if (error)
        *error = failed;
    if (failed.isValid() || (documentType(request.kind).ofAnEvent && !source.event))
        return std::nullopt;
    return source;
}

std::unique_ptr<PrintedDocument> makeDocument(const DocumentRequest &request,
                                              const EventDocument &event)
{
    const DocumentType &type = documentType(request.kind);
    return type.printed ? type.printed(request, event) : nullptr;
}

QString writeDocument(const DocumentRequest &request, const DocumentSource &source,
                      const QString &path)
{
    const DocumentType &type = documentType(request.kind);
    if (!type.formats.contains(request.format)) {
        return QCoreApplication::translate("ep::DocumentDialog",
                                           "%1: this document cannot be saved as \"%2\".")
            .arg(QDir::toNativeSeparators(path), fileEnding(request.format));
    }
    if (request.format == FileFormat::Pdf)
        return makeDocument(request, *source.event)->writePdf(path);
    return writeWholeFile(path, [&](QIODevice *file) { return type.file(request, source, file); });
}

} // namespace ep
