#include "cli/helptext.h"

#include "cli/command.h"
#include "cli/trcontexts.h"

namespace ep::cli {
namespace {

// The layout of the help: a command or option two characters in, its
// description from the 24th; a list the program fills in is wrapped so that
// no line passes the 79th, the width of a terminal that keeps a margin.
constexpr qsizetype indent = 2;
constexpr qsizetype descriptionColumn = 23;
constexpr qsizetype width = 79;

QString translated(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

// Each line of `text` that is longer than `lineWidth`, broken at spaces
// (greedily: as many words on a line as fit).
QString wrapped(const QString &text, qsizetype lineWidth)
{
    QStringList lines;
    for (const QString &paragraph : text.split(u'\n')) {
        QString line;
        for (const QString &word : paragraph.split(u' ')) {
            if (!line.isEmpty() && line.size() + 1 + word.size() > lineWidth) {
                lines.append(line);
                line.clear();
            }
            line += (line.isEmpty() ? QString() : u" "_qs) + word;
        }
        lines.append(line);
    }
    return lines.join(u'\n');
}

// "  events               List the events: …": the description beside the
// name where the name leaves a gap of two spaces, else below it; every
// further line of the description in its column.
QString entry(const QString &name, const QString &description)
{
    const QString margin(descriptionColumn, u' ');
    QString text = QString(indent, u' ') % name;
    if (indent + name.size() + 2 <= descriptionColumn)
        text = text.leftJustified(descriptionColumn);
    else
        text += u'\n' % margin;
    return text % QString(description).replace(u'\n', u'\n' % margin) % u'\n';
}

QString optionEntry(const OptionSpec &spec)
{
    QString name = u"--"_qs % QLatin1StringView(spec.name);
    if (spec.shortName)
        name = u'-' % QLatin1Char(spec.shortName) % u", " % name;
    if (spec.valueName)
        name += u' ' % translated(spec.valueName);
    QString description = translated(spec.help);
    if (spec.listOf) {
        description =
            wrapped(description.arg(spec.listOf().join(u", ")), width - descriptionColumn);
    } else if (spec.helpDefault) {
        description = description.arg(spec.helpDefault());
    }
    return entry(name, description);
}

} // namespace

QString helpText()
{
    QString text = CommandLine::tr("Usage: exchange-planner [--database PATH] [COMMAND] [OPTIONS]\n"
                                   "\n"
                                   "Plans study visits, webinars and workshops between partner "
                                   "regions.\n"
                                   "Without a command, opens the main window.") %
                   u"\n\n" % CommandLine::tr("Commands:") % u'\n';
    for (const Command &command : commandTable()) {
        for (const Usage &usage : command.usages) {
            QString name = QLatin1StringView(command.name);
            if (usage.arguments)
                name += u' ' % translated(usage.arguments);
            text += entry(name, translated(usage.description));
        }
    }
    text += u'\n' % CommandLine::tr("Options:") % u'\n';
    for (const OptionSpec &spec : optionTable())
        text += optionEntry(spec);
    return text % u'\n' %
           CommandLine::tr("Exit status: 0 done, 1 wrong usage, 2 bad input, 3 database problem.") %
           u'\n';
}

QString versionText()
{
    return u"exchange-planner "_qs % QLatin1String(EXCHANGE_PLANNER_VERSION) % u'\n';
}

} // namespace ep::cli
