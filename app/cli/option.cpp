#include "cli/option.h"

#include "cli/trcontexts.h"
#include "cli/valuechecks.h"
#include "csv/csvformat.h"
#include "documents/documentcatalogue.h"
#include "domain/field.h"
#include "domain/language.h"
#include "domain/messagetemplate.h"
#include "domain/vocabulary.h"
#include "lists/listdefinition.h"
#include "storage/database.h"
#include "storage/statistics.h"

#include <QDate>
#include <QDir>

#include <algorithm>

namespace ep::cli {
namespace {

// The default database as a shell user writes it: "~/.local/share/…" rather
// than the home folder spelt out. The manual page is made from --help, and
// must not name the folders of whoever built it.
QString displayedDefaultLocation()
{
    const QString location = QDir::toNativeSeparators(Database::defaultLocation());
#ifndef Q_OS_WIN // cmd.exe does not know "~"
    const QString home = QDir::homePath() + u'/';
    if (location.startsWith(home))
        return u"~/"_qs + location.mid(home.size());
#endif
    return location;
}

QString defaultLanguage()
{
    return languageCode(languageOfLocale());
}

QStringList participantStatuses()
{
    return vocabularyCodes(Vocabulary::ParticipantStatus);
}

QStringList participantRoles()
{
    return vocabularyCodes(Vocabulary::ParticipantRole);
}

QStringList listColumns()
{
    return fieldKeys(FieldUse::ListColumn);
}

QString checkDatabase(const QString &value)
{
    return value.isEmpty() ? CommandLine::tr("--database needs the path of a database file.")
                           : QString();
}

QString checkFormat(const QString &value)
{
    return QStringList{u"table"_qs, u"csv"_qs, u"json"_qs}.contains(value)
               ? QString()
               : CommandLine::tr("Unknown format \"%1\": use table, csv or json.").arg(value);
}

// The keys of the People list's filters that the command line takes.
QStringList peopleFilterKeys()
{
    QStringList keys;
    for (const ListFilter &filter : ListDefinition::people().filters) {
        if (filter.key)
            keys.append(QLatin1String(filter.key));
    }
    return keys;
}

QString checkPeopleFilter(const QString &value)
{
    return peopleFilterKeys().contains(value) ? QString()
                                              : CommandLine::tr("Unknown filter \"%1\": use %2.")
                                                    .arg(value, peopleFilterKeys().join(u" or "));
}

QString checkLanguage(const QString &value)
{
    return languageFromCode(value)
               ? QString()
               : CommandLine::tr("Unknown language \"%1\": use de, pl or en.").arg(value);
}

QString checkBlankRows(const QString &value)
{
    bool ok = false;
    const int rows = value.toInt(&ok);
    return ok && rows >= 0 && rows <= 500
               ? QString()
               : CommandLine::tr("--blank-rows needs a number from 0 to 500.");
}

QString checkDate(const QString &value)
{
    return QDate::fromString(value, Qt::ISODate).isValid()
               ? QString()
               : CommandLine::tr("\"%1\" is no date: write it as YYYY-MM-DD, e.g. 2027-05-17.")
                     .arg(value);
}

QString checkDelimiter(const QString &value)
{
    return CsvFormat::delimiterFromName(value)
               ? QString()
               : CommandLine::tr("Unknown delimiter \"%1\": use \",\", \";\" or tab.").arg(value);
}

// COLUMN=FIELD, FIELD a field the import takes (its key, as --columns names them).
QString checkMap(const QString &value)
{
    const qsizetype equals = value.lastIndexOf(u'=');
    const QString field = equals > 0 ? value.mid(equals + 1).trimmed() : QString();
    const QStringList fields =
        fieldKeys(FieldUse::ImportedWithParticipants) + fieldKeys(FieldUse::ImportedWithContacts);
    if (equals <= 0 || !fields.contains(field)) {
        QStringList known = fields;
        known.removeDuplicates();
        return CommandLine::tr("--map needs COLUMN=FIELD, FIELD one of: %1.")
            .arg(known.join(u", "));
    }
    return {};
}

QString checkEncoding(const QString &value)
{
    return TextEncodings::fromCode(value)
               ? QString()
               : CommandLine::tr("Unknown encoding \"%1\": use utf-8, windows-1250 or "
                                 "windows-1252.")
                     .arg(value);
}

} // namespace

const QList<OptionSpec> &optionTable()
{
    // The help's texts are written for its layout: a column 21 characters
    // wide for the option, then the help's lines (helptext.cpp).
    static const QList<OptionSpec> options{
        {.option = Option::Database,
         .name = "database",
         //: the value of an option in the help, as the user replaces it
         .valueName = QT_TRANSLATE_NOOP("CommandLine", "PATH"),
         //: %1: the default database file
         .help = QT_TRANSLATE_NOOP("CommandLine",
                                   "The database file, or a team database on a PostgreSQL\n"
                                   "server as postgresql://user@host:port/database?…\n"
                                   "(libpq's form). Default:\n%1"),
         .withEveryCommand = true,
         .helpDefault = displayedDefaultLocation,
         .check = checkDatabase},
        {.option = Option::Format,
         .name = "format",
         .valueName = QT_TRANSLATE_NOOP("CommandLine", "FORMAT"),
         .help = QT_TRANSLATE_NOOP("CommandLine",
                                   "events, people, conflicts, stats: table (default), csv\n"
                                   "or json."),
         .check = checkFormat},
        {.option = Option::Filter,
         .name = "filter",
         .valueName = QT_TRANSLATE_NOOP("CommandLine", "FILTER"),
         .help =
             QT_TRANSLATE_NOOP("CommandLine", "people: only those with no legal basis recorded\n"
                                              "(no_legal_basis) or whose consent was withdrawn\n"
                                              "(consent_withdrawn)."),
         .check = checkPeopleFilter},
        {.option = Option::Language,
         .name = "language",
         .valueName = QT_TRANSLATE_NOOP("CommandLine", "LANGUAGE"),
         //: %1: de, pl or en
         .help =
             QT_TRANSLATE_NOOP("CommandLine", "events, people, export: the language of the titles\n"
                                              "and of a document's labels: de, pl or en (default:\n"
                                              "%1, from the system's language)."),
         .helpDefault = defaultLanguage,
         .check = checkLanguage},
        {.option = Option::Output,
         .name = "output",
         .valueName = QT_TRANSLATE_NOOP("CommandLine", "FILE"),
         .help = QT_TRANSLATE_NOOP("CommandLine",
                                   "export: the file to write; its ending picks the format.\n"
                                   "backup: the copy to write.")},
        {.option = Option::From,
         .name = "from",
         .valueName = QT_TRANSLATE_NOOP("CommandLine", "PATH"),
         .help = QT_TRANSLATE_NOOP("CommandLine",
                                   "copy: the database to copy, a file or a team database;\n"
                                   "restore: the backup to restore; stats: the first day\n"
                                   "counted, YYYY-MM-DD; attendance: the signed sheet typed\n"
                                   "into a CSV file (columns No., Present, and the names of\n"
                                   "walk-ins).")},
        {.option = Option::To,
         .name = "to",
         .valueName = QT_TRANSLATE_NOOP("CommandLine", "PATH"),
         .help = QT_TRANSLATE_NOOP("CommandLine",
                                   "copy: the empty database to copy into, a new file or an\n"
                                   "empty team database; stats: the last day counted.")},
        {.option = Option::SecondLanguage,
         .name = "second-language",
         //: the value of --second-language: a language
         .valueName = QT_TRANSLATE_NOOP("CommandLine", "L"),
         .help = QT_TRANSLATE_NOOP("CommandLine",
                                   "export agenda: a bilingual agenda, the two languages\n"
                                   "side by side."),
         .check = checkLanguage},
        {.option = Option::SignInSheet,
         .name = "sign-in-sheet",
         .valueName = nullptr,
         .help = QT_TRANSLATE_NOOP("CommandLine",
                                   "export participants: the sign-in sheets instead of the\n"
                                   "list.")},
        {.option = Option::Status,
         .name = "status",
         //: the value of --status: statuses
         .valueName = QT_TRANSLATE_NOOP("CommandLine", "S[,S…]"),
         //: %1: the statuses, wrapped into the column by the program
         .help = QT_TRANSLATE_NOOP("CommandLine", "export participants: only these statuses (%1)."),
         .listOf = participantStatuses},
        {.option = Option::Role,
         .name = "role",
         //: the value of --role: roles
         .valueName = QT_TRANSLATE_NOOP("CommandLine", "R[,R…]"),
         //: %1: the roles, wrapped into the column by the program
         .help = QT_TRANSLATE_NOOP("CommandLine", "export participants: only these roles (%1)."),
         .listOf = participantRoles},
        {.option = Option::Columns,
         .name = "columns",
         //: the value of --columns: columns
         .valueName = QT_TRANSLATE_NOOP("CommandLine", "C[,C…]"),
         //: %1: the columns' keys, wrapped into the column by the program
         .help = QT_TRANSLATE_NOOP("CommandLine",
                                   "export participants, PDF and CSV: the columns, of %1."),
         .listOf = listColumns},
        {.option = Option::BlankRows,
         .name = "blank-rows",
         //: the value of --blank-rows: a number
         .valueName = QT_TRANSLATE_NOOP("CommandLine", "N"),
         .help = QT_TRANSLATE_NOOP("CommandLine",
                                   "sign-in sheet: empty rows for walk-ins (default 10)."),
         .check = checkBlankRows},
        {.option = Option::PerSiteVisit,
         .name = "per-site-visit",
         .valueName = nullptr,
         .help = QT_TRANSLATE_NOOP("CommandLine",
                                   "sign-in sheet: one per site visit instead of per day.")},
        {.option = Option::ShortNames,
         .name = "short-names",
         .valueName = nullptr,
         .help =
             QT_TRANSLATE_NOOP("CommandLine", "export participants: organisations by their short\n"
                                              "names (\"EG\"); without it in full.")},
        {.option = Option::AllLanguages,
         .name = "all-languages",
         .valueName = nullptr,
         .help = QT_TRANSLATE_NOOP("CommandLine",
                                   "sign-in sheet: headings in German, Polish and English.")},
        {.option = Option::FirstDay,
         .name = "first-day",
         //: the value of --first-day: a date
         .valueName = QT_TRANSLATE_NOOP("CommandLine", "DATE"),
         .help = QT_TRANSLATE_NOOP("CommandLine",
                                   "duplicate: the new event's first day, YYYY-MM-DD; the\n"
                                   "agenda moves with it."),
         .check = checkDate},
        {.option = Option::Split,
         .name = "split",
         .valueName = nullptr,
         .help = QT_TRANSLATE_NOOP("CommandLine",
                                   "export certificates: a PDF per person into the folder\n"
                                   "--output names (new or empty), not one PDF.")},
        {.option = Option::Day,
         .name = "day",
         //: the value of --day: a date
         .valueName = QT_TRANSLATE_NOOP("CommandLine", "DATE"),
         .help = QT_TRANSLATE_NOOP("CommandLine",
                                   "attendance: the day of the signed sheet, YYYY-MM-DD."),
         .check = checkDate},
        {.option = Option::Present,
         .name = "present",
         //: the value of --present: row numbers such as 1,2,5-9
         .valueName = QT_TRANSLATE_NOOP("CommandLine", "ROWS"),
         .help = QT_TRANSLATE_NOOP("CommandLine",
                                   "attendance: the rows that signed, numbered as printed,\n"
                                   "e.g. 1,2,5-9; everyone else on the sheet was absent.")},
        {.option = Option::Visit,
         .name = "visit",
         //: the value of --visit: a time of day
         .valueName = QT_TRANSLATE_NOOP("CommandLine", "HH:MM"),
         .help = QT_TRANSLATE_NOOP("CommandLine",
                                   "attendance: the sheet of the site visit that starts at\n"
                                   "this time on --day, not the day's sheet.")},
        {.option = Option::List,
         .name = "list",
         //: the value of --list: which list
         .valueName = QT_TRANSLATE_NOOP("CommandLine", "LIST"),
         .help = QT_TRANSLATE_NOOP("CommandLine",
                                   "export logistics: rooming (the hotel's), transport\n"
                                   "(a passenger list per trip) or catering (numbers per\n"
                                   "meal)."),
         .check = checkList},
        {.option = Option::Layout,
         .name = "layout",
         //: the value of --layout: 8 or 4
         .valueName = QT_TRANSLATE_NOOP("CommandLine", "N"),
         .help = QT_TRANSLATE_NOOP("CommandLine",
                                   "export badges: 8 to a sheet (about A7, default) or 4\n"
                                   "(about A6)."),
         .check = checkLayout},
        {.option = Option::Blank,
         .name = "blank",
         .valueName = QT_TRANSLATE_NOOP("CommandLine", "N"),
         .help =
             QT_TRANSLATE_NOOP("CommandLine", "export badges: badges without a name for walk-ins\n"
                                              "(default 0)."),
         .check = checkBlank},
        {.option = Option::Capitals,
         .name = "capitals",
         .valueName = nullptr,
         .help = QT_TRANSLATE_NOOP("CommandLine", "export badges: last names in capitals.")},
        {.option = Option::Coordinates,
         .name = "coordinates",
         .valueName = nullptr,
         .help =
             QT_TRANSLATE_NOOP("CommandLine", "export agenda: each site's coordinates under its\n"
                                              "address.")},
        {.option = Option::Template,
         .name = "template",
         //: the value of --template: which message
         .valueName = QT_TRANSLATE_NOOP("CommandLine", "NAME"),
         .help = QT_TRANSLATE_NOOP("CommandLine",
                                   "export messages: invitation (to those invited),\n"
                                   "confirmation (registered or confirmed) or practical\n"
                                   "(everyone who comes); --status and --role choose\n"
                                   "others."),
         .check = checkTemplate},
        {.option = Option::Purpose,
         .name = "purpose",
         //: the value of --purpose: employer or visa
         .valueName = QT_TRANSLATE_NOOP("CommandLine", "PURPOSE"),
         .help =
             QT_TRANSLATE_NOOP("CommandLine", "export letters: employer (for the travel approval,\n"
                                              "default) or visa (for the consulate)."),
         .check = checkPurpose},
        {.option = Option::By,
         .name = "by",
         //: the value of --by: what the figures are grouped by
         .valueName = QT_TRANSLATE_NOOP("CommandLine", "GROUP"),
         .help = QT_TRANSLATE_NOOP("CommandLine",
                                   "stats: year (default), kind, country, organisation,\n"
                                   "topic or site."),
         .check = checkBy},
        {.option = Option::WithParticipants,
         .name = "with-participants",
         .valueName = nullptr,
         .help = QT_TRANSLATE_NOOP("CommandLine",
                                   "duplicate: take the participants along, as invited.")},
        {.option = Option::Bom,
         .name = "bom",
         .valueName = nullptr,
         .help = QT_TRANSLATE_NOOP("CommandLine",
                                   "export …csv: start with a byte order mark; with\n"
                                   "--delimiter \";\" what German and Polish Excel open\n"
                                   "directly.")},
        {.option = Option::DryRun,
         .name = "dry-run",
         .valueName = nullptr,
         .help =
             QT_TRANSLATE_NOOP("CommandLine", "import: check the file and report, write nothing.")},
        {.option = Option::Apply,
         .name = "apply",
         .valueName = nullptr,
         .help = QT_TRANSLATE_NOOP("CommandLine",
                                   "retention: anonymise what is due, instead of listing it.")},
        {.option = Option::Update,
         .name = "update",
         .valueName = nullptr,
         .help = QT_TRANSLATE_NOOP("CommandLine",
                                   "import: replace the stored values of people found in\n"
                                   "the database where the file has other ones, and the\n"
                                   "values of those taking part already (role, status …)\n"
                                   "with the file's; without it only empty fields are\n"
                                   "filled in.")},
        {.option = Option::Delimiter,
         .name = "delimiter",
         //: the value of --delimiter: a delimiter
         .valueName = QT_TRANSLATE_NOOP("CommandLine", "D"),
         .help = QT_TRANSLATE_NOOP("CommandLine",
                                   "import, export: the cell delimiter: \",\", \";\" or tab\n"
                                   "(import default: detected; export default: \",\")."),
         .check = checkDelimiter},
        {.option = Option::Encoding,
         .name = "encoding",
         //: the value of --encoding: an encoding
         .valueName = QT_TRANSLATE_NOOP("CommandLine", "E"),
         .help = QT_TRANSLATE_NOOP("CommandLine", "import: utf-8, windows-1250 or windows-1252\n"
                                                  "(default: detected)."),
         .check = checkEncoding},
        {.option = Option::Map,
         .name = "map",
         //: the value of --map: a column of the file and a field of the planner
         .valueName = QT_TRANSLATE_NOOP("CommandLine", "COLUMN=FIELD"),
         .help = QT_TRANSLATE_NOOP("CommandLine",
                                   "import: take the column named COLUMN as FIELD\n"
                                   "(first_name, status …), whatever its name suggests;\n"
                                   "may be given more than once."),
         .check = checkMap},
        {.option = Option::IgnoreColumn,
         .name = "ignore-column",
         //: the value of --ignore-column: a column of the file
         .valueName = QT_TRANSLATE_NOOP("CommandLine", "COLUMN"),
         .help = QT_TRANSLATE_NOOP("CommandLine",
                                   "import: leave the column named COLUMN out, e.g. one\n"
                                   "whose values the planner does not understand; may be\n"
                                   "given more than once.")},
        {.option = Option::Help,
         .name = "help",
         .valueName = nullptr,
         .help = QT_TRANSLATE_NOOP("CommandLine", "Show this help."),
         .shortName = 'h',
         .withEveryCommand = true},
        {.option = Option::Version,
         .name = "version",
         .valueName = nullptr,
         .help = QT_TRANSLATE_NOOP("CommandLine", "Show the version."),
         .shortName = 'v',
         .withEveryCommand = true},
        {.option = Option::Appearance,
         .name = "appearance",
         //: the value of --appearance: how the window looks
         .valueName = QT_TRANSLATE_NOOP("CommandLine", "LOOK"),
         .help =
             QT_TRANSLATE_NOOP("CommandLine", "The window: system, light, dark or high-contrast\n"
                                              "colours for this run (default: as chosen in\n"
                                              "View › Appearance)."),
         .windowOnly = true,
         .check = checkAppearance},
        {.option = Option::QuitAfterFirstPaint,
         .name = "quit-after-first-paint",
         .valueName = nullptr,
         .help = QT_TRANSLATE_NOOP("CommandLine", "The window: quit as soon as it is painted\n"
                                                  "(to time the start-up)."),
         .windowOnly = true},
    };
    return options;
}

const OptionSpec &describe(Option option)
{
    const QList<OptionSpec> &options = optionTable();
    return *std::find_if(options.cbegin(), options.cend(),
                         [option](const OptionSpec &spec) { return spec.option == option; });
}

QString optionName(Option option)
{
    return QLatin1StringView(describe(option).name);
}

std::optional<Option> optionNamed(const QString &name)
{
    for (const OptionSpec &spec : optionTable()) {
        if (name == QLatin1String(spec.name))
            return spec.option;
    }
    return std::nullopt;
}

QString checkValue(Option option, const QString &value)
{
    const OptionSpec &spec = describe(option);
    if (spec.listOf) {
        const QStringList known = spec.listOf();
        for (const QString &item : value.split(u',')) {
            if (!known.contains(item.trimmed())) {
                return CommandLine::tr("Unknown value \"%1\" for --%2: use %3.")
                    .arg(item.trimmed(), optionName(option), known.join(u", "));
            }
        }
    }
    return spec.check ? spec.check(value) : QString();
}

} // namespace ep::cli
