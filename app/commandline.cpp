#include "commandline.h"

#include "csvformat.h"
#include "database.h"
#include "language.h"

#include <QCommandLineParser>
#include <QDir>

namespace ep {
namespace {

const QStringList commands{QStringLiteral("demo"), QStringLiteral("events"),
                           QStringLiteral("import")};

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
        {QStringLiteral("language"), true, {QStringLiteral("events")}},
        {QStringLiteral("delimiter"), true, {QStringLiteral("import")}},
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

// The positional arguments each command takes.
bool checkArguments(const Invocation &invocation, QString *error)
{
    const QStringList &arguments = invocation.arguments;
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
              "  --language LANGUAGE  events: the language of the titles: de, pl or en\n"
              "                       (default: %2, from the system's language).\n"
              "  --dry-run            import: check the file and report, write nothing.\n"
              "  --delimiter D        import: the cell delimiter: \",\", \";\" or tab\n"
              "                       (default: detected).\n"
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
