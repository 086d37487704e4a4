#include "storage/topicrepository.h"

#include "storage/searchindex.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCollator>
#include <QSqlQuery>

#include <algorithm>

namespace ep {

TopicRepository::TopicRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

std::optional<Topic> TopicRepository::load(int id) const
{
    QSqlQuery query(m_db);
    sql::run(query, QStringLiteral("SELECT name_de, name_pl, name_en FROM topics WHERE id = :id"),
             {{QStringLiteral(":id"), id}});
    if (!query.next())
        return std::nullopt;
    return Topic{id,
                 {query.value(0).toString(), query.value(1).toString(), query.value(2).toString()}};
}

QSqlError TopicRepository::save(Topic &topic)
{
    return writeIndexedRow(m_db, QStringLiteral("topics"), topic.id,
                           sql::localizedBindings(QStringLiteral("name"), topic.name));
}

RemovalImpact TopicRepository::impactOfRemoving(int id) const
{
    RemovalImpact impact;
    impact.eventsUnlinked =
        sql::count(m_db, QStringLiteral("SELECT count(*) FROM event_topics WHERE topic_id = :id"),
                   {{QStringLiteral(":id"), id}});
    return impact;
}

QSqlError TopicRepository::remove(int id, TopicRemoval *removal)
{
    if (removal) {
        removal->topic = load(id).value_or(Topic{});
        removal->eventIds =
            sql::ids(m_db, QStringLiteral("SELECT event_id FROM event_topics WHERE topic_id = :id"),
                     {{QStringLiteral(":id"), id}});
    }
    return sql::run(m_db, QStringLiteral("DELETE FROM topics WHERE id = :id"),
                    {{QStringLiteral(":id"), id}});
}

QSqlError TopicRepository::restore(const TopicRemoval &removal)
{
    Transaction transaction(m_db);
    Topic topic = removal.topic;
    QSqlError error = save(topic);
    for (int eventId : removal.eventIds) {
        if (error.isValid())
            break;
        error = sql::run(
            m_db, QStringLiteral("INSERT INTO event_topics (event_id, topic_id) VALUES (:e, :t)"),
            {{QStringLiteral(":e"), eventId}, {QStringLiteral(":t"), topic.id}});
    }
    if (!error.isValid() && !transaction.commit())
        error = transaction.error();
    return error;
}

QList<Topic> TopicRepository::all(Language language) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    QList<Topic> topics;
    if (!query.exec(QStringLiteral("SELECT id, name_de, name_pl, name_en FROM topics")))
        return topics;
    while (query.next()) {
        topics.append(Topic{
            query.value(0).toInt(),
            {query.value(1).toString(), query.value(2).toString(), query.value(3).toString()}});
    }
    // A handful of rows: sorted here with the language's own collation.
    QCollator collator{QLocale(languageCode(language))};
    std::sort(topics.begin(), topics.end(), [&](const Topic &a, const Topic &b) {
        return collator.compare(a.name.text(language), b.name.text(language)) < 0;
    });
    return topics;
}

} // namespace ep
