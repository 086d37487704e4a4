#include "commandline.h"

#include "csv/csvformat.h"
#include "domain/language.h"
#include "domain/vocabulary.h"
#include "export/participantlist.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QDir>

namespace ep {
namespace {

const QStringList commands{QStringLiteral("demo"), QStringLiteral("events"),
                           QStringLiteral("export"), QStringLiteral("import"),
                           QStringLiteral("backup")};

// The options of every command, and which commands accept each.
struct OptionSpec
{
    QString name;
    bool takesValue;
    QStringList commands; // empty: every command and the window
};

const QList<OptionSpec> &optionSpecs()
{
    static const QList<OptionSpec> specs{
        {QStringLiteral("database"), true, {}},
        {QStringLiteral("format"), true, {QStringLiteral("events")}},
        {QStringLiteral("language"), true, {QStringLiteral("events"), QStringLiteral("export")}},
        {QStringLiteral("delimiter"), true, {QStringLiteral("import"), QStringLiteral("export")}},
        {QStringLiteral("output"), true, {QStringLiteral("export"), QStringLiteral("backup")}},
        {QStringLiteral("second-language"), true, {QStringLiteral("export")}},
        {QStringLiteral("sign-in-sheet"), false, {QStringLiteral("export")}},
        {QStringLiteral("bom"), false, {QStringLiteral("export")}},
        {QStringLiteral("status"), true, {QStringLiteral("export")}},
        {QStringLiteral("role"), true, {QStringLiteral("export")}},
        {QStringLiteral("columns"), true, {QStringLiteral("export")}},
        {QStringLiteral("blank-rows"), true, {QStringLiteral("export")}},
        {QStringLiteral("per-site-visit"), false, {QStringLiteral("export")}},
        {QStringLiteral("all-languages"), false, {QStringLiteral("export")}},
        {QStringLiteral("encoding"), true, {QStringLiteral("import")}},
        {QStringLiteral("dry-run"), false, {QStringLiteral("import")}},
        {QStringLiteral("help"), false, {}},
        {QStringLiteral("version"), false, {}},
    };
    return specs;
}

bool takesValue(const QString &argument)
{
    for (const OptionSpec &spec : optionSpecs()) {
        if (spec.takesValue && argument == u"--" % spec.name)
            return true;
    }
    return false;
}

// A comma-separated list of which every item is one of `known`.
bool checkList(const QString &option, const QString &value, const QStringList &known,
               QString *error)
{
    for (const QString &item : value.split(u',')) {
        if (!known.contains(item.trimmed())) {
            *error = CommandLine::tr("Unknown value \"%1\" for --%2: use %3.")
                         .arg(item.trimmed(), option, known.join(u", "));
            return false;
        }
    }
    return true;
}

// export agenda EVENT | export participants EVENT | export contacts, and the
// options that go with each.
bool checkExportArguments(const Invocation &invocation, QString *error)
{
    const QStringList &arguments = invocation.arguments;
    const QString usage = CommandLine::tr(
        "Use \"export agenda EVENT\", \"export participants EVENT\" or \"export contacts\", "
        "each with --output FILE.");
    const QString what = arguments.value(0);
    const qsizetype expected = what == u"agenda" || what == u"participants" ? 2
                               : what == u"contacts"                        ? 1
                                                                            : 0;
    if (expected == 0) {
        *error = what.isEmpty() ? CommandLine::tr("What to export is missing. %1").arg(usage)
                                : CommandLine::tr("Cannot export \"%1\". %2").arg(what, usage);
        return false;
    }
    if (arguments.size() != expected) {
        *error = arguments.size() < expected
                     ? CommandLine::tr("The event is missing. %1").arg(usage)
                     : CommandLine::tr("Too many arguments: \"%1\". %2")
                           .arg(arguments.mid(expected).join(u' '), usage);
        return false;
    }
    if (invocation.output.isEmpty()) {
        *error = CommandLine::tr("--output FILE is missing: where should the %1 go?").arg(what);
        return false;
    }
    const auto onlyFor = [&](bool set, const QString &option, const QString &command) {
        if (set && what != command) {
            *error = CommandLine::tr("--%1 applies to \"export %2\" only.").arg(option, command);
            return false;
        }
        return true;
    };
    return onlyFor(!invocation.secondLanguage.isEmpty(), u"second-language"_qs, u"agenda"_qs) &&
           onlyFor(invocation.signInSheet, u"sign-in-sheet"_qs, u"participants"_qs) &&
           onlyFor(!invocation.statuses.isEmpty(), u"status"_qs, u"participants"_qs) &&
           onlyFor(!invocation.roles.isEmpty(), u"role"_qs, u"participants"_qs) &&
           onlyFor(!invocation.columns.isEmpty(), u"columns"_qs, u"participants"_qs) &&
           onlyFor(invocation.blankRows >= 0, u"blank-rows"_qs, u"participants"_qs) &&
           onlyFor(invocation.perSiteVisit, u"per-site-visit"_qs, u"participants"_qs) &&
           onlyFor(invocation.allLanguages, u"all-languages"_qs, u"participants"_qs) &&
           (invocation.statuses.isEmpty() ||
            checkList(u"status"_qs, invocation.statuses,
                      vocabularyCodes(Vocabulary::ParticipantStatus), error)) &&
           (invocation.roles.isEmpty() ||
            checkList(u"role"_qs, invocation.roles, vocabularyCodes(Vocabulary::ParticipantRole),
                      error)) &&
           (invocation.columns.isEmpty() ||
            checkList(u"columns"_qs, invocation.columns, fieldKeys(FieldUse::ListColumn), error));
}

// The positional arguments each command takes.
bool checkArguments(const Invocation &invocation, QString *error)
{
    const QStringList &arguments = invocation.arguments;
    if (invocation.command == u"export")
        return checkExportArguments(invocation, error);
    if (invocation.command == u"backup" && invocation.output.isEmpty() && arguments.isEmpty()) {
        *error = CommandLine::tr("--output FILE is missing: where should the copy go?");
        return false;
    }
    if (invocation.command != u"import") {
        if (arguments.isEmpty())
            return true;
        *error = CommandLine::tr("The command \"%1\" takes no argument \"%2\".")
                     .arg(invocation.command, arguments.first());
        return false;
    }
    const QString usage = CommandLine::tr("Use \"import participants EVENT FILE.csv\" or "
                                          "\"import contacts FILE.csv\".");
    const QString what = arguments.value(0);
    const qsizetype expected = what == u"participants" ? 3 : what == u"contacts" ? 2 : 0;
    if (expected == 0) {
        *error = what.isEmpty() ? CommandLine::tr("What to import is missing. %1").arg(usage)
                                : CommandLine::tr("Cannot import \"%1\". %2").arg(what, usage);
        return false;
    }
    if (arguments.size() != expected) {
        *error = arguments.size() < expected
                     ? CommandLine::tr("Arguments are missing. %1").arg(usage)
                     : CommandLine::tr("Too many arguments: \"%1\". %2")
                           .arg(arguments.mid(expected).join(u' '), usage);
        return false;
    }
    return true;
}

} // namespace

QString CommandLine::commandOf(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (takesValue(argument))
            ++i;
        else if (!argument.startsWith(u'-'))
            return argument;
    }
    return {};
}

