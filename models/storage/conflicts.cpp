#include "storage/conflicts.h"

#include "domain/localizedtext.h"
#include "domain/publicholidays.h"
#include "domain/vocabulary.h"
#include "storage/sql.h"

#include <QHash>
#include <QSqlQuery>
#include <QTime>

#include <algorithm>
#include <cmath>
#include <functional>

namespace ep {
namespace {

// "('registered', 'confirmed', 'attended')": those who come, for an IN.
QString comingList()
{
    return u"('"_qs % comingStatuses().join(u"', '") % u"')";
}

using Row = std::function<void(const QSqlQuery &)>;

QSqlError eachRow(const QSqlDatabase &db, const QString &statement, const Row &row)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (const QSqlError error = sql::run(query, statement); error.isValid())
        return error;
    while (query.next())
        row(query);
    return {};
}

// The text of three language columns starting at `column`.
QString textAt(const QSqlQuery &query, int column, Language language)
{
    return LocalizedText{query.value(column).toString(), query.value(column + 1).toString(),
                         query.value(column + 2).toString()}
        .text(language);
}

QString span(const QSqlQuery &query, int column)
{
    return query.value(column).toString() % u"–" % query.value(column + 1).toString();
}

int minutes(const QString &time)
{
    const QTime parsed = sql::timeFrom(time);
    return parsed.hour() * 60 + parsed.minute();
}

// The rules, one query each, adding to `found`.
class Finder
{
public:
    Finder(const QSqlDatabase &db, Language language)
        : m_db(db)
        , m_language(language)
    {}

    QSqlError run(QList<Conflict> &found);

private:
    QSqlError overlappingItems();
    QSqlError peopleInTwoEvents();
    QSqlError hostsOfTwoItems();
    QSqlError capacity();
    QSqlError travelTime();
    QSqlError closedSites();
    QSqlError holidays();

