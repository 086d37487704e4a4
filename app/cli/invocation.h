#pragma once

#include "cli/option.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace ep::cli {

// What the command line asks for, read against the tables of commands and
// options: the command, its positional arguments, the options given. A
// command reads the options it takes from it.
class Invocation final
{
public:
    // Reads `arguments`, the program's name first. Options may come before or
    // after the positional arguments. On wrong usage (an unknown command or
    // option, an option the command does not take, arguments that do not fit,
    // a value that cannot be used) returns nothing and sets `error` to one
    // sentence for stderr. Needs no application object.
    static std::optional<Invocation> parse(const QStringList &arguments, QString *error);

    QString command() const { return m_command; } // empty: none, the window
    // The positional arguments after the command.
    QStringList arguments() const { return m_arguments; }
    bool isSet(Option option) const { return m_values.contains(option); }
    // Empty for an option not given, and for a switch.
    QString value(Option option) const { return m_values.value(option); }
    // Every value of an option that may be given more than once, in order.
    QStringList values(Option option) const { return m_allValues.value(option); }
    // The items of a list option (OptionSpec::listOf), trimmed:
    // "confirmed, attended" → {"confirmed", "attended"}; none when not given.
    QStringList listValue(Option option) const;

private:
    QString m_command;
    QStringList m_arguments;
    QMap<Option, QString> m_values; // the last value given
    QMap<Option, QStringList> m_allValues;
};

} // namespace ep::cli
