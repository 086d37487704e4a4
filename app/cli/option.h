#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ep::cli {

// Every option of the command line. Which command takes which is said by the
// table of commands (command.h).
enum class Option
{
    Database,
    Format,
    Filter,
    Language,
    Output,
    From,
    To,
    SecondLanguage,
    SignInSheet,
    Status,
    Role,
    Columns,
    BlankRows,
    PerSiteVisit,
    ShortNames,
    AllLanguages,
    FirstDay,
    Day,
    Present,
    Visit,
    List,
    Layout,
    Blank,
    Capitals,
    Coordinates,
    Template,
    Purpose,
    Split,
    By,
    WithParticipants,
    Bom,
    DryRun,
    Apply,
    Update,
    Delimiter,
    Encoding,
    Map,
    IgnoreColumn,
    Help,
    Version,
    Appearance,
    QuitAfterFirstPaint,
};

// One option: how it is written, what the help says of it, which values it
// takes. The texts are untranslated, in the context "CommandLine".
struct OptionSpec
{
    Option option;
    const char *name;              // "second-language", given as --second-language
    const char *valueName;         // the value in the help ("PATH"); none: a switch
    const char *help;              // its lines as the help shows them
    char shortName = 0;            // 'h': also -h
    bool withEveryCommand = false; // also without a command (the window)
    bool windowOnly = false;       // without a command only: an option of the window
    // Its value is a comma-separated list of these; the help lists them in
    // place of its %1, wrapped to the help's width.
    QStringList (*listOf)() = nullptr;
    // What the help's %1 stands for otherwise: the default it names.
    QString (*helpDefault)() = nullptr;
    // Checks a value given: the message for stderr, empty when it can be used.
    QString (*check)(const QString &value) = nullptr;
};

// Every option, in the order the help lists them.
const QList<OptionSpec> &optionTable();
const OptionSpec &describe(Option option);
// "second-language"
QString optionName(Option option);
// The option written --`name`; none for a name that is no option.
std::optional<Option> optionNamed(const QString &name);
// Why `value` cannot be given to `option`, as one sentence for stderr;
// empty when it can.
QString checkValue(Option option, const QString &value);

} // namespace ep::cli
