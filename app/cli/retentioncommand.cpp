#include "cli/retentioncommand.h"

#include "cli/console.h"
#include "cli/consoletable.h"
#include "cli/exitstatus.h"
#include "cli/invocation.h"
#include "cli/opendatabase.h"
#include "cli/trcontexts.h"
#include "storage/database.h"
#include "storage/retention.h"

#include <QDate>
#include <QSqlError>

namespace ep::cli {
namespace {

int list(const Database &database, Console &console)
{
    QSqlError error;
    const QList<Retention::Due> due =
        Retention::due(database.connection(), QDate::currentDate(), &error);
    if (error.isValid()) {
        console.printError(Database::describeFailure(database.connection(), error));
        return ExitDatabaseProblem;
    }
    QString said;
    for (const Retention::Due &rule : due) {
        said += Commands::tr("%1: %2 due.")
                    .arg(Retention::ruleName(rule.setting.rule))
                    .arg(rule.people.size()) %
                u'\n' % Retention::ruleDescription(rule.setting) % u'\n';
        if (rule.people.isEmpty()) {
            said += u'\n';
            continue;
        }
        QList<QStringList> rows{{Commands::tr("id"), Commands::tr("name"),
                                 Commands::tr("organisation"), Commands::tr("last event")}};
        for (const Retention::DuePerson &person : rule.people)
            rows.append({QString::number(person.personId), person.name, person.organisation,
                         person.lastEvent.toString(Qt::ISODate)});
        said += consoleTable(rows) % u'\n';
    }
    if (due.isEmpty())
        said = Commands::tr("Every rule of the retention policy is off.") % u'\n';
    console.print(said);
    return ExitDone;
}

int apply(const Database &database, Console &console)
{
    const Retention::Applied applied =
        Retention::apply(database.connection(), QDate::currentDate());
    if (!applied.ok()) {
        console.printError(
            Commands::tr("The retention policy was not applied: %1. Nothing was "
                         "changed.")
                .arg(Database::describeFailure(database.connection(), applied.error)));
        return ExitDatabaseProblem;
    }
    QString said;
    for (const auto &[rule, people] : applied.people)
        said += Commands::tr("%1: anonymised for %2 people.")
                    .arg(Retention::ruleName(rule))
                    .arg(people) %
                u'\n';
    if (said.isEmpty())
        said = Commands::tr("Nothing is due; nothing was changed.") % u'\n';
    if (!applied.leftover.isEmpty())
        said += applied.leftover % u'\n';
    console.print(said);
    return ExitDone;
}

} // namespace

int runRetention(const Invocation &invocation, Console &console)
{
    Database database;
    if (const int status = openExisting(database, invocation, console); status != ExitDone)
        return status;
    return invocation.isSet(Option::Apply) ? apply(database, console) : list(database, console);
}

} // namespace ep::cli
