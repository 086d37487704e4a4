#include "storage/statistics.h"

#include "storage/sql.h"

#include <QSqlQuery>

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

QString statement(StatisticsBy by, Language language)
{
    const QString period =
        QStringLiteral(" WHERE e.status <> 'cancelled' AND (:from = '' OR e.start_date >= :from)"
                       " AND (:to = '' OR e.start_date <= :to)");
    const QString counted =
        QStringLiteral(" t.status IN ('registered', 'confirmed', 'attended', 'no_show')");
    switch (by) {
    case StatisticsBy::Year:
        return u"SELECT substr(e.start_date, 1, 4) AS k, "_qs % participationFigures() %
               u" FROM events e LEFT JOIN participations t ON t.event_id = e.id"_qs % period %
               u" GROUP BY k ORDER BY k"_qs;
    case StatisticsBy::Kind:
        return u"SELECT e.kind AS k, "_qs % participationFigures() %
               u" FROM events e LEFT JOIN participations t ON t.event_id = e.id"_qs % period %
               u" GROUP BY k ORDER BY k"_qs;
    case StatisticsBy::Topic:
        return u"SELECT "_qs % nameIn(u"tp"_qs, language) % u" AS k, "_qs % participationFigures() %
               u" FROM events e JOIN event_topics et ON et.event_id = e.id"
               u" JOIN topics tp ON tp.id = et.topic_id"
               u" LEFT JOIN participations t ON t.event_id = e.id"_qs %
               period % u" GROUP BY k ORDER BY k"_qs;
    case StatisticsBy::Country:
        return u"SELECT UPPER(COALESCE(NULLIF(p.country, ''), o.country, '')) AS k, "_qs %
               participationFigures() %
               u" FROM events e JOIN participations t ON t.event_id = e.id"
               u" JOIN people p ON p.id = t.person_id"
               u" LEFT JOIN organisations o ON o.id = p.organisation_id"_qs %
               period % u" AND"_qs % counted % u" GROUP BY k ORDER BY k"_qs;
    case StatisticsBy::Organisation:
        return u"SELECT COALESCE(o.name, '') AS k, "_qs % participationFigures() %
               u" FROM events e JOIN participations t ON t.event_id = e.id"
               u" JOIN people p ON p.id = t.person_id"
               u" LEFT JOIN organisations o ON o.id = p.organisation_id"_qs %
               period % u" AND"_qs % counted % u" GROUP BY k ORDER BY k"_qs;
    case StatisticsBy::Site:
        break;
    }
    return u"SELECT "_qs % nameIn(u"s"_qs, language) %
           u" AS k, COUNT(DISTINCT e.id), 0, 0, 0, 0, COUNT(a.id)"
           u" FROM events e JOIN agenda_items a ON a.event_id = e.id"
           u" JOIN sites s ON s.id = a.site_id"_qs %
           period % u" AND a.kind = 'site_visit' GROUP BY k ORDER BY k"_qs;
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
    QSqlQuery query(db);
    const QSqlError failed = sql::run(query, statement(by, language),
                                      {{QStringLiteral(":from"), sql::dateText(from)},
                                       {QStringLiteral(":to"), sql::dateText(to)}});
    if (error)
        *error = failed;
    QList<StatisticsRow> rows;
    while (!failed.isValid() && query.next()) {
        StatisticsRow row;
        row.key = query.value(0).toString();
        row.events = query.value(1).toInt();
        row.participations = query.value(2).toInt();
        row.people = query.value(3).toInt();
        row.attended = query.value(4).toInt();
        row.noShow = query.value(5).toInt();
        row.visits = query.value(6).toInt();
        rows.append(row);
    }
    return rows;
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
