#include "cli/run.h"

#include "cli/command.h"
#include "cli/console.h"
#include "cli/exitstatus.h"
#include "cli/helptext.h"
#include "cli/invocation.h"
#include "cli/trcontexts.h"

#include <algorithm>

namespace ep::cli {
namespace {

bool takesValue(const QString &argument)
{
    const QList<OptionSpec> &options = optionTable();
    return std::any_of(options.cbegin(), options.cend(), [&argument](const OptionSpec &spec) {
        return spec.valueName && argument == u"--" % QLatin1StringView(spec.name);
    });
}

bool names(const QString &argument, Option option)
{
    const OptionSpec &spec = describe(option);
    return argument == u"--" % QLatin1StringView(spec.name) ||
           (spec.shortName && argument == u'-' % QLatin1Char(spec.shortName));
}

// The command named, from the same quick look as modeOf(); empty: none.
QString commandOf(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (takesValue(argument))
            ++i;
        else if (!argument.startsWith(u'-'))
            return argument;
    }
    return {};
}

} // namespace

Mode modeOf(const QStringList &arguments)
{
    bool help = false;
    bool version = false;
    bool command = false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (names(argument, Option::Help))
            help = true;
        else if (names(argument, Option::Version))
            version = true;
        else if (takesValue(argument))
            ++i;
        else if (!argument.startsWith(u'-'))
            command = true;
    }
    if (help)
        return Mode::Help;
    if (version)
        return Mode::Version;
    return command ? Mode::Command : Mode::Window;
}

bool rendersDocuments(const QStringList &arguments)
{
    if (modeOf(arguments) != Mode::Command)
        return false;
    const Command *command = findCommand(commandOf(arguments));
    if (!command || !command->rendersDocuments)
        return false;
    // Of the files such a command writes only a PDF is drawn (also into a
    // folder of certificates, or into the evidence pack's archive); a CSV, a
    // calendar or an address book is text, written without fonts. Wrong
    // usage is said by run(), which needs no fonts for it.
    QString error;
    const std::optional<Invocation> invocation = Invocation::parse(arguments, &error);
    if (!invocation || invocation->isSet(Option::Split))
        return true;
    const QString output = invocation->value(Option::Output);
    return output.endsWith(u".pdf"_qs, Qt::CaseInsensitive) ||
           output.endsWith(u".zip"_qs, Qt::CaseInsensitive);
}

int run(const QStringList &arguments, Console &console)
{
    switch (modeOf(arguments)) {
    case Mode::Help:
        console.print(helpText());
        return ExitDone;
    case Mode::Version:
        console.print(versionText());
        return ExitDone;
    case Mode::Window:
    case Mode::Command:
        break;
    }
    QString error;
    const std::optional<Invocation> invocation = Invocation::parse(arguments, &error);
    if (!invocation) {
        console.printError(error);
        return ExitWrongUsage;
    }
    const Command *command = findCommand(invocation->command());
    if (!command) {
        // The window is main()'s to open.
        console.printError(CommandLine::tr("The command is missing. Run \"exchange-planner "
                                           "--help\" for the usage."));
        return ExitWrongUsage;
    }
    return command->run(*invocation, console);
}

} // namespace ep::cli
