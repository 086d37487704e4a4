#pragma once

#include "storage/statistics.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>

#include <optional>

namespace ep {

// The charts of the Statistics area, in the order of its tabs.
enum class StatisticsChart
{
    ExchangesPerYear, // events per year and kind
    ParticipantsPerCountry,
    ParticipantsPerOrganisation,
    AttendanceRate, // per year
    TopicsOverTime, // events per topic and year
    MostVisitedSites,
};

// The numbers behind one chart, as its table and its CSV show them: a row
// per category (a year, a country), a column per figure. The columns marked
// `charted` are the chart's bar sets, over its first `chartedRows`
// categories (the most visited sites, the organisations with the most
// participants: a chart of fifty bars is read by nobody).
struct ChartFigures
{
    enum class Shape
    {
        Bars,
        StackedBars,
        HorizontalBars,
    };
    struct Column
    {
        QString name;
        QList<std::optional<double>> values; // by category; none: not known
        bool charted = true;
        bool percent = false; // one decimal and "%"
    };

    StatisticsChart chart = StatisticsChart::ExchangesPerYear;
    QString title;           // "Exchanges per year and kind"
    QString subtitle;        // the period and kind, where the chart goes out alone
    QString categoryHeading; // "Year"
    QString valueAxis;       // "Events", "Attendance rate (%)"
    QStringList categories;
    QList<Column> columns;
    Shape shape = Shape::Bars;
    qsizetype chartedRows = -1; // -1: every category

    QStringList chartedCategories() const;
    // Whether the charted values are per cent (an axis up to 100).
    bool isPercent() const;
    bool isEmpty() const { return categories.isEmpty(); }
};

// Reads each chart's figures from the database, labelled in the window's
// language, and writes them as CSV.
class StatisticsFigures final
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsFigures)

public:
    static const QList<StatisticsChart> &charts();
    static QString title(StatisticsChart chart);
    // A short name for the chart's tab.
    static QString tabName(StatisticsChart chart);

    // Nothing, with `error`, when a query failed.
    static ChartFigures read(const QSqlDatabase &db, StatisticsChart chart,
                             const StatisticsFilter &filter, QSqlError *error = nullptr);

    // The header row and a row per category. In the form German and Polish
    // Excel opens (`excel`): semicolons, a byte order mark, and decimals
    // written as `locale` writes them; else RFC 4180 with decimal points.
    static QByteArray csv(const ChartFigures &figures, bool excel, const QLocale &locale);
    // A figure as the table shows it: "96.4" for a rate (its heading says
    // "%"), empty when not known.
    static QString shown(const ChartFigures::Column &column, qsizetype row, const QLocale &locale);

    // "01/01/2019 to 31/12/2020 · Study visit", "all events · All kinds".
    static QString described(const StatisticsFilter &filter, const QLocale &locale);
    // "Deutschland (DE)"; "(not known)" for no country.
    static QString countryName(const QString &code);
    // The event kind's label; the kind filter's "All kinds" for none.
    static QString kindName(const QString &code);
};

} // namespace ep
