#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ep {

// The exit statuses of the command-line contract (README, design.md).
enum ExitStatus : int
{
    ExitDone = 0,
    ExitWrongUsage = 1,
    ExitBadInput = 2,
    ExitDatabaseProblem = 3,
};

// What the user asked for on the command line.
struct Invocation
{
    enum class Mode
    {
        Window,
        Command,
        Help,
        Version
    };

    Mode mode = Mode::Window;
    QString command;           // "demo", "events"
    QStringList arguments;     // positional arguments after the command
    QString database;          // empty: the default database
    QString format;            // events: table, csv or json
    QString language;          // events: de, pl or en
    QString delimiter;         // import: ",", ";" or "tab"; empty: detected
    QString encoding;          // import: utf-8, windows-1250, windows-1252; empty: detected
    bool dryRun = false;       // import: check only
    QString output;            // export: the file written; its extension picks the format
    QString secondLanguage;    // export agenda: the other language of a bilingual agenda
    bool signInSheet = false;  // export participants: the sign-in sheet instead of the list
    bool bom = false;          // export …csv: begin with a byte order mark (for Excel)
    QString statuses;          // export participants: comma-separated status codes
    QString roles;             // export participants: comma-separated role codes
    QString columns;           // export participants .pdf: comma-separated column keys
    int blankRows = -1;        // sign-in sheet: rows for walk-ins; -1: the default
    bool perSiteVisit = false; // sign-in sheet: one per site visit instead of per day
    bool allLanguages = false; // sign-in sheet: headings in German, Polish and English
};

// Reads the command line. Options may come before or after the positional
// arguments. Parsing needs no application object, so main() can decide
// between a window and a command before creating one.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // The mode alone, from a quick look at the raw arguments: enough to pick
    // the kind of application object to create.
    static Invocation::Mode modeOf(const QStringList &arguments);
    // The command named, from the same quick look; empty: none.
    static QString commandOf(const QStringList &arguments);

    // The full reading. On wrong usage returns false and sets `error` to one
    // sentence for stderr.
    static bool parse(const QStringList &arguments, Invocation *invocation, QString *error);

    static QString helpText();
    static QString versionText();
};

} // namespace ep
