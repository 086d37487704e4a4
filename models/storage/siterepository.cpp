#include "storage/siterepository.h"

#include "storage/searchindex.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCollator>
#include <QLocale>
#include <QSqlQuery>

#include <algorithm>

namespace ep {

SiteRepository::SiteRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

std::optional<Site> SiteRepository::load(int id) const
{
    QSqlQuery query(m_db);
    sql::run(query,
             QStringLiteral("SELECT name_de, name_pl, name_en, kind, street, postal_code, city,"
                            " country, latitude, longitude, description_de, description_pl,"
                            " description_en, host_organisation_id, contact_person_id,"
                            " accessibility FROM sites WHERE id = :id"),
             {{QStringLiteral(":id"), id}});
    if (!query.next())
        return std::nullopt;
    Site site;
    site.id = id;
    site.name = {query.value(0).toString(), query.value(1).toString(), query.value(2).toString()};
    site.kind = query.value(3).toString();
    site.street = query.value(4).toString();
    site.postalCode = query.value(5).toString();
    site.city = query.value(6).toString();
    site.country = query.value(7).toString();
    if (!query.value(8).isNull())
        site.latitude = query.value(8).toDouble();
    if (!query.value(9).isNull())
        site.longitude = query.value(9).toDouble();
    site.description = {query.value(10).toString(), query.value(11).toString(),
                        query.value(12).toString()};
    site.hostOrganisationId = sql::idFrom(query.value(13));
    site.contactPersonId = sql::idFrom(query.value(14));
    site.accessibility = query.value(15).toString();
    return site;
}

QSqlError SiteRepository::save(Site &site)
{
    const auto coordinate = [](const std::optional<double> &value) {
        return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
    };
    QList<sql::Binding> columns = sql::localizedBindings(QStringLiteral("name"), site.name);
    columns += sql::localizedBindings(QStringLiteral("description"), site.description);
    columns += {
        {QStringLiteral(":kind"), site.kind},
        {QStringLiteral(":street"), site.street},
        {QStringLiteral(":postal_code"), site.postalCode},
        {QStringLiteral(":city"), site.city},
        {QStringLiteral(":country"), site.country},
        {QStringLiteral(":latitude"), coordinate(site.latitude)},
        {QStringLiteral(":longitude"), coordinate(site.longitude)},
        {QStringLiteral(":host_organisation_id"), sql::idOrNull(site.hostOrganisationId)},
        {QStringLiteral(":contact_person_id"), sql::idOrNull(site.contactPersonId)},
        {QStringLiteral(":accessibility"), site.accessibility},
    };
    return writeIndexedRow(m_db, QStringLiteral("sites"), site.id, columns);
}

RemovalImpact SiteRepository::impactOfRemoving(int id) const
{
    RemovalImpact impact;
    impact.agendaItemsUnlinked =
        sql::count(m_db, QStringLiteral("SELECT count(*) FROM agenda_items WHERE site_id = :id"),
                   {{QStringLiteral(":id"), id}});
    return impact;
}

QSqlError SiteRepository::remove(int id, SiteRemoval *removal)
{
    if (removal) {
        removal->site = load(id).value_or(Site{});
        removal->agendaItemIds =
            sql::ids(m_db, QStringLiteral("SELECT id FROM agenda_items WHERE site_id = :id"),
                     {{QStringLiteral(":id"), id}});
    }
    return sql::run(m_db, QStringLiteral("DELETE FROM sites WHERE id = :id"),
                    {{QStringLiteral(":id"), id}});
}

QSqlError SiteRepository::restore(const SiteRemoval &removal)
{
    Transaction transaction(m_db);
    Site site = removal.site;
    QSqlError error = save(site);
    for (int itemId : removal.agendaItemIds) {
        if (error.isValid())
            break;
        error =
            sql::run(m_db, QStringLiteral("UPDATE agenda_items SET site_id = :s WHERE id = :id"),
                     {{QStringLiteral(":s"), site.id}, {QStringLiteral(":id"), itemId}});
    }
    if (!error.isValid() && !transaction.commit())
        error = transaction.error();
    return error;
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