Invocation::Mode CommandLine::modeOf(const QStringList &arguments)
{
    bool help = false;
    bool version = false;
    bool command = false;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (argument == u"--help" || argument == u"-h")
            help = true;
        else if (argument == u"--version" || argument == u"-v")
            version = true;
        else if (takesValue(argument))
            ++i;
        else if (!argument.startsWith(u'-'))
            command = true;
    }
    if (help)
        return Invocation::Mode::Help;
    if (version)
        return Invocation::Mode::Version;
    return command ? Invocation::Mode::Command : Invocation::Mode::Window;
}

bool CommandLine::parse(const QStringList &arguments, Invocation *invocation, QString *error)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const OptionSpec &spec : optionSpecs()) {
        QStringList names{spec.name};
        if (spec.name == u"help")
            names.prepend(QStringLiteral("h"));
        if (spec.name == u"version")
            names.prepend(QStringLiteral("v"));
        parser.addOption(spec.takesValue ? QCommandLineOption(names, QString(), spec.name)
                                         : QCommandLineOption(names));
    }
    if (!parser.parse(arguments)) {
        *error = tr("%1. Run \"exchange-planner --help\" for the usage.").arg(parser.errorText());
        return false;
    }

    Invocation result;
    result.mode = modeOf(arguments);
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        result.command = positional.first();
        result.arguments = positional.mid(1);
    }
    result.database = parser.value(QStringLiteral("database"));
    result.format = parser.value(QStringLiteral("format"));
    result.language = parser.value(QStringLiteral("language"));
    result.delimiter = parser.value(QStringLiteral("delimiter"));
    result.encoding = parser.value(QStringLiteral("encoding"));
    result.dryRun = parser.isSet(QStringLiteral("dry-run"));
    result.output = parser.value(QStringLiteral("output"));
    result.secondLanguage = parser.value(QStringLiteral("second-language"));
    result.signInSheet = parser.isSet(QStringLiteral("sign-in-sheet"));
    result.bom = parser.isSet(QStringLiteral("bom"));
    result.statuses = parser.value(QStringLiteral("status"));
    result.roles = parser.value(QStringLiteral("role"));
    result.columns = parser.value(QStringLiteral("columns"));
    result.perSiteVisit = parser.isSet(QStringLiteral("per-site-visit"));
    result.allLanguages = parser.isSet(QStringLiteral("all-languages"));
    if (parser.isSet(QStringLiteral("blank-rows"))) {
        bool ok = false;
        result.blankRows = parser.value(QStringLiteral("blank-rows")).toInt(&ok);
        if (!ok || result.blankRows < 0 || result.blankRows > 500) {
            *error = tr("--blank-rows needs a number from 0 to 500.");
            return false;
        }
    }
    if (result.mode == Invocation::Mode::Help || result.mode == Invocation::Mode::Version) {
        *invocation = result;
        return true;
    }

    if (!result.command.isEmpty() && !commands.contains(result.command)) {
        *error = tr("Unknown command \"%1\". The commands are: %2. "
                    "Run \"exchange-planner --help\" for the usage.")
                     .arg(result.command, commands.join(u", "));
        return false;
    }
    for (const OptionSpec &spec : optionSpecs()) {
        if (parser.isSet(spec.name) && !spec.commands.isEmpty() &&
            !spec.commands.contains(result.command)) {
            *error = result.command.isEmpty() ? tr("--%1 needs a command that uses it (%2).")
                                                    .arg(spec.name, spec.commands.join(u", "))
                                              : tr("--%1 does not apply to the command \"%2\".")
                                                    .arg(spec.name, result.command);
            return false;
        }
    }
    if (!checkArguments(result, error))
        return false;
    if (parser.isSet(QStringLiteral("database")) && result.database.isEmpty()) {
        *error = tr("--database needs the path of a database file.");
        return false;
    }
    if (!result.format.isEmpty() &&
        !QStringList{u"table"_qs, u"csv"_qs, u"json"_qs}.contains(result.format)) {
        *error = tr("Unknown format \"%1\": use table, csv or json.").arg(result.format);
        return false;
    }
    if (!result.language.isEmpty() && !languageFromCode(result.language)) {
        *error = tr("Unknown language \"%1\": use de, pl or en.").arg(result.language);
        return false;
    }
    if (!result.secondLanguage.isEmpty() && !languageFromCode(result.secondLanguage)) {
        *error = tr("Unknown language \"%1\": use de, pl or en.").arg(result.secondLanguage);
        return false;
    }
    if (!result.delimiter.isEmpty() && !CsvFormat::delimiterFromName(result.delimiter)) {
        *error = tr("Unknown delimiter \"%1\": use \",\", \";\" or tab.").arg(result.delimiter);
        return false;
    }
    if (!result.encoding.isEmpty() && !TextEncodings::fromCode(result.encoding)) {
        *error = tr("Unknown encoding \"%1\": use utf-8, windows-1250 or windows-1252.")
                     .arg(result.encoding);
        return false;
    }
    *invocation = result;
    return true;
}

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

} // namespace

