#include "storage/siterepository.h"

#include "storage/sql.h"

#include <QCollator>
#include <QLocale>
#include <QSqlQuery>

#include <algorithm>

namespace ep {

RemovalImpact SiteRepository::impactOfRemoving(int id) const
{
    RemovalImpact impact;
    impact.agendaItemsUnlinked =
        sql::count(m_db, QStringLiteral("SELECT count(*) FROM agenda_items WHERE site_id = :id"),
                   {{QStringLiteral(":id"), id}});
    return impact;
}

QList<std::pair<int, QString>> SiteRepository::choices(Language language) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    QList<std::pair<int, QString>> result;
    if (!query.exec(QStringLiteral("SELECT id, name_de, name_pl, name_en, city FROM sites")))
        return result;
    while (query.next()) {
        const LocalizedText name{query.value(1).toString(), query.value(2).toString(),
                                 query.value(3).toString()};
        const QString city = query.value(4).toString();
        const QString label = name.text(language);
        result.append({query.value(0).toInt(), city.isEmpty() ? label : label % u", " % city});
    }
    QCollator collator{QLocale(languageCode(language))};
    std::sort(result.begin(), result.end(), [&](const auto &a, const auto &b) {
        return collator.compare(a.second, b.second) < 0;
    });
    return result;
}

QList<EventLink> SiteRepository::visits(int siteId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    sql::run(query,
             QStringLiteral("SELECT DISTINCT e.id, e.kind, e.title_de, e.title_pl, e.title_en,"
                            " e.start_date, e.end_date, a.day"
                            " FROM agenda_items a JOIN events e ON e.id = a.event_id"
                            " WHERE a.site_id = :id ORDER BY a.day DESC, e.id"),
             {{QStringLiteral(":id"), siteId}});
    QList<EventLink> links;
    while (query.next()) {
        EventLink link = eventLinkFrom(query);
        link.day = sql::dateFrom(query.value(7));
        links.append(link);
    }
    return links;
}

} // namespace ep
