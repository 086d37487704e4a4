#include "storage/statistics.h"

#include "storage/sql.h"

#include <QSqlQuery>

#include <functional>

namespace ep {
namespace {

constexpr StatisticsBy allGroupings[] = {StatisticsBy::Year,    StatisticsBy::Kind,
                                         StatisticsBy::Country, StatisticsBy::Organisation,
                                         StatisticsBy::Topic,   StatisticsBy::Site};

// A name held in three languages, in `language` where it has one, else in
// the fallback order (domain/language.h).
QString nameIn(const QString &table, Language language)
{
    QStringList columns;
    for (Language each : fallbackOrder(language))
        columns.append(u"NULLIF("_qs % table % u".name_"_qs % languageCode(each) % u", '')"_qs);
    return u"COALESCE("_qs % columns.join(u", ") % u", '')"_qs;
}

// The columns of StatisticsRow after its key, from the events `e` and their
// participations `t`, for every grouping but by site.
QString participationFigures()
{
    return QStringLiteral(
        "COUNT(DISTINCT e.id),"
        " SUM(CASE WHEN t.status IN ('registered', 'confirmed', 'attended', 'no_show')"
        " THEN 1 ELSE 0 END),"
        " COUNT(DISTINCT CASE WHEN t.status IN ('registered', 'confirmed', 'attended', 'no_show')"
        " THEN t.person_id END),"
        " SUM(CASE WHEN t.status = 'attended' THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN t.status = 'no_show' THEN 1 ELSE 0 END), 0");
}

// What a grouping selects as its key, the tables it joins to the events
// `e`, and what it adds to the condition.
struct Grouping
{
    QString key;
    QString from;
    QString where;
    QString figures = participationFigures();
};

Grouping groupingOf(StatisticsBy by, Language language)
{
    const QString withParticipations =
        QStringLiteral(" LEFT JOIN participations t ON t.event_id = e.id");
    const QString counted =
        QStringLiteral(" AND t.status IN ('registered', 'confirmed', 'attended', 'no_show')");
    const QString people = QStringLiteral(" JOIN participations t ON t.event_id = e.id"
                                          " JOIN people p ON p.id = t.person_id"
                                          " LEFT JOIN organisations o ON o.id = p.organisation_id");
    switch (by) {
    case StatisticsBy::Year:
        return {u"substr(e.start_date, 1, 4)"_qs, withParticipations, {}};
    case StatisticsBy::Kind:
        return {u"e.kind"_qs, withParticipations, {}};
    case StatisticsBy::Topic:
        return {nameIn(u"tp"_qs, language),
                u" JOIN event_topics et ON et.event_id = e.id"
                u" JOIN topics tp ON tp.id = et.topic_id"_qs %
                    withParticipations,
                {}};
    case StatisticsBy::Country:
        return {u"UPPER(COALESCE(NULLIF(p.country, ''), o.country, ''))"_qs, people, counted};
    case StatisticsBy::Organisation:
        return {u"COALESCE(o.name, '')"_qs, people, counted};
    case StatisticsBy::Site:
        break;
    }
    return {nameIn(u"s"_qs, language),
            u" JOIN agenda_items a ON a.event_id = e.id JOIN sites s ON s.id = a.site_id"_qs,
            u" AND a.kind = 'site_visit'"_qs, u"COUNT(DISTINCT e.id), 0, 0, 0, 0, COUNT(a.id)"_qs};
}

enum class Rows
{
    PerGroup,
    PerGroupAndYear, // the year in a column after the figures
    Total,           // one row, of every event counted
};

// The key, the figures of StatisticsRow and, per year, the year last.
QString statement(StatisticsBy by, Language language, Rows rows)
{
    Grouping grouping = groupingOf(by, language);
    QString groups = rows == Rows::PerGroupAndYear ? u" GROUP BY k, y ORDER BY k, y"_qs
                                                   : u" GROUP BY k ORDER BY k"_qs;
    if (rows == Rows::Total) {
        grouping.key = u"''"_qs;
        groups.clear();
    }
    const QString year =
        rows == Rows::PerGroupAndYear ? u", substr(e.start_date, 1, 4) AS y"_qs : QString();
    return u"SELECT "_qs % grouping.key % u" AS k, "_qs % grouping.figures % year %
           u" FROM events e"_qs % grouping.from %
           u" WHERE e.status <> 'cancelled' AND (:from = '' OR e.start_date >= :from)"
           u" AND (:to = '' OR e.start_date <= :to) AND (:kind = '' OR e.kind = :kind)"_qs %
           grouping.where % groups;
}

// Runs the statement of `by` and hands each result row to `take`.
QSqlError select(const QSqlDatabase &db, StatisticsBy by, const StatisticsFilter &filter,
                 Language language, Rows rows,
                 const std::function<void(const QSqlQuery &, StatisticsRow)> &take)
{
    QSqlQuery query(db);
    const QSqlError failed = sql::run(query, statement(by, language, rows),
                                      {{QStringLiteral(":from"), sql::dateText(filter.from)},
                                       {QStringLiteral(":to"), sql::dateText(filter.to)},
                                       {QStringLiteral(":kind"), filter.kind}});
    while (!failed.isValid() && query.next()) {
        StatisticsRow row;
        row.key = query.value(0).toString();
        row.events = query.value(1).toInt();
        row.participations = query.value(2).toInt();
        row.people = query.value(3).toInt();
        row.attended = query.value(4).toInt();
        row.noShow = query.value(5).toInt();
        row.visits = query.value(6).toInt();
        take(query, row);
    }
    return failed;
}

} // namespace

std::optional<double> StatisticsRow::attendanceRate() const
{
    if (attended + noShow == 0)
        return std::nullopt;
    return 100.0 * attended / (attended + noShow);
}

QList<StatisticsRow> Statistics::of(const QSqlDatabase &db, StatisticsBy by, QDate from, QDate to,
                                    Language language, QSqlError *error)
{
    return of(db, by, StatisticsFilter{from, to, {}}, language, error);
}

QList<StatisticsRow> Statistics::of(const QSqlDatabase &db, StatisticsBy by,
                                    const StatisticsFilter &filter, Language language,
                                    QSqlError *error)
{
    QList<StatisticsRow> rows;
    const QSqlError failed =
        select(db, by, filter, language, Rows::PerGroup,
               [&rows](const QSqlQuery &, StatisticsRow row) { rows.append(std::move(row)); });
    if (error)
        *error = failed;
    return failed.isValid() ? QList<StatisticsRow>() : rows;
}

StatisticsRow Statistics::total(const QSqlDatabase &db, const StatisticsFilter &filter,
                                QSqlError *error)
{
    StatisticsRow total;
    const QSqlError failed =
        select(db, StatisticsBy::Year, filter, Language::English, Rows::Total,
               [&total](const QSqlQuery &, StatisticsRow row) { total = std::move(row); });
    if (error)
        *error = failed;
    return failed.isValid() ? StatisticsRow() : total;
}

QList<StatisticsYearRow> Statistics::perYear(const QSqlDatabase &db, StatisticsBy by,
                                             const StatisticsFilter &filter, Language language,
                                             QSqlError *error)
{
    QList<StatisticsYearRow> rows;
    const QSqlError failed = select(db, by, filter, language, Rows::PerGroupAndYear,
                                    [&rows](const QSqlQuery &query, StatisticsRow row) {
                                        rows.append({query.value(7).toString(), std::move(row)});
                                    });
    if (error)
        *error = failed;
    return failed.isValid() ? QList<StatisticsYearRow>() : rows;
}

QString Statistics::key(StatisticsBy by)
{
    switch (by) {
    case StatisticsBy::Year:
        return QStringLiteral("year");
    case StatisticsBy::Kind:
        return QStringLiteral("kind");
    case StatisticsBy::Country:
        return QStringLiteral("country");
    case StatisticsBy::Organisation:
        return QStringLiteral("organisation");
    case StatisticsBy::Topic:
        return QStringLiteral("topic");
    case StatisticsBy::Site:
        break;
    }
    return QStringLiteral("site");
}

std::optional<StatisticsBy> Statistics::fromKey(const QString &key)
{
    for (StatisticsBy by : allGroupings) {
        if (Statistics::key(by) == key)
            return by;
    }
    return std::nullopt;
}

} // namespace ep
