#pragma once

#include "domain/removal.h"
#include "domain/topic.h"
#include "storage/recordrepository.h"

#include <QSqlDatabase>
#include <QSqlError>

#include <optional>

namespace ep {

class TopicRepository final : public RecordRepository<Topic>
{
public:
    using RecordRepository::RecordRepository;

    RemovalImpact impactOfRemoving(int id) const;

    // Every topic, sorted by its name in `language`: for pickers.
    QList<Topic> all(Language language) const;
};

} // namespace ep
