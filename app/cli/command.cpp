#include "cli/command.h"

#include "cli/attendancecommand.h"
#include "cli/backupcommand.h"
#include "cli/certificatescommand.h"
#include "cli/conflictscommand.h"
#include "cli/copycommand.h"
#include "cli/democommand.h"
#include "cli/duplicatecommand.h"
#include "cli/eventscommand.h"
#include "cli/exportcommand.h"
#include "cli/importcommand.h"
#include "cli/invocation.h"
#include "cli/peoplecommand.h"
#include "cli/personcommand.h"
#include "cli/restorecommand.h"
#include "cli/retentioncommand.h"
#include "cli/statscommand.h"
#include "cli/trcontexts.h"
#include "documents/documentcatalogue.h"

#include <algorithm>

namespace ep::cli {

QString takesNoArguments(const Invocation &invocation)
{
    if (invocation.arguments().isEmpty())
        return {};
    return CommandLine::tr("The command \"%1\" takes no argument \"%2\".")
        .arg(invocation.command(), invocation.arguments().first());
}

namespace {

// Each document's way of being exported, as the catalogue of documents says.
QList<Usage> exportUsages()
{
    QList<Usage> usages;
    for (const DocumentType &type : documentCatalogue()) {
        if (type.exportUsage)
            usages.append(Usage{type.exportUsage, type.exportHelp});
    }
    // Drafts into a folder, apart from the catalogue's files (cli/messagesexport.h).
    usages.append(Usage{
        QT_TRANSLATE_NOOP("CommandLine", "messages EVENT --template NAME --output DIR"),
        QT_TRANSLATE_NOOP("CommandLine", "A personalised email draft (.eml) per participant,\n"
                                         "in the language each reads, with the agenda attached\n"
                                         "as a calendar; Thunderbird and Outlook open them.")});
    // An archive of several documents (cli/evidenceexport.h).
    usages.append(Usage{QT_TRANSLATE_NOOP("CommandLine", "evidence EVENT --output FILE.zip"),
                        QT_TRANSLATE_NOOP("CommandLine",
                                          "The evidence pack a funder's audit asks for: summary,\n"
                                          "agendas, sign-in sheets, attendance, counts and\n"
                                          "participant list in one ZIP archive.")});
    return usages;
}

} // namespace

const QList<Command> &commandTable()
{
    using enum Option;
    // The help's texts are written for its layout: a column 21 characters
    // wide for the command, then the help's lines (helptext.cpp).
    static const QList<Command> commands{
        {.name = "demo",
         .options = {},
         .usages = {{nullptr, QT_TRANSLATE_NOOP("CommandLine",
                                                "Create a database holding the demo programme\n"
                                                "(refused if the database already holds data).")}},
         .run = runDemo},
        {.name = "events",
         .options = {Format, Language},
         .usages = {{nullptr,
                     QT_TRANSLATE_NOOP("CommandLine",
                                       "List the events: id, kind, title, start, end, status.")}},
         .run = runEvents},
        {.name = "people",
         .options = {Filter, Format, Language},
         .usages = {{nullptr, QT_TRANSLATE_NOOP("CommandLine",
                                                "List the people with their legal basis and\n"
                                                "consent: id, name, organisation, email, legal\n"
                                                "basis, consent's date, purpose and source, its\n"
                                                "withdrawal.")}},
         .run = runPeople},
        {.name = "export",
         .options = {Language,     Delimiter, Output,  SecondLanguage, SignInSheet,  Bom,
                     Status,       Role,      Columns, BlankRows,      PerSiteVisit, ShortNames,
                     AllLanguages, List,      Layout,  Blank,          Capitals,     Coordinates,
                     Template,     Purpose,   Split},
         .usages = exportUsages(),
         .rendersDocuments = true,
         .checkUsage = checkExportUsage,
         .run = runExport},
        {.name = "duplicate",
         .options = {FirstDay, WithParticipants},
         .usages = {{QT_TRANSLATE_NOOP("CommandLine", "EVENT --first-day DATE"),
                     QT_TRANSLATE_NOOP("CommandLine",
                                       "Make next time's event from EVENT: its agenda moved to\n"
                                       "start on DATE, organisers, hosts, topics and funding\n"
                                       "as they are, without participants unless\n"
                                       "--with-participants (then as invited). Prints the new\n"
                                       "event's id.")}},
         .checkUsage = checkDuplicateUsage,
         .run = runDuplicate},
        {.name = "attendance",
         .options = {Day, Visit, Present, From, Language},
         .usages = {{QT_TRANSLATE_NOOP("CommandLine", "EVENT --day DATE --present ROWS"),
                     QT_TRANSLATE_NOOP("CommandLine",
                                       "Enter who signed the day's sign-in sheet (or with\n"
                                       "--visit HH:MM a site visit's), by the rows' numbers as\n"
                                       "printed: 1,2,5-9. Statuses follow: attended, or not\n"
                                       "shown. The sheet's earlier entry is replaced.")},
                    {QT_TRANSLATE_NOOP("CommandLine", "EVENT --day DATE --from FILE.csv"),
                     QT_TRANSLATE_NOOP("CommandLine",
                                       "The same from the sheet typed into a spreadsheet:\n"
                                       "columns No. and Present; blank rows with First name,\n"
                                       "Last name (and Email) add the walk-ins.")}},
         .checkUsage = checkAttendanceUsage,
         .run = runAttendance},
        {.name = "certificate",
         .options = {Language},
         .usages = {{QT_TRANSLATE_NOOP("CommandLine", "NUMBER"),
                     QT_TRANSLATE_NOOP("CommandLine",
                                       "What the certificate of attendance NUMBER states (who,\n"
                                       "which event, the days, places and hours), to confirm\n"
                                       "it on request.")}},
         .checkUsage = checkCertificateUsage,
         .run = runCertificate},
        {.name = "conflicts",
         .options = {Format, Language},
         .usages = {{QT_TRANSLATE_NOOP("CommandLine", "[EVENT]"),
                     QT_TRANSLATE_NOOP("CommandLine",
                                       "List the clashes the calendar flags, of every event or\n"
                                       "of EVENT: overlapping items, a person in two places at\n"
                                       "once, capacity exceeded, too little travel time between\n"
                                       "site visits, a site closed that day, a public holiday\n"
                                       "in Germany or Poland.")}},
         .checkUsage = checkConflictsUsage,
         .run = runConflicts},
        {.name = "stats",
         .options = {From, To, By, Format, Language},
         .usages = {{QT_TRANSLATE_NOOP("CommandLine", "[--from DATE] [--to DATE] [--by GROUP]"),
                     QT_TRANSLATE_NOOP("CommandLine",
                                       "The partnership in figures: events, participations,\n"
                                       "people, attended, not shown and the attendance rate\n"
                                       "per year, kind, country, organisation or topic; visits\n"
                                       "and events per site.")}},
         .checkUsage = checkStatsUsage,
         .run = runStats},
        {.name = "backup",
         .options = {Output},
         .usages = {{QT_TRANSLATE_NOOP("CommandLine", "--output FILE"),
                     QT_TRANSLATE_NOOP("CommandLine",
                                       "Write a consistent copy of the database to FILE (a new\n"
                                       "file), also while the program has it open.")}},
         .checkUsage = checkBackupUsage,
         .run = runBackup},
        {.name = "restore",
         .options = {From},
         .usages = {{QT_TRANSLATE_NOOP("CommandLine", "--from BACKUP"),
                     QT_TRANSLATE_NOOP("CommandLine",
                                       "Bring the database file back to what BACKUP holds,\n"
                                       "after checking it. The database as it was is kept as\n"
                                       "NAME.before-restore-DATE.sqlite beside it. Refused\n"
                                       "while another window or program has it open.")}},
         .checkUsage = checkRestoreUsage,
         .run = runRestore},
        {.name = "person",
         .options = {Output, Language},
         .usages = {{QT_TRANSLATE_NOOP("CommandLine", "export PERSON --output FILE.json|FILE.pdf"),
                     QT_TRANSLATE_NOOP("CommandLine",
                                       "Everything held about the person whose id or email is\n"
                                       "PERSON: for a machine (JSON) or for the person to read\n"
                                       "(PDF, in --language). Readable by its owner only.")},
                    {QT_TRANSLATE_NOOP("CommandLine", "erase PERSON"),
                     QT_TRANSLATE_NOOP("CommandLine",
                                       "Erase the person whose id or email is PERSON, on their\n"
                                       "request: the record, every participation and role, and\n"
                                       "what the file keeps of deleted rows. Says what stays\n"
                                       "and which backups still hold the person.")}},
         .rendersDocuments = true,
         .checkUsage = checkPersonUsage,
         .run = runPerson},
        {.name = "retention",
         .options = {Apply},
         .usages = {{nullptr,
                     QT_TRANSLATE_NOOP("CommandLine",
                                       "List what the retention policy makes due: the people\n"
                                       "whose contact details or needs are kept longer than\n"
                                       "it allows; with --apply, anonymise them in one step.")}},
         .run = runRetention},
        {.name = "copy",
         .options = {From, To},
         .usages = {{QT_TRANSLATE_NOOP("CommandLine", "--from PATH --to PATH"),
                     QT_TRANSLATE_NOOP("CommandLine",
                                       "Copy a whole database into an empty one: a file to a\n"
                                       "team database, or a team database to a file. Ids,\n"
                                       "versions and calendar UIDs stay as they are.")}},
         .checkUsage = checkCopyUsage,
         .run = runCopy},
        {.name = "import",
         .options = {Delimiter, Encoding, DryRun, Update, Map, IgnoreColumn},
         .usages = {{QT_TRANSLATE_NOOP("CommandLine", "participants EVENT FILE.csv"),
                     QT_TRANSLATE_NOOP("CommandLine",
                                       "Import the participants of the event EVENT (its id, as\n"
                                       "\"events\" lists it) from a spreadsheet saved as CSV.")},
                    {QT_TRANSLATE_NOOP("CommandLine", "contacts FILE.csv"),
                     QT_TRANSLATE_NOOP("CommandLine",
                                       "Import contact people from a spreadsheet saved as CSV.\n"
                                       "An import is all or nothing: a file with an invalid row\n"
                                       "imports nothing and lists every problem.")}},
         .checkUsage = checkImportUsage,
         .run = runImport},
    };
    return commands;
}

const Command *findCommand(const QString &name)
{
    const QList<Command> &commands = commandTable();
    const auto found =
        std::find_if(commands.cbegin(), commands.cend(), [&name](const Command &command) {
            return name == QLatin1StringView(command.name);
        });
    return found == commands.cend() ? nullptr : &*found;
}

} // namespace ep::cli