    QSqlDatabase m_db;
    Language m_language;
    QList<Conflict> m_found;
};

QSqlError Finder::run(QList<Conflict> &found)
{
    for (auto rule :
         {&Finder::overlappingItems, &Finder::peopleInTwoEvents, &Finder::hostsOfTwoItems,
          &Finder::capacity, &Finder::travelTime, &Finder::closedSites, &Finder::holidays}) {
        if (const QSqlError error = (this->*rule)(); error.isValid())
            return error;
    }
    std::stable_sort(m_found.begin(), m_found.end(),
                     [](const Conflict &a, const Conflict &b) { return a.day < b.day; });
    found = m_found;
    return {};
}

QSqlError Finder::overlappingItems()
{
    return eachRow(
        m_db,
        u"SELECT a.event_id, a.day, a.id, b.id, a.title_de, a.title_pl, a.title_en, a.start_time,"
        u" a.end_time, b.title_de, b.title_pl, b.title_en, b.start_time, b.end_time,"
        u" a.parallel_group, b.parallel_group FROM agenda_items a"
        u" JOIN agenda_items b ON b.event_id = a.event_id AND b.day = a.day AND b.id > a.id"
        u" AND a.start_time < b.end_time AND b.start_time < a.end_time"
        u" JOIN events e ON e.id = a.event_id"
        u" WHERE e.status <> 'cancelled' AND (a.parallel_group = '' OR b.parallel_group = ''"
        u" OR a.parallel_group = b.parallel_group)"_qs,
        [this](const QSqlQuery &row) {
            const QString group = row.value(14).toString().isEmpty() ? row.value(15).toString()
                                                                     : row.value(14).toString();
            const QString message =
                (group.isEmpty()
                     ? Conflicts::tr("\"%1\" (%2) and \"%3\" (%4) overlap.")
                     : Conflicts::tr("\"%1\" (%2) and \"%3\" (%4) overlap for group %5.")
                           .arg(u"%1"_qs, u"%2"_qs, u"%3"_qs, u"%4"_qs, group))
                    .arg(textAt(row, 4, m_language), span(row, 7), textAt(row, 9, m_language),
                         span(row, 12));
            m_found.append({Conflict::Kind::OverlappingItems,
                            sql::dateFrom(row.value(1)),
                            {row.value(0).toInt()},
                            {row.value(2).toInt(), row.value(3).toInt()},
                            message});
        });
}

QSqlError Finder::peopleInTwoEvents()
{
    return eachRow(
        m_db,
        u"SELECT n.first_name, n.last_name, e1.id, e1.start_date, e1.title_de, e1.title_pl,"
        u" e1.title_en, e2.id, e2.start_date, e2.title_de, e2.title_pl, e2.title_en"
        u" FROM participations p1"
        u" JOIN participations p2 ON p2.person_id = p1.person_id AND p2.event_id > p1.event_id"
        u" JOIN events e1 ON e1.id = p1.event_id JOIN events e2 ON e2.id = p2.event_id"
        u" JOIN people n ON n.id = p1.person_id"
        u" WHERE p1.status IN "_qs %
            comingList() % u" AND p2.status IN "_qs % comingList() %
            u" AND e1.status <> 'cancelled' AND e2.status <> 'cancelled'"
            u" AND e1.start_date <= e2.end_date AND e2.start_date <= e1.end_date"_qs,
        [this](const QSqlQuery &row) {
            const QDate day = std::max(sql::dateFrom(row.value(3)), sql::dateFrom(row.value(8)));
            m_found.append({Conflict::Kind::PersonInTwoPlaces,
                            day,
                            {row.value(2).toInt(), row.value(7).toInt()},
                            {},
                            Conflicts::tr("%1 %2 takes part in \"%3\" and \"%4\" at the same "
                                          "time.")
                                .arg(row.value(0).toString(), row.value(1).toString(),
                                     textAt(row, 4, m_language), textAt(row, 9, m_language))});
        });
}

// Each host's items by day and time, swept for overlaps: a self-join of the
// hosts took 15 s on 5,000 events whose few hosts host hundreds of items.
QSqlError Finder::hostsOfTwoItems()
{
    struct Hosted
    {
        int personId = 0;
        QString firstName;
        QString lastName;
        int eventId = 0;
        QDate day;
        int itemId = 0;
        QString title;
        QString start;
        QString end;
    };
    QList<Hosted> hosted;
    const QSqlError error = eachRow(
        m_db,
        u"SELECT h.person_id, n.first_name, n.last_name, i.event_id, i.day, i.id,"
        u" i.title_de, i.title_pl, i.title_en, i.start_time, i.end_time"
        u" FROM agenda_item_hosts h JOIN agenda_items i ON i.id = h.agenda_item_id"
        u" JOIN events e ON e.id = i.event_id JOIN people n ON n.id = h.person_id"
        u" WHERE e.status <> 'cancelled'"
        u" ORDER BY h.person_id, i.day, i.start_time, i.id"_qs,
        [this, &hosted](const QSqlQuery &row) {
            hosted.append({row.value(0).toInt(), row.value(1).toString(), row.value(2).toString(),
                           row.value(3).toInt(), sql::dateFrom(row.value(4)), row.value(5).toInt(),
                           textAt(row, 6, m_language), row.value(9).toString(),
                           row.value(10).toString()});
        });
    if (error.isValid())
        return error;
    for (qsizetype i = 0; i < hosted.size(); ++i) {
        const Hosted &first = hosted[i];
        for (qsizetype j = i + 1; j < hosted.size(); ++j) {
            const Hosted &second = hosted[j];
            if (second.personId != first.personId || second.day != first.day ||
                second.start >= first.end)
                break; // sorted by start: nothing later begins before `first` ends
            QList<int> events{first.eventId};
            if (second.eventId != first.eventId)
                events.append(second.eventId);
            m_found.append({Conflict::Kind::PersonInTwoPlaces,
                            first.day,
                            events,
                            {first.itemId, second.itemId},
                            Conflicts::tr("%1 %2 hosts \"%3\" (%4) and \"%5\" (%6) at once.")
                                .arg(first.firstName, first.lastName, first.title,
                                     first.start % u"–" % first.end, second.title,
                                     second.start % u"–" % second.end)});
        }
    }
    return {};
}

QSqlError Finder::capacity()
{
    return eachRow(m_db,
                   u"SELECT e.id, e.start_date, e.capacity, count(p.id) FROM events e"
                   u" JOIN participations p ON p.event_id = e.id AND p.status IN "_qs %
                       comingList() %
                       u" WHERE e.capacity > 0 AND e.status <> 'cancelled'"
                       u" GROUP BY e.id, e.start_date, e.capacity"
                       u" HAVING count(p.id) > e.capacity"_qs,
                   [this](const QSqlQuery &row) {
                       m_found.append({Conflict::Kind::CapacityExceeded,
                                       sql::dateFrom(row.value(1)),
                                       {row.value(0).toInt()},
                                       {},
                                       Conflicts::tr("%n people come to an event with %1 places.",
                                                     nullptr, row.value(3).toInt())
                                           .arg(row.value(2).toInt())});
                   });
}

QSqlError Finder::travelTime()
{
    struct Visit
    {
        int eventId = 0;
        QDate day;
        int start = 0;
        int end = 0;
        QString group;
        int itemId = 0;
        double latitude = 0;
        double longitude = 0;
        QString site;
    };
    QList<Visit> visits;
    const QSqlError error = eachRow(
        m_db,
        u"SELECT i.event_id, i.day, i.start_time, i.end_time, i.parallel_group, i.id,"
        u" s.latitude, s.longitude, s.name_de, s.name_pl, s.name_en"
        u" FROM agenda_items i JOIN sites s ON s.id = i.site_id"
        u" JOIN events e ON e.id = i.event_id"
        u" WHERE i.kind = 'site_visit' AND s.latitude IS NOT NULL AND s.longitude IS NOT NULL"
        u" AND e.status <> 'cancelled' ORDER BY i.event_id, i.day, i.start_time, i.id"_qs,
        [this, &visits](const QSqlQuery &row) {
            visits.append({row.value(0).toInt(), sql::dateFrom(row.value(1)),
                           minutes(row.value(2).toString()), minutes(row.value(3).toString()),
                           row.value(4).toString(), row.value(5).toInt(), row.value(6).toDouble(),
                           row.value(7).toDouble(), textAt(row, 8, m_language)});
        });
    if (error.isValid())
        return error;
    for (qsizetype i = 0; i < visits.size(); ++i) {
        const Visit &next = visits[i];
        // The visit before it that day for the same people: the same group,
        // or one of them for everyone.
        for (qsizetype j = i - 1; j >= 0; --j) {
            const Visit &before = visits[j];
            if (before.eventId != next.eventId || before.day != next.day)
                break;
            if (!before.group.isEmpty() && !next.group.isEmpty() && before.group != next.group)
                continue;
            const double km = Conflicts::distanceKm(before.latitude, before.longitude,
                                                    next.latitude, next.longitude);
            const int needed = int(std::ceil(km / Conflicts::travelSpeedKmh * 60));
            const int planned = next.start - before.end;
            if (planned < needed) {
                m_found.append(
                    {Conflict::Kind::TooLittleTravelTime,
                     next.day,
                     {next.eventId},
                     {before.itemId, next.itemId},
                     Conflicts::tr("%1 to %2: %3 km as the crow flies need at least %4 min at "
                                   "%5 km/h; %6 min are planned.")
                         .arg(before.site, next.site, QString::number(km, 'f', 1))
                         .arg(needed)
                         .arg(Conflicts::travelSpeedKmh)
                         .arg(planned)});
            }
            break;
        }
    }
    return {};
}

QSqlError Finder::closedSites()
{
    return eachRow(m_db,
                   u"SELECT i.event_id, i.day, i.id, s.opening_days, s.name_de, s.name_pl,"
                   u" s.name_en FROM agenda_items i JOIN sites s ON s.id = i.site_id"
                   u" JOIN events e ON e.id = i.event_id"
                   u" WHERE s.opening_days <> '' AND e.status <> 'cancelled'"_qs,
                   [this](const QSqlQuery &row) {
                       const QDate day = sql::dateFrom(row.value(1));
                       if (row.value(3).toString().contains(QString::number(day.dayOfWeek())))
                           return;
                       m_found.append(
                           {Conflict::Kind::SiteClosed,
                            day,
                            {row.value(0).toInt()},
                            {row.value(2).toInt()},
                            Conflicts::tr("%1 is not open on %2, %3.")
                                .arg(textAt(row, 4, m_language), QLocale().dayName(day.dayOfWeek()),
                                     QLocale().toString(day, QLocale::ShortFormat))});
                   });
}

QSqlError Finder::holidays()
{
    QHash<int, QList<PublicHoliday>> byYear;
    return eachRow(
        m_db, u"SELECT id, start_date, end_date FROM events WHERE status <> 'cancelled'"_qs,
        [&byYear, this](const QSqlQuery &row) {
            const QDate first = sql::dateFrom(row.value(1));
            QDate last = sql::dateFrom(row.value(2));
            if (!last.isValid() || last < first)
                last = first;
            for (QDate day = first; day.isValid() && day <= last; day = day.addDays(1)) {
                if (!byYear.contains(day.year()))
                    byYear.insert(day.year(), publicHolidays(day.year()));
                for (const PublicHoliday &holiday : byYear[day.year()]) {
                    if (holiday.day != day)
                        continue;
                    m_found.append({Conflict::Kind::PublicHoliday,
                                    day,
                                    {row.value(0).toInt()},
                                    {},
                                    Conflicts::tr("%1 is a public holiday in %2: %3.")
                                        .arg(QLocale().toString(day, QLocale::ShortFormat),
                                             holiday.country == u"DE" ? Conflicts::tr("Germany")
                                                                      : Conflicts::tr("Poland"),
                                             holiday.name)});
                }
            }
        });
}

} // namespace

