#pragma once

#include "domain/language.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <optional>

namespace ep {

// What the partnership's figures are grouped by.
enum class StatisticsBy
{
    Year,         // of the event's first day
    Kind,         // study visit, webinar, workshop
    Country,      // the participant's, else their organisation's
    Organisation, // the participant's
    Topic,        // an event with two topics counts under both
    Site,         // the sites the agenda visits
};

// One group of the figures. Who is counted: participations registered,
// confirmed, attended or not shown (not those only invited, who cancelled or
// wait for a place); the attendance rate is attended of attended and not
// shown, where the attendance was entered.
struct StatisticsRow
{
    QString key;    // "2019", "study_visit", "PL", "Regionalverband Ruhr" …
    int events = 0; // of the group; for a site, the events that visit it
    int participations = 0;
    int people = 0; // different people among them
    int attended = 0;
    int noShow = 0;
    int visits = 0; // a site's agenda items visiting it; 0 for the other groupings

    // Attended of those whose attendance is known, in per cent; none when nobody's is.
    std::optional<double> attendanceRate() const;
};

// A group's figures in one year of the events' first days: "topics over
// time", the exchanges per year and kind.
struct StatisticsYearRow
{
    QString year; // "2019"
    StatisticsRow figures;
};

// Which events are counted: those whose first day lies from `from` to `to`
// (an invalid date: no limit), of `kind` (a code of Vocabulary::EventKind;
// empty: of every kind). Cancelled events never are.
struct StatisticsFilter
{
    QDate from;
    QDate to;
    QString kind;
};

// The partnership in figures (issue 17): the events that are not
// cancelled, from `from` to `to` (their first day; invalid dates: no limit),
// grouped as `by` says and sorted by key (a year, a country code) — topics,
// sites and organisations by name in `language`, kinds by code. Nothing,
// with `error`, when a query failed.
class Statistics final
{
public:
    static QList<StatisticsRow> of(const QSqlDatabase &db, StatisticsBy by, QDate from, QDate to,
                                   Language language, QSqlError *error = nullptr);
    static QList<StatisticsRow> of(const QSqlDatabase &db, StatisticsBy by,
                                   const StatisticsFilter &filter, Language language,
                                   QSqlError *error = nullptr);
    // The figures of every event the filter counts, as one row with an
    // empty key (visits aside: 0).
    static StatisticsRow total(const QSqlDatabase &db, const StatisticsFilter &filter,
                               QSqlError *error = nullptr);
    // The same figures for each year apart, sorted by key, then year; a
    // group without events in a year has no row for it.
    static QList<StatisticsYearRow> perYear(const QSqlDatabase &db, StatisticsBy by,
                                            const StatisticsFilter &filter, Language language,
                                            QSqlError *error = nullptr);

    // "year", "kind" …: the values of "stats --by".
    static QString key(StatisticsBy by);
    static std::optional<StatisticsBy> fromKey(const QString &key);
};

} // namespace ep
