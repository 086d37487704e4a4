#include "cli/statscommand.h"

#include "cli/console.h"
#include "cli/consoletable.h"
#include "cli/exitstatus.h"
#include "cli/invocation.h"
#include "cli/opendatabase.h"
#include "cli/trcontexts.h"
#include "csv/csvwriter.h"
#include "domain/documentlanguage.h"
#include "domain/vocabulary.h"
#include "storage/database.h"
#include "storage/statistics.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace ep::cli {
namespace {

// The figures of a row in the order of the columns (key aside).
QList<int> figures(const StatisticsRow &row, StatisticsBy by)
{
    if (by == StatisticsBy::Site)
        return {row.visits, row.events};
    return {row.events, row.participations, row.people, row.attended, row.noShow};
}

// The columns' machine names (CSV header, JSON keys) after "key".
QStringList figureKeys(StatisticsBy by)
{
    if (by == StatisticsBy::Site)
        return {QStringLiteral("visits"), QStringLiteral("events")};
    return {QStringLiteral("events"), QStringLiteral("participations"), QStringLiteral("people"),
            QStringLiteral("attended"), QStringLiteral("no_show")};
}

QString rate(const StatisticsRow &row)
{
    const std::optional<double> percent = row.attendanceRate();
    return percent ? QString::number(*percent, 'f', 1) : QString();
}

QString json(const QList<StatisticsRow> &rows, StatisticsBy by)
{
    QJsonArray array;
    for (const StatisticsRow &row : rows) {
        QJsonObject object{{QStringLiteral("key"), row.key}};
        const QList<int> values = figures(row, by);
        const QStringList keys = figureKeys(by);
        for (qsizetype i = 0; i < keys.size(); ++i)
            object.insert(keys[i], values[i]);
        if (by != StatisticsBy::Site) {
            const std::optional<double> percent = row.attendanceRate();
            object.insert(QStringLiteral("attendance_rate"),
                          percent ? QJsonValue(*percent) : QJsonValue());
        }
        array.append(object);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

QString csv(const QList<StatisticsRow> &rows, StatisticsBy by)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    QStringList header = QStringList{QStringLiteral("key")} + figureKeys(by);
    if (by != StatisticsBy::Site)
        header.append(QStringLiteral("attendance_rate"));
    writer.writeRow(header);
    for (const StatisticsRow &row : rows) {
        QStringList cells{row.key};
        for (int value : figures(row, by))
            cells.append(QString::number(value));
        if (by != StatisticsBy::Site)
            cells.append(rate(row));
        writer.writeRow(cells);
    }
    return QString::fromUtf8(buffer.data());
}

QString groupHeading(StatisticsBy by)
{
    switch (by) {
    case StatisticsBy::Year:
        return Commands::tr("Year");
    case StatisticsBy::Kind:
        return Commands::tr("Kind");
    case StatisticsBy::Country:
        return Commands::tr("Country");
    case StatisticsBy::Organisation:
        return Commands::tr("Organisation");
    case StatisticsBy::Topic:
        return Commands::tr("Topic");
    case StatisticsBy::Site:
        break;
    }
    return Commands::tr("Site");
}

QString table(const QList<StatisticsRow> &rows, StatisticsBy by, Language language)
{
    if (rows.isEmpty())
        return Commands::tr("No events in the period.") % u'\n';
    QStringList heading{groupHeading(by)};
    heading += by == StatisticsBy::Site
                   ? QStringList{Commands::tr("Visits"), Commands::tr("Events")}
                   : QStringList{Commands::tr("Events"),  Commands::tr("Participations"),
                                 Commands::tr("People"),  Commands::tr("Attended"),
                                 Commands::tr("No-show"), Commands::tr("Attendance")};
    QList<QStringList> lines{heading};
    const QLocale locale(languageCode(language)); // "96,4 %" in German and Polish
    for (const StatisticsRow &row : rows) {
        QString key = row.key;
        if (by == StatisticsBy::Kind)
            key = vocabularyLabel(Vocabulary::EventKind, row.key, DocumentLanguage(language));
        if (key.isEmpty())
            key = by == StatisticsBy::Organisation ? Commands::tr("(no organisation)")
                                                   : Commands::tr("(not known)");
        QStringList line{key};
        for (int value : figures(row, by))
            line.append(locale.toString(value));
        if (by != StatisticsBy::Site) {
            const std::optional<double> percent = row.attendanceRate();
            line.append(percent ? locale.toString(*percent, 'f', 1) % u" %" : QString());
        }
        lines.append(line);
    }
    return consoleTable(lines);
}

} // namespace

QString checkStatsUsage(const Invocation &invocation)
{
    if (!invocation.arguments().isEmpty())
        return CommandLine::tr("The command \"stats\" takes no argument \"%1\".")
            .arg(invocation.arguments().first());
    for (const Option option : {Option::From, Option::To}) {
        const QString value = invocation.value(option);
        if (invocation.isSet(option) && !QDate::fromString(value, Qt::ISODate).isValid()) {
            return CommandLine::tr("--%1 of \"stats\" takes a date, YYYY-MM-DD: \"%2\" is none.")
                .arg(optionName(option), value);
        }
    }
    return {};
}

int runStats(const Invocation &invocation, Console &console)
{
    Database database;
    if (const int status = openExisting(database, invocation, console); status != ExitDone)
        return status;
    const QSqlDatabase db = database.connection();
    const StatisticsBy by =
        Statistics::fromKey(invocation.value(Option::By)).value_or(StatisticsBy::Year);
    const QString code = invocation.value(Option::Language);
    const Language language = code.isEmpty() ? languageOfLocale() : *languageFromCode(code);
    QSqlError failed;
    const QList<StatisticsRow> rows = Statistics::of(
        db, by, QDate::fromString(invocation.value(Option::From), Qt::ISODate),
        QDate::fromString(invocation.value(Option::To), Qt::ISODate), language, &failed);
    if (failed.isValid()) {
        console.printError(Database::describeFailure(db, failed));
        return ExitDatabaseProblem;
    }
    const QString format = invocation.value(Option::Format);
    console.print(format == u"json"  ? json(rows, by)
                  : format == u"csv" ? csv(rows, by)
                                     : table(rows, by, language));
    return ExitDone;
}

} // namespace ep::cli