QString CommandLine::helpText()
{
    return tr("Usage: exchange-planner [--database PATH] [COMMAND] [OPTIONS]\n"
              "\n"
              "Plans study visits, webinars and workshops between partner regions.\n"
              "Without a command, opens the main window.\n"
              "\n"
              "Commands:\n"
              "  demo                 Create a database holding the demo programme\n"
              "                       (refused if the database already holds data).\n"
              "  events               List the events: id, kind, title, start, end, status.\n"
              "  export agenda EVENT --output FILE.pdf|FILE.ics\n"
              "                       The event's programme as a PDF to hand out, or as a\n"
              "                       calendar file (iCalendar) with one entry per item.\n"
              "  export participants EVENT --output FILE.pdf|FILE.csv\n"
              "                       The participant list; with --sign-in-sheet the sheets\n"
              "                       participants sign, one per day (PDF).\n"
              "  export contacts --output FILE.csv|FILE.vcf\n"
              "                       The contact people, for a spreadsheet or an address book.\n"
              "  backup --output FILE\n"
              "                       Write a consistent copy of the database to FILE (a new\n"
              "                       file), also while the program has it open.\n"
              "  import participants EVENT FILE.csv\n"
              "                       Import the participants of the event EVENT (its id, as\n"
              "                       \"events\" lists it) from a spreadsheet saved as CSV.\n"
              "  import contacts FILE.csv\n"
              "                       Import contact people from a spreadsheet saved as CSV.\n"
              "                       An import is all or nothing: a file with an invalid row\n"
              "                       imports nothing and lists every problem.\n"
              "\n"
              "Options:\n"
              "  --database PATH      The database file. Default:\n"
              "                       %1\n"
              "  --format FORMAT      events: table (default), csv or json.\n"
              "  --language LANGUAGE  events, export: the language of the titles and of a\n"
              "                       document's labels: de, pl or en (default: %2, from\n"
              "                       the system's language).\n"
              "  --output FILE        export: the file to write; its ending picks the format.\n"
              "                       backup: the copy to write.\n"
              "  --second-language L  export agenda: a bilingual agenda, the two languages\n"
              "                       side by side.\n"
              "  --sign-in-sheet      export participants: the sign-in sheets instead of the\n"
              "                       list.\n"
              "  --status S[,S…]      export participants: only these statuses (invited,\n"
              "                       registered, confirmed, cancelled, attended, no_show).\n"
              "  --role R[,R…]        export participants: only these roles (delegate,\n"
              "                       speaker, host, interpreter, organiser).\n"
              "  --columns C[,C…]     export participants as PDF: the columns, of name,\n"
              "                       organisation, delegation, role, status, email, phone,\n"
              "                       dietary_needs, accessibility_needs, arrival, departure,\n"
              "                       notes.\n"
              "  --blank-rows N       sign-in sheet: empty rows for walk-ins (default 10).\n"
              "  --per-site-visit     sign-in sheet: one per site visit instead of per day.\n"
              "  --all-languages      sign-in sheet: headings in German, Polish and English.\n"
              "  --bom                export …csv: start with a byte order mark; with\n"
              "                       --delimiter \";\" what German and Polish Excel open\n"
              "                       directly.\n"
              "  --dry-run            import: check the file and report, write nothing.\n"
              "  --delimiter D        import, export: the cell delimiter: \",\", \";\" or tab\n"
              "                       (import default: detected; export default: \",\").\n"
              "  --encoding E         import: utf-8, windows-1250 or windows-1252\n"
              "                       (default: detected).\n"
              "  -h, --help           Show this help.\n"
              "  -v, --version        Show the version.\n"
              "\n"
              "Exit status: 0 done, 1 wrong usage, 2 bad input, 3 database problem.\n")
        .arg(displayedDefaultLocation(), languageCode(languageOfLocale()));
}

QString CommandLine::versionText()
{
    return u"exchange-planner "_qs % QLatin1String(EXCHANGE_PLANNER_VERSION) % u'\n';
}

} // namespace ep
