#include "commands.h"

#include "consoletable.h"
#include "csvwriter.h"
#include "database.h"
#include "demoprogramme.h"
#include "eventrepository.h"
#include "vocabulary.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cstdio>

namespace ep {
namespace {

class Commands final
{
    Q_DECLARE_TR_FUNCTIONS(Commands)

public:
    static int demo(const Invocation &invocation);
    static int events(const Invocation &invocation);
};

void printError(const QString &message)
{
    const QByteArray bytes = (message % u'\n').toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

void print(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

QString databasePath(const Invocation &invocation)
{
    return invocation.database.isEmpty() ? Database::defaultLocation() : invocation.database;
}

int exitStatusOf(const Database::OpenResult &result)
{
    return result.ok() ? ExitDone : ExitDatabaseProblem;
}

int Commands::demo(const Invocation &invocation)
{
    const QString path = databasePath(invocation);
    Database database;
    const Database::OpenResult opened = database.open(path);
    if (!opened.ok()) {
        printError(opened.message);
        return exitStatusOf(opened);
    }
    if (!database.holdsNoData()) {
        printError(tr("%1 already holds data; the demo programme is only written into a new "
                      "or empty database. Nothing was changed.")
                       .arg(path));
        return ExitBadInput;
    }
    QFile programme(QStringLiteral(":/demo/demo-programme.json"));
    if (!programme.open(QIODevice::ReadOnly)) {
        printError(tr("The demo programme is missing from this build."));
        return ExitBadInput;
    }
    if (const QString error = DemoProgramme::write(database.connection(), programme.readAll());
        !error.isEmpty()) {
        printError(error);
        return ExitDatabaseProblem;
    }
    const int eventCount = int(EventRepository(database.connection()).summaries().size());
    print(tr("Wrote the demo programme with %n event(s) to %1.", nullptr, eventCount).arg(path) %
          u'\n');
    return ExitDone;
}

int Commands::events(const Invocation &invocation)
{
    const QString path = databasePath(invocation);
    if (!QFileInfo::exists(path)) {
        printError(tr("There is no database at %1. Create one by starting the program, "
                      "or with \"exchange-planner demo --database %1\".")
                       .arg(path));
        return ExitDatabaseProblem;
    }
    Database database;
    const Database::OpenResult opened = database.open(path);
    if (!opened.ok()) {
        printError(opened.message);
        return exitStatusOf(opened);
    }
    const Language language = invocation.language.isEmpty()
                                  ? languageOfLocale()
                                  : languageFromCode(invocation.language).value();
    const QList<EventSummary> events = EventRepository(database.connection()).summaries();
    const QString format =
        invocation.format.isEmpty() ? QStringLiteral("table") : invocation.format;

    if (format == u"json") {
        QJsonArray array;
        for (const EventSummary &event : events) {
            array.append(QJsonObject{
                {QStringLiteral("id"), event.id},
                {QStringLiteral("kind"), event.kind},
                {QStringLiteral("title"), event.title.text(language)},
                {QStringLiteral("start"), event.startDate.toString(Qt::ISODate)},
                {QStringLiteral("end"), event.endDate.toString(Qt::ISODate)},
                {QStringLiteral("status"), event.status},
            });
        }
        print(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return ExitDone;
    }
    if (format == u"csv") {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return ExitBadInput;
        CsvWriter csv(&out);
        csv.writeRow({QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("title"),
                      QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("status")});
        for (const EventSummary &event : events) {
            csv.writeRow({QString::number(event.id), event.kind, event.title.text(language),
                          event.startDate.toString(Qt::ISODate),
                          event.endDate.toString(Qt::ISODate), event.status});
        }
        return ExitDone;
    }
    QList<QStringList> rows{
        {tr("ID"), tr("Kind"), tr("Title"), tr("Start"), tr("End"), tr("Status")}};
    for (const EventSummary &event : events) {
        rows.append({QString::number(event.id), vocabularyLabel(Vocabulary::EventKind, event.kind),
                     event.title.text(language), event.startDate.toString(Qt::ISODate),
                     event.endDate.toString(Qt::ISODate),
                     vocabularyLabel(Vocabulary::EventStatus, event.status)});
    }
    print(consoleTable(rows));
    return ExitDone;
}

} // namespace

int runCommand(const Invocation &invocation)
{
    if (invocation.command == u"demo")
        return Commands::demo(invocation);
    return Commands::events(invocation);
}

} // namespace ep
