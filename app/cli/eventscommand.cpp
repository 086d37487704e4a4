#include "cli/eventscommand.h"

#include "cli/console.h"
#include "cli/consoletable.h"
#include "cli/exitstatus.h"
#include "cli/invocation.h"
#include "cli/opendatabase.h"
#include "cli/trcontexts.h"
#include "csv/csvwriter.h"
#include "domain/texthygiene.h"
#include "domain/vocabulary.h"
#include "storage/database.h"
#include "storage/eventrepository.h"

#include <QBuffer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ep::cli {
namespace {

QString json(const QList<EventSummary> &events, Language language)
{
    QJsonArray array;
    for (const EventSummary &event : events) {
        array.append(QJsonObject{
            {QStringLiteral("id"), event.id},
            {QStringLiteral("kind"), event.kind},
            {QStringLiteral("title"), event.title.text(language)},
            {QStringLiteral("start"), sql::dateText(event.startDate)},
            {QStringLiteral("end"), sql::dateText(event.endDate)},
            {QStringLiteral("status"), event.status},
        });
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

QString csv(const QList<EventSummary> &events, Language language)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    writer.writeRow({QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("title"),
                     QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("status")});
    for (const EventSummary &event : events) {
        writer.writeRow({QString::number(event.id), event.kind,
                         printableText(event.title.text(language)), sql::dateText(event.startDate),
                         sql::dateText(event.endDate), event.status});
    }
    return QString::fromUtf8(buffer.data());
}

QString table(const QList<EventSummary> &events, Language language)
{
    QList<QStringList> rows{
        //: column headings of the events list: its status is planned, confirmed, held or cancelled
        {Commands::tr("ID"), Commands::tr("Kind"), Commands::tr("Title"), Commands::tr("Start"),
         Commands::tr("End"), Commands::tr("Status")}};
    for (const EventSummary &event : events) {
        rows.append({QString::number(event.id), vocabularyLabel(Vocabulary::EventKind, event.kind),
                     printableText(event.title.text(language)), sql::dateText(event.startDate),
                     sql::dateText(event.endDate),
                     vocabularyLabel(Vocabulary::EventStatus, event.status)});
    }
    return consoleTable(rows);
}

} // namespace

int runEvents(const Invocation &invocation, Console &console)
{
    const QString path = databasePath(invocation);
    if (!databaseExists(path)) {
        console.printError(
            Commands::tr("There is no database at %1. Create one by starting the program, "
                         "or with \"exchange-planner demo --database %1\".")
                .arg(path));
        return ExitDatabaseProblem;
    }
    Database database;
    if (const int status = openDatabase(database, path, console); status != ExitDone)
        return status;
    const QString code = invocation.value(Option::Language);
    const Language language = code.isEmpty() ? languageOfLocale() : *languageFromCode(code);
    QSqlError failed;
    const QList<EventSummary> events = EventRepository(database.connection()).summaries(&failed);
    if (failed.isValid()) {
        console.printError(Database::describeFailure(database.connection(), failed));
        return ExitDatabaseProblem;
    }
    const QString format = invocation.value(Option::Format);
    console.print(format == u"json"  ? json(events, language)
                  : format == u"csv" ? csv(events, language)
                                     : table(events, language));
    return ExitDone;
}

} // namespace ep::cli
