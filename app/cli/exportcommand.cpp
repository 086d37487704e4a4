#include "cli/exportcommand.h"

#include "cli/certificatescommand.h"
#include "cli/console.h"
#include "cli/evidenceexport.h"
#include "cli/exitstatus.h"
#include "cli/invocation.h"
#include "cli/messagesexport.h"
#include "cli/opendatabase.h"
#include "cli/trcontexts.h"
#include "csv/csvformat.h"
#include "documents/documentcatalogue.h"
#include "storage/database.h"

#include <QFileInfo>

#include <algorithm>
#include <iterator>

namespace ep::cli {
namespace {

// The switch that picks `type` among the kinds of its name is on.
bool switchedOn(const DocumentType &type, const Invocation &invocation)
{
    return type.exportSwitch &&
           invocation.isSet(optionNamed(QLatin1String(type.exportSwitch)).value());
}

// The kind "export WHAT" asks for (DocumentType::exportName): the one whose
// switch is on, or whose --list value is given, else the one without a
// switch or list; null for none.
const DocumentType *exportedKind(const QString &what, const Invocation &invocation)
{
    const DocumentType *plain = nullptr;
    for (const DocumentType &type : documentCatalogue()) {
        if (!type.exportName || what != QLatin1String(type.exportName))
            continue;
        if (switchedOn(type, invocation) ||
            (type.exportList && invocation.value(Option::List) == QLatin1String(type.exportList)))
            return &type;
        if (!type.exportSwitch && !type.exportList)
            plain = &type;
    }
    return plain;
}

// Whether "export WHAT" is a name whose kinds --list picks among.
bool takesList(const QString &what)
{
    const QList<DocumentType> &types = documentCatalogue();
    return std::any_of(types.cbegin(), types.cend(), [&what](const DocumentType &type) {
        return type.exportList && what == QLatin1String(type.exportName);
    });
}

// "participants --sign-in-sheet", as a message names the export.
QString spelling(const DocumentType &type)
{
    return QLatin1String(type.exportName) %
           (type.exportSwitch ? u" --"_qs % QLatin1String(type.exportSwitch) : QString());
}

// The options that choose what DocumentType::options offers.
struct OptionForDocument
{
    Option option;
    DocumentOption documentOption;
};

constexpr OptionForDocument documentOptions[] = {
    {Option::SecondLanguage, DocumentOption::SecondLanguage},
    {Option::Status, DocumentOption::StatusFilter},
    {Option::Role, DocumentOption::RoleFilter},
    {Option::Columns, DocumentOption::Columns},
    {Option::BlankRows, DocumentOption::BlankRows},
    {Option::PerSiteVisit, DocumentOption::PerSiteVisit},
    {Option::ShortNames, DocumentOption::ShortNames},
    {Option::AllLanguages, DocumentOption::AllLanguages},
    {Option::Layout, DocumentOption::BadgeLayout},
    {Option::Blank, DocumentOption::BlankBadges},
    {Option::Capitals, DocumentOption::CapitalLastNames},
    {Option::Coordinates, DocumentOption::SiteCoordinates},
    {Option::Purpose, DocumentOption::Purpose},
};

// The first export that offers `option`, for a message.
QString exportOffering(DocumentOption option)
{
    for (const DocumentType &type : documentCatalogue()) {
        if (type.exportName && type.options.testFlag(option))
            return spelling(type);
    }
    return {};
}

// "Use "export agenda EVENT", … or "export contacts", each with --output
// FILE.": every export of the catalogue.
QString exportUsage()
{
    QStringList uses;
    for (const DocumentType &type : documentCatalogue()) {
        if (!type.exportName || type.exportSwitch ||
            (type.exportList && !type.exportUsage)) // the first of a name with --list
            continue;
        uses.append((type.ofAnEvent ? CommandLine::tr("\"export %1 EVENT\"")
                                    : CommandLine::tr("\"export %1\""))
                        .arg(QLatin1String(type.exportName)));
    }
    uses.append(CommandLine::tr("\"export %1 EVENT\"").arg(u"messages"_qs));
    uses.append(CommandLine::tr("\"export %1 EVENT\"").arg(u"evidence"_qs));
    const QString last = uses.takeLast();
    return CommandLine::tr("Use %1, each with --output FILE.")
        .arg(uses.isEmpty()
                 ? last
                 : uses.join(u", ") % QCoreApplication::translate("ExportCommand", " or ") % last);
}

QString onlyFor(Option option, const QString &exported)
{
    return CommandLine::tr("--%1 applies to \"export %2\" only.").arg(optionName(option), exported);
}

class ExportCommand final
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    ExportCommand(const Invocation &invocation, const QSqlDatabase &db);
    int run(Console &console);

private:
    DocumentRequest request() const;

