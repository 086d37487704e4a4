#pragma once

#include "domain/organisation.h"
#include "domain/removal.h"
#include "storage/recordrepository.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>

#include <optional>

namespace ep {

class OrganisationRepository final : public RecordRepository<Organisation>
{
public:
    using RecordRepository::RecordRepository;

    RemovalImpact impactOfRemoving(int id) const;

    // Every organisation as (id, "Name (SHORT)"), sorted by name: for pickers.
    QList<std::pair<int, QString>> choices() const;
};

} // namespace ep
