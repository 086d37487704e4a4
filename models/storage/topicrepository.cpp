#include "storage/topicrepository.h"

#include "storage/sql.h"

#include <QCollator>
#include <QSqlQuery>

#include <algorithm>

namespace ep {

RemovalImpact TopicRepository::impactOfRemoving(int id) const
{
    RemovalImpact impact;
    impact.eventsUnlinked =
        sql::count(m_db, QStringLiteral("SELECT count(*) FROM event_topics WHERE topic_id = :id"),
                   {{QStringLiteral(":id"), id}});
    return impact;
}

QList<Topic> TopicRepository::all(Language language) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    QList<Topic> topics;
    if (!query.exec(QStringLiteral("SELECT id, name_de, name_pl, name_en FROM topics")))
        return topics;
    while (query.next()) {
        Topic topic;
        topic.id = query.value(0).toInt();
        topic.name = {query.value(1).toString(), query.value(2).toString(),
                      query.value(3).toString()};
        topics.append(topic);
    }
    // A handful of rows: sorted here with the language's own collation.
    QCollator collator{QLocale(languageCode(language))};
    std::sort(topics.begin(), topics.end(), [&](const Topic &a, const Topic &b) {
        return collator.compare(a.name.text(language), b.name.text(language)) < 0;
    });
    return topics;
}

} // namespace ep
