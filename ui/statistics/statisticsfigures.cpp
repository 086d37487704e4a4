#include "statistics/statisticsfigures.h"

#include "csv/csvwriter.h"
#include "domain/vocabulary.h"

#include <QBuffer>

#include <algorithm>

namespace ep {
namespace {

using Figure = int StatisticsRow::*;

ChartFigures::Column column(const QString &name, const QList<StatisticsRow> &rows, Figure figure,
                            bool charted = true)
{
    ChartFigures::Column column{name, {}, charted};
    for (const StatisticsRow &row : rows)
        column.values.append(row.*figure);
    return column;
}

// The most first (by `figure`), then by key.
void sortByMost(QList<StatisticsRow> &rows, Figure figure)
{
    std::stable_sort(rows.begin(), rows.end(), [figure](const auto &a, const auto &b) {
        return a.*figure != b.*figure ? a.*figure > b.*figure : a.key.localeAwareCompare(b.key) < 0;
    });
}

// A column per group (kind, topic) of `rows`, a row per year; 0 where a
// group had no event in a year.
ChartFigures perYear(const QList<StatisticsYearRow> &rows, const QStringList &keys,
                     QString (*name)(const QString &))
{
    ChartFigures figures;
    for (const StatisticsYearRow &row : rows) {
        if (!figures.categories.contains(row.year))
            figures.categories.append(row.year);
    }
    figures.categories.sort();
    for (const QString &key : keys) {
        ChartFigures::Column column{name(key), {}};
        for (const QString &year : std::as_const(figures.categories)) {
            const auto found = std::find_if(rows.begin(), rows.end(), [&](const auto &row) {
                return row.year == year && row.figures.key == key;
            });
            column.values.append(found == rows.end() ? 0 : found->figures.events);
        }
        figures.columns.append(column);
    }
    return figures;
}

ChartFigures exchangesPerYear(const QSqlDatabase &db, const StatisticsFilter &filter,
                              QSqlError *error)
{
    const QList<StatisticsYearRow> rows =
        Statistics::perYear(db, StatisticsBy::Kind, filter, Language::English, error);
    const QStringList kinds =
        filter.kind.isEmpty() ? vocabularyCodes(Vocabulary::EventKind) : QStringList{filter.kind};
    ChartFigures figures = perYear(rows, kinds, &StatisticsFigures::kindName);
    ChartFigures::Column total{StatisticsFigures::tr("Total"), {}, false};
    for (qsizetype row = 0; row < figures.categories.size(); ++row) {
        double sum = 0;
        for (const ChartFigures::Column &kind : std::as_const(figures.columns))
            sum += kind.values[row].value_or(0);
        total.values.append(sum);
    }
    figures.columns.append(total);
    figures.shape = ChartFigures::Shape::StackedBars;
    figures.categoryHeading = StatisticsFigures::tr("Year");
    figures.valueAxis = StatisticsFigures::tr("Events");
    return figures;
}

// A row per topic, a column per year: long topic names read best beside
// their bars, and the years side by side show how each topic went on.
ChartFigures topicsOverTime(const QSqlDatabase &db, const StatisticsFilter &filter,
                            QSqlError *error)
{
    const QList<StatisticsYearRow> rows =
        Statistics::perYear(db, StatisticsBy::Topic, filter, languageOfLocale(), error);
    ChartFigures figures;
    QStringList years;
    for (const StatisticsYearRow &row : rows) {
        if (!figures.categories.contains(row.figures.key))
            figures.categories.append(row.figures.key);
        if (!years.contains(row.year))
            years.append(row.year);
    }
    years.sort();
    for (const QString &year : std::as_const(years)) {
        ChartFigures::Column column{year,
                                    QList<std::optional<double>>(figures.categories.size(), 0)};
        for (const StatisticsYearRow &row : rows) {
            if (row.year == year)
                column.values[figures.categories.indexOf(row.figures.key)] = row.figures.events;
        }
        figures.columns.append(column);
    }
    figures.categoryHeading = StatisticsFigures::tr("Topic");
    figures.valueAxis = StatisticsFigures::tr("Events");
    figures.shape = ChartFigures::Shape::HorizontalBars;
    return figures;
}

ChartFigures participantsPer(const QSqlDatabase &db, StatisticsBy by,
                             const StatisticsFilter &filter, QSqlError *error)
{
    QList<StatisticsRow> rows = Statistics::of(db, by, filter, languageOfLocale(), error);
    sortByMost(rows, &StatisticsRow::people);
    ChartFigures figures;
    for (const StatisticsRow &row : std::as_const(rows)) {
        if (by == StatisticsBy::Country)
            figures.categories.append(StatisticsFigures::countryName(row.key));
        else
            figures.categories.append(row.key.isEmpty() ? StatisticsFigures::tr("(no organisation)")
                                                        : row.key);
    }
    figures.columns = {
        column(StatisticsFigures::tr("People"), rows, &StatisticsRow::people),
        column(StatisticsFigures::tr("Participations"), rows, &StatisticsRow::participations),
        column(StatisticsFigures::tr("Attended"), rows, &StatisticsRow::attended, false),
        column(StatisticsFigures::tr("No-show"), rows, &StatisticsRow::noShow, false)};
    figures.valueAxis = StatisticsFigures::tr("Participants");
    if (by == StatisticsBy::Country) {
        figures.categoryHeading = StatisticsFigures::tr("Country");
    } else {
        figures.categoryHeading = StatisticsFigures::tr("Organisation");
        figures.shape = ChartFigures::Shape::HorizontalBars;
        figures.chartedRows = 12;
    }
    return figures;
}

ChartFigures attendanceRate(const QSqlDatabase &db, const StatisticsFilter &filter,
                            QSqlError *error)
{
    const QList<StatisticsRow> rows =
        Statistics::of(db, StatisticsBy::Year, filter, Language::English, error);
    ChartFigures figures;
    ChartFigures::Column rate{StatisticsFigures::tr("Attendance rate (%)"), {}};
    rate.percent = true;
    for (const StatisticsRow &row : rows) {
        figures.categories.append(row.key);
        rate.values.append(row.attendanceRate());
    }
    figures.columns = {
        rate, column(StatisticsFigures::tr("Attended"), rows, &StatisticsRow::attended, false),
        column(StatisticsFigures::tr("No-show"), rows, &StatisticsRow::noShow, false)};
    figures.categoryHeading = StatisticsFigures::tr("Year");
    figures.valueAxis = rate.name;
    return figures;
}

ChartFigures mostVisitedSites(const QSqlDatabase &db, const StatisticsFilter &filter,
                              QSqlError *error)
{
    QList<StatisticsRow> rows =
        Statistics::of(db, StatisticsBy::Site, filter, languageOfLocale(), error);
    sortByMost(rows, &StatisticsRow::visits);
    ChartFigures figures;
    for (const StatisticsRow &row : std::as_const(rows))
        figures.categories.append(row.key);
    figures.columns = {
        column(StatisticsFigures::tr("Visits"), rows, &StatisticsRow::visits),
        column(StatisticsFigures::tr("Events"), rows, &StatisticsRow::events, false)};
    figures.categoryHeading = StatisticsFigures::tr("Site");
    figures.valueAxis = StatisticsFigures::tr("Visits");
    figures.shape = ChartFigures::Shape::HorizontalBars;
    figures.chartedRows = 10;
    return figures;
}

} // namespace

QStringList ChartFigures::chartedCategories() const
{
    return chartedRows < 0 ? categories : categories.mid(0, chartedRows);
}

bool ChartFigures::isPercent() const
{
    return std::any_of(columns.begin(), columns.end(),
                       [](const Column &column) { return column.charted && column.percent; });
}

const QList<StatisticsChart> &StatisticsFigures::charts()
{
    static const QList<StatisticsChart> all{StatisticsChart::ExchangesPerYear,
                                            StatisticsChart::ParticipantsPerCountry,
                                            StatisticsChart::ParticipantsPerOrganisation,
                                            StatisticsChart::AttendanceRate,
                                            StatisticsChart::TopicsOverTime,
                                            StatisticsChart::MostVisitedSites};
    return all;
}

QString StatisticsFigures::title(StatisticsChart chart)
{
    switch (chart) {
    case StatisticsChart::ExchangesPerYear:
        return tr("Exchanges per year and kind");
    case StatisticsChart::ParticipantsPerCountry:
        return tr("Participants per country");
    case StatisticsChart::ParticipantsPerOrganisation:
        return tr("Participants per organisation");
    case StatisticsChart::AttendanceRate:
        return tr("Attendance rate per year");
    case StatisticsChart::TopicsOverTime:
        return tr("Events per topic and year");
    case StatisticsChart::MostVisitedSites:
        break;
    }
    return tr("The most visited sites");
}

QString StatisticsFigures::tabName(StatisticsChart chart)
{
    switch (chart) {
    case StatisticsChart::ExchangesPerYear:
        return tr("Exchanges");
    case StatisticsChart::ParticipantsPerCountry:
        return tr("Countries");
    case StatisticsChart::ParticipantsPerOrganisation:
        return tr("Organisations");
    case StatisticsChart::AttendanceRate:
        return tr("Attendance");
    case StatisticsChart::TopicsOverTime:
        return tr("Topics over time");
    case StatisticsChart::MostVisitedSites:
        break;
    }
    return tr("Sites");
}

ChartFigures StatisticsFigures::read(const QSqlDatabase &db, StatisticsChart chart,
                                     const StatisticsFilter &filter, QSqlError *error)
{
    QSqlError failed;
    ChartFigures figures;
    switch (chart) {
    case StatisticsChart::ExchangesPerYear:
        figures = exchangesPerYear(db, filter, &failed);
        break;
    case StatisticsChart::ParticipantsPerCountry:
        figures = participantsPer(db, StatisticsBy::Country, filter, &failed);
        break;
    case StatisticsChart::ParticipantsPerOrganisation:
        figures = participantsPer(db, StatisticsBy::Organisation, filter, &failed);
        break;
    case StatisticsChart::AttendanceRate:
        figures = attendanceRate(db, filter, &failed);
        break;
    case StatisticsChart::TopicsOverTime:
        figures = topicsOverTime(db, filter, &failed);
        break;
    case StatisticsChart::MostVisitedSites:
        figures = mostVisitedSites(db, filter, &failed);
        break;
    }
    if (error)
        *error = failed;
    if (failed.isValid())
        figures = {};
    figures.chart = chart;
    figures.title = title(chart);
    if (figures.chartedRows >= 0 && figures.categories.size() > figures.chartedRows) {
        figures.title = tr("%1 (the first %2 of %3)")
                            .arg(figures.title)
                            .arg(figures.chartedRows)
                            .arg(figures.categories.size());
    }
    return figures;
}

QByteArray StatisticsFigures::csv(const ChartFigures &figures, bool excel, const QLocale &locale)
{
    QLocale numbers = excel ? locale : QLocale::c();
    numbers.setNumberOptions(QLocale::OmitGroupSeparator);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, excel ? u';' : u',');
    if (excel)
        writer.writeBom();
    QStringList header{figures.categoryHeading};
    for (const ChartFigures::Column &column : figures.columns)
        header.append(column.name);
    writer.writeRow(header);
    for (qsizetype row = 0; row < figures.categories.size(); ++row) {
        QStringList cells{figures.categories[row]};
        for (const ChartFigures::Column &column : figures.columns) {
            const std::optional<double> value = column.values.value(row);
            cells.append(value ? numbers.toString(*value, 'f', column.percent ? 1 : 0) : QString());
        }
        writer.writeRow(cells);
    }
    return buffer.data();
}

