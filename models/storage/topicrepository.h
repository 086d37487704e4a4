#pragma once

#include "domain/removal.h"
#include "domain/topic.h"

#include <QSqlDatabase>
#include <QSqlError>

#include <optional>

namespace ep {

struct TopicRemoval
{
    Topic topic;
    QList<int> eventIds; // events that named the topic
};

class TopicRepository final
{
public:
    explicit TopicRepository(QSqlDatabase db);

    std::optional<Topic> load(int id) const;
    QSqlError save(Topic &topic);

    RemovalImpact impactOfRemoving(int id) const;
    QSqlError remove(int id, TopicRemoval *removal = nullptr);
    QSqlError restore(const TopicRemoval &removal);

    // Every topic, sorted by its name in `language`: for pickers.
    QList<Topic> all(Language language) const;

private:
    QSqlDatabase m_db;
};

} // namespace ep