    const Invocation &m_invocation;
    QSqlDatabase m_db;
    QString m_what;
    QString m_path;
};

ExportCommand::ExportCommand(const Invocation &invocation, const QSqlDatabase &db)
    : m_invocation(invocation)
    , m_db(db)
    , m_what(invocation.arguments().first())
    , m_path(invocation.value(Option::Output))
{}

int ExportCommand::run(Console &console)
{
    DocumentRequest request = this->request();
    const DocumentType &type = documentType(request.kind);
    const std::optional<FileFormat> format = formatOfFile(m_path);
    if (!format || !type.formats.contains(*format)) {
        QStringList endings;
        for (FileFormat each : type.formats)
            endings.append(u'.' % fileEnding(each));
        console.printError(
            tr("%1: cannot tell from its ending what to write; %2 are written as %3.")
                .arg(m_path,
                     request.kind == DocumentKind::SignInSheet ? tr("sign-in sheets") : m_what,
                     endings.join(tr(" or "))));
        return ExitBadInput;
    }
    request.format = *format;
    QSqlError failed;
    const std::optional<DocumentSource> source = DocumentSource::load(m_db, request, &failed);
    if (failed.isValid()) {
        console.printError(Database::describeFailure(m_db, failed));
        return ExitDatabaseProblem;
    }
    if (!source) {
        console.printError(tr("There is no event \"%1\"; \"exchange-planner events\" lists them.")
                               .arg(m_invocation.arguments().value(1)));
        return ExitBadInput;
    }
    if (const QString error = writeDocument(request, *source, m_path); !error.isEmpty()) {
        console.printError(error);
        return ExitBadInput;
    }
    console.print(tr("Wrote %1.").arg(m_path) % u'\n');
    return ExitDone;
}

DocumentRequest ExportCommand::request() const
{
    const Invocation &given = m_invocation;
    DocumentRequest request;
    request.kind = exportedKind(m_what, given)->kind;
    bool ok = false;
    request.eventId = given.arguments().value(1).toInt(&ok);
    if (!ok || request.eventId < 0)
        request.eventId = 0; // no event has it
    const QString language = given.value(Option::Language);
    request.languages = {language.isEmpty() ? languageOfLocale() : *languageFromCode(language)};
    if (given.isSet(Option::SecondLanguage))
        request.languages.append(*languageFromCode(given.value(Option::SecondLanguage)));
    if (given.isSet(Option::AllLanguages))
        request.languages = QList<Language>(std::begin(allLanguages), std::end(allLanguages));
    for (const QString &key : given.listValue(Option::Columns))
        request.columns.append(*fieldFromKey(key));
    const ParticipantFilter filter{given.listValue(Option::Status), given.listValue(Option::Role)};
    if (!filter.statuses.isEmpty() || !filter.roles.isEmpty())
        request.filter = filter;
    if (given.isSet(Option::BlankRows))
        request.blankRows = given.value(Option::BlankRows).toInt();
    request.perSiteVisit = given.isSet(Option::PerSiteVisit);
    if (given.isSet(Option::Layout))
        request.badgesPerPage = given.value(Option::Layout).toInt();
    if (given.isSet(Option::Blank))
        request.blankBadges = given.value(Option::Blank).toInt();
    request.capitalLastNames = given.isSet(Option::Capitals);
    request.siteCoordinates = given.isSet(Option::Coordinates);
    if (given.value(Option::Purpose) == u"visa")
        request.letterPurpose = LetterPurpose::Visa;
    if (given.isSet(Option::ShortNames))
        request.organisationNames = OrganisationNames::Short;
    if (given.isSet(Option::Delimiter)) {
        request.csv.delimiter =
            QChar::fromLatin1(*CsvFormat::delimiterFromName(given.value(Option::Delimiter)));
    }
    request.csv.bom = given.isSet(Option::Bom);
    return request;
}

} // namespace

QString checkExportUsage(const Invocation &invocation)
{
    const QStringList arguments = invocation.arguments();
    const QString what = arguments.value(0);
    if (what == u"messages")
        return checkMessagesUsage(invocation);
    if (what == u"evidence")
        return checkEvidenceUsage(invocation);
    if (invocation.isSet(Option::Template))
        return onlyFor(Option::Template, u"messages"_qs);
    if (invocation.isSet(Option::Split) && what != u"certificates")
        return onlyFor(Option::Split, u"certificates"_qs);
    if (takesList(what) && !invocation.isSet(Option::List))
        return CommandLine::tr("--list is missing: which list of \"export %1\"?").arg(what);
    if (invocation.isSet(Option::List) && !takesList(what))
        return onlyFor(Option::List, u"logistics"_qs);
    if (takesList(what)) {
        if (const QString problem = checkValue(Option::List, invocation.value(Option::List));
            !problem.isEmpty())
            return problem;
    }
    const DocumentType *named = exportedKind(what, invocation);
    if (!named) {
        return what.isEmpty()
                   ? CommandLine::tr("What to export is missing. %1").arg(exportUsage())
                   : CommandLine::tr("Cannot export \"%1\". %2").arg(what, exportUsage());
    }
    const qsizetype expected = named->ofAnEvent ? 2 : 1;
    if (arguments.size() < expected)
        return CommandLine::tr("The event is missing. %1").arg(exportUsage());
    if (arguments.size() > expected) {
        return CommandLine::tr("Too many arguments: \"%1\". %2")
            .arg(arguments.mid(expected).join(u' '), exportUsage());
    }
    if (invocation.value(Option::Output).isEmpty())
        return CommandLine::tr("--output FILE is missing: where should the %1 go?").arg(what);
    for (const DocumentType &type : documentCatalogue()) {
        if (switchedOn(type, invocation) && &type != named) {
            return onlyFor(optionNamed(QLatin1String(type.exportSwitch)).value(),
                           QLatin1String(type.exportName));
        }
    }
    const DocumentOptions offered = named->options;
    for (const OptionForDocument &each : documentOptions) {
        if (invocation.isSet(each.option) && !offered.testFlag(each.documentOption))
            return onlyFor(each.option, exportOffering(each.documentOption));
    }
    return {};
}

int runExport(const Invocation &invocation, Console &console)
{
    if (invocation.arguments().value(0) == u"messages")
        return runMessagesExport(invocation, console);
    if (invocation.arguments().value(0) == u"evidence")
        return runEvidenceExport(invocation, console);
    if (invocation.arguments().value(0) == u"certificates" && invocation.isSet(Option::Split))
        return runCertificatesSplit(invocation, console);
    Database database;
    if (const int status = openExisting(database, invocation, console); status != ExitDone)
        return status;
    return ExportCommand(invocation, database.connection()).run(console);
}

} // namespace ep::cli
