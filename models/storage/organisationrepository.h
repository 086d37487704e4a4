#pragma once

#include "domain/organisation.h"
#include "domain/removal.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>

#include <optional>

namespace ep {

// Everything a deleted organisation took with it, so undo can bring it back.
struct OrganisationRemoval
{
    Organisation organisation;
    QList<int> memberIds; // people whose organisation it was
    QList<int> hostedEventIds;
    QList<int> hostedSiteIds;
};

class OrganisationRepository final
{
public:
    explicit OrganisationRepository(QSqlDatabase db);

    std::optional<Organisation> load(int id) const;
    QSqlError save(Organisation &organisation);

    RemovalImpact impactOfRemoving(int id) const;
    QSqlError remove(int id, OrganisationRemoval *removal = nullptr);
    QSqlError restore(const OrganisationRemoval &removal);

    // Every organisation as (id, "Name (SHORT)"), sorted by name: for pickers.
    QList<std::pair<int, QString>> choices() const;

private:
    QSqlDatabase m_db;
};

} // namespace ep