QList<Conflict> Conflicts::find(const QSqlDatabase &db, Language language, QSqlError *error)
{
    QList<Conflict> found;
    const QSqlError failed = Finder(db, language).run(found);
    if (error)
        *error = failed;
    return failed.isValid() ? QList<Conflict>() : found;
}

QList<Conflict> Conflicts::ofEvent(const QList<Conflict> &all, int eventId)
{
    QList<Conflict> of;
    std::copy_if(all.cbegin(), all.cend(), std::back_inserter(of),
                 [eventId](const Conflict &each) { return each.eventIds.contains(eventId); });
    return of;
}

QString Conflicts::key(Conflict::Kind kind)
{
    switch (kind) {
    case Conflict::Kind::OverlappingItems:
        return QStringLiteral("overlapping_items");
    case Conflict::Kind::PersonInTwoPlaces:
        return QStringLiteral("person_in_two_places");
    case Conflict::Kind::CapacityExceeded:
        return QStringLiteral("capacity_exceeded");
    case Conflict::Kind::TooLittleTravelTime:
        return QStringLiteral("too_little_travel_time");
    case Conflict::Kind::SiteClosed:
        return QStringLiteral("site_closed");
    case Conflict::Kind::PublicHoliday:
        break;
    }
    return QStringLiteral("public_holiday");
}

QString Conflicts::name(Conflict::Kind kind)
{
    switch (kind) {
    case Conflict::Kind::OverlappingItems:
        return tr("Overlapping items");
    case Conflict::Kind::PersonInTwoPlaces:
        return tr("In two places at once");
    case Conflict::Kind::CapacityExceeded:
        return tr("Capacity exceeded");
    case Conflict::Kind::TooLittleTravelTime:
        return tr("Too little travel time");
    case Conflict::Kind::SiteClosed:
        return tr("Site closed");
    case Conflict::Kind::PublicHoliday:
        break;
    }
    return tr("Public holiday");
}

double Conflicts::distanceKm(double latitude1, double longitude1, double latitude2,
                             double longitude2)
{
    constexpr double radians = M_PI / 180;
    const double dLat = (latitude2 - latitude1) * radians;
    const double dLon = (longitude2 - longitude1) * radians;
    const double a = std::sin(dLat / 2) * std::sin(dLat / 2) +
                     std::cos(latitude1 * radians) * std::cos(latitude2 * radians) *
                         std::sin(dLon / 2) * std::sin(dLon / 2);
    return 6371 * 2 * std::atan2(std::sqrt(a), std::sqrt(1 - a));
}

} // namespace ep
