#pragma once

#include "domain/removal.h"
#include "domain/site.h"
#include "storage/eventlink.h"

#include <QSqlDatabase>
#include <QSqlError>

#include <optional>

namespace ep {

struct SiteRemoval
{
    Site site;
    QList<int> agendaItemIds; // items that visited the site
};

class SiteRepository final
{
public:
    explicit SiteRepository(QSqlDatabase db);

    std::optional<Site> load(int id) const;
    QSqlError save(Site &site);

    RemovalImpact impactOfRemoving(int id) const;
    QSqlError remove(int id, SiteRemoval *removal = nullptr);
    QSqlError restore(const SiteRemoval &removal);

    // Every site as (id, "Name, City"), sorted by the name in `language`.
    QList<std::pair<int, QString>> choices(Language language) const;

    // One link per day an event's agenda visits the site, newest first.
    QList<EventLink> visits(int siteId) const;

private:
    QSqlDatabase m_db;
};

} // namespace ep
