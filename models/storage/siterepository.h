#pragma once

#include "domain/removal.h"
#include "domain/site.h"
#include "storage/eventlink.h"
#include "storage/recordrepository.h"

#include <QSqlDatabase>
#include <QSqlError>

#include <optional>

namespace ep {

class SiteRepository final : public RecordRepository<Site>
{
public:
    using RecordRepository::RecordRepository;

    RemovalImpact impactOfRemoving(int id) const;

    // Every site as (id, "Name, City"), sorted by the name in `language`.
    QList<std::pair<int, QString>> choices(Language language) const;

    // One link per day an event's agenda visits the site, newest first.
    QList<EventLink> visits(int siteId) const;
};

} // namespace ep
