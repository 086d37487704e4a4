#include "cli/conflictscommand.h"

#include "cli/console.h"
#include "cli/consoletable.h"
#include "cli/exitstatus.h"
#include "cli/invocation.h"
#include "cli/opendatabase.h"
#include "cli/trcontexts.h"
#include "csv/csvwriter.h"
#include "domain/texthygiene.h"
#include "storage/conflicts.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ep::cli {
namespace {

QString joined(const QList<int> &ids)
{
    QStringList texts;
    for (int id : ids)
        texts.append(QString::number(id));
    return texts.join(u' ');
}

QString json(const QList<Conflict> &conflicts)
{
    QJsonArray array;
    for (const Conflict &conflict : conflicts) {
        QJsonArray events;
        for (int id : conflict.eventIds)
            events.append(id);
        QJsonArray items;
        for (int id : conflict.itemIds)
            items.append(id);
        array.append(QJsonObject{{QStringLiteral("kind"), Conflicts::key(conflict.kind)},
                                 {QStringLiteral("date"), sql::dateText(conflict.day)},
                                 {QStringLiteral("events"), events},
                                 {QStringLiteral("items"), items},
                                 {QStringLiteral("message"), conflict.message}});
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

QString csv(const QList<Conflict> &conflicts)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    writer.writeRow({QStringLiteral("date"), QStringLiteral("kind"), QStringLiteral("events"),
                     QStringLiteral("message")});
    for (const Conflict &conflict : conflicts)
        writer.writeRow({sql::dateText(conflict.day), Conflicts::key(conflict.kind),
                         joined(conflict.eventIds), printableText(conflict.message)});
    return QString::fromUtf8(buffer.data());
}

QString table(const QList<Conflict> &conflicts)
{
    if (conflicts.isEmpty())
        return Commands::tr("No conflicts.") % u'\n';
    QList<QStringList> rows{{Commands::tr("Date"), Commands::tr("Conflict"), Commands::tr("Events"),
                             Commands::tr("What")}};
    for (const Conflict &conflict : conflicts)
        rows.append({sql::dateText(conflict.day), Conflicts::name(conflict.kind),
                     joined(conflict.eventIds), printableText(conflict.message)});
    return consoleTable(rows);
}

} // namespace

QString checkConflictsUsage(const Invocation &invocation)
{
    if (invocation.arguments().size() > 1)
        return CommandLine::tr("Too many arguments: \"%1\". Use \"conflicts [EVENT]\".")
            .arg(invocation.arguments().mid(1).join(u' '));
    return {};
}

int runConflicts(const Invocation &invocation, Console &console)
{
    Database database;
    if (const int status = openExisting(database, invocation, console); status != ExitDone)
        return status;
    const QSqlDatabase db = database.connection();
    int eventId = 0;
    if (!invocation.arguments().isEmpty()) {
        const QString key = invocation.arguments().first();
        bool isNumber = false;
        eventId = key.toInt(&isNumber);
        if (!isNumber || eventId <= 0 || !sql::rowExists(db, QStringLiteral("events"), eventId)) {
            console.printError(
                Commands::tr("There is no event \"%1\"; \"exchange-planner events\" lists them.")
                    .arg(key));
            return ExitBadInput;
        }
    }
    QSqlError failed;
    const QString code = invocation.value(Option::Language);
    QList<Conflict> conflicts =
        Conflicts::find(db, code.isEmpty() ? languageOfLocale() : *languageFromCode(code), &failed);
    if (failed.isValid()) {
        console.printError(Database::describeFailure(db, failed));
        return ExitDatabaseProblem;
    }
    if (eventId > 0)
        conflicts = Conflicts::ofEvent(conflicts, eventId);
    const QString format = invocation.value(Option::Format);
    console.print(format == u"json"  ? json(conflicts)
                  : format == u"csv" ? csv(conflicts)
                                     : table(conflicts));
    return ExitDone;
}

} // namespace ep::cli
