#include "cli/invocation.h"

#include "cli/command.h"
#include "cli/trcontexts.h"

#include <QCommandLineParser>

namespace ep::cli {
namespace {

// The commands that take `option`: "events, export".
QString commandsTaking(Option option)
{
    QStringList names;
    for (const Command &command : commandTable()) {
        if (command.options.contains(option))
            names.append(QLatin1StringView(command.name));
    }
    return names.join(u", ");
}

QString commandNames()
{
    QStringList names;
    for (const Command &command : commandTable())
        names.append(QLatin1StringView(command.name));
    return names.join(u", ");
}

// The options given that the command (none: the window) does not take.
QString checkOptionsApply(const Invocation &invocation, const Command *command)
{
    for (const OptionSpec &spec : optionTable()) {
        if (!invocation.isSet(spec.option) || spec.withEveryCommand ||
            (command && command->options.contains(spec.option)) || (!command && spec.windowOnly))
            continue;
        return command ? CommandLine::tr("--%1 does not apply to the command \"%2\".")
                             .arg(optionName(spec.option), invocation.command())
                       : CommandLine::tr("--%1 needs a command that uses it (%2).")
                             .arg(optionName(spec.option), commandsTaking(spec.option));
    }
    return {};
}

} // namespace

std::optional<Invocation> Invocation::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const OptionSpec &spec : optionTable()) {
        QStringList names{QLatin1StringView(spec.name)};
        if (spec.shortName)
            names.prepend(QString(QLatin1Char(spec.shortName)));
        parser.addOption(spec.valueName ? QCommandLineOption(names, QString(), names.last())
                                        : QCommandLineOption(names));
    }
    if (!parser.parse(arguments)) {
        *error = CommandLine::tr("%1. Run \"exchange-planner --help\" for the usage.")
                     .arg(parser.errorText());
        return std::nullopt;
    }

    Invocation invocation;
    const QStringList positional = parser.positionalArguments();
    invocation.m_command = positional.value(0);
    invocation.m_arguments = positional.mid(1);
    for (const OptionSpec &spec : optionTable()) {
        const QString name = QLatin1StringView(spec.name);
        if (parser.isSet(name)) {
            invocation.m_values.insert(spec.option,
                                       spec.valueName ? parser.value(name) : QString());
            if (spec.valueName)
                invocation.m_allValues.insert(spec.option, parser.values(name));
        }
    }

    const Command *command = findCommand(invocation.m_command);
    if (!invocation.m_command.isEmpty() && !command) {
        *error = CommandLine::tr("Unknown command \"%1\". The commands are: %2. "
                                 "Run \"exchange-planner --help\" for the usage.")
                     .arg(invocation.m_command, commandNames());
        return std::nullopt;
    }
    *error = checkOptionsApply(invocation, command);
    if (error->isEmpty() && command)
        *error = command->checkUsage(invocation);
    for (auto it = invocation.m_allValues.cbegin();
         error->isEmpty() && it != invocation.m_allValues.cend(); ++it) {
        for (const QString &value : it.value()) {
            if (error->isEmpty())
                *error = checkValue(it.key(), value);
        }
    }
    if (!error->isEmpty())
        return std::nullopt;
    return invocation;
}

QStringList Invocation::listValue(Option option) const
{
    QStringList items;
    for (const QString &item : value(option).split(u',', Qt::SkipEmptyParts))
        items.append(item.trimmed());
    return items;
}

} // namespace ep::cli