QString StatisticsFigures::shown(const ChartFigures::Column &column, qsizetype row,
                                 const QLocale &locale)
{
    const std::optional<double> value = column.values.value(row);
    if (!value)
        return {};
    return locale.toString(*value, 'f', column.percent ? 1 : 0);
}

QString StatisticsFigures::described(const StatisticsFilter &filter, const QLocale &locale)
{
    const auto date = [&locale](QDate day) {
        return locale.toString(day, QLocale::ShortFormat);
    };
    QString period;
    if (filter.from.isValid() && filter.to.isValid())
        period = tr("%1 to %2").arg(date(filter.from), date(filter.to));
    else if (filter.from.isValid())
        period = tr("from %1").arg(date(filter.from));
    else if (filter.to.isValid())
        period = tr("until %1").arg(date(filter.to));
    else
        period = tr("all events");
    return period % u" · " % kindName(filter.kind);
}

QString StatisticsFigures::countryName(const QString &code)
{
    if (code.isEmpty())
        return tr("(not known)");
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    if (territory == QLocale::AnyTerritory)
        return code;
    // The country's own name, which both sides of a partnership read.
    return QLocale(QLocale::AnyLanguage, territory).nativeTerritoryName() % u" (" % code % u')';
}

QString StatisticsFigures::kindName(const QString &code)
{
    return code.isEmpty() ? tr("All kinds") : vocabularyLabel(Vocabulary::EventKind, code);
}

} // namespace ep
