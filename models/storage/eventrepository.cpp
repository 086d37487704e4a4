#include "storage/eventrepository.h"

#include "storage/sql.h"
#include "storage/transaction.h"

#include <QHash>
#include <QSqlQuery>

namespace ep {

using sql::Binding;

namespace {

QList<Binding> byId(int id)
{
    return {{QStringLiteral(":id"), id}};
}

// Adds a row's outcome to the save's: its stale rows, its first error.
void add(SaveResult &result, const SaveResult &step)
{
    if (!result.error.isValid())
        result.error = step.error;
    result.stale += step.stale;
}

using rows::withId;

} // namespace

std::optional<Event> EventRepository::load(int id, QSqlError *error) const
{
    QSqlError failed;
    std::optional<Event> event = loadWithoutParticipants(id, &failed);
    if (event && !failed.isValid())
        event->participants = participants(id, &failed);
    if (error)
        *error = failed;
    if (failed.isValid())
        return std::nullopt;
    return event;
}

QList<Participation> EventRepository::participants(int eventId, QSqlError *error) const
{
    return rows::loadAll<Participation>(m_db, QStringLiteral("WHERE event_id = :id ORDER BY id"),
                                        byId(eventId), error);
}

int EventRepository::participantCount(int eventId) const
{
    return sql::count(m_db,
                      QStringLiteral("SELECT count(*) FROM participations WHERE event_id = :id"),
                      byId(eventId));
}

std::optional<Event> EventRepository::loadWithoutParticipants(int id, QSqlError *error) const
{
    QSqlError failed;
    std::optional<Event> event = rows::load<Event>(m_db, id, &failed);
    const auto fail = [&](const QSqlError &reason) {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    if (failed.isValid())
        return fail(failed);
    if (!event)
        return std::nullopt;
    event->organiserIds =
        sql::ids(m_db,
                 QStringLiteral("SELECT person_id FROM event_organisers WHERE event_id = :id "
                                "ORDER BY position"),
                 byId(id), &failed);
    if (failed.isValid())
        return fail(failed);
    event->topicIds = sql::ids(
        m_db,
        QStringLiteral("SELECT topic_id FROM event_topics WHERE event_id = :id ORDER BY position"),
        byId(id), &failed);
    if (failed.isValid())
        return fail(failed);
    event->agenda = rows::loadAll<AgendaItem>(
        m_db, QStringLiteral("WHERE event_id = :id ORDER BY day, start_time, parallel_group, id"),
        byId(id), &failed);
    if (failed.isValid())
        return fail(failed);
    // Every host of the event's items in one query, not one per item.
    QSqlQuery hosts(m_db);
    hosts.setForwardOnly(true);
    if (failed = sql::run(hosts,
                          QStringLiteral("SELECT h.agenda_item_id, h.person_id"
                                         " FROM agenda_item_hosts h"
                                         " JOIN agenda_items a ON a.id = h.agenda_item_id"
                                         " WHERE a.event_id = :id ORDER BY h.position"),
                          byId(id));
        failed.isValid()) {
        return fail(failed);
    }
    QHash<int, QList<int>> hostsOfItem;
    while (hosts.next())
        hostsOfItem[hosts.value(0).toInt()].append(hosts.value(1).toInt());
    for (AgendaItem &item : event->agenda)
        item.hostIds = hostsOfItem.value(item.id);
    return event;
}

SaveResult EventRepository::save(Event &event, const Event &base)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return SaveResult::failed(transaction.error());
    // Written to a copy, so a refused save leaves `event` as the caller had it.
    Event written = event;
    SaveResult result;
    // Nothing loaded: a new event, or one brought back under its ids (redo
    // of its creation): every row is inserted.
    const bool isNew = base.id == 0;
    // Deleted by another writer: reported as such, whatever the user
    // changed. Checked, not inferred from the event's own row, which a save
    // of only agenda items or participants does not write: those would be
    // refused by a foreign key, an error that does not say the event is gone.
    if (!isNew && !sql::rowExists(m_db, QStringLiteral("events"), written.id)) {
        result.stale.append({QStringLiteral("events"), written.id, true});
        return result;
    }
    const bool organisersChanged = isNew || written.organiserIds != base.organiserIds;
    const bool topicsChanged = isNew || written.topicIds != base.topicIds;
    add(result, isNew ? rows::insert(m_db, written)
                      : rows::update(m_db, written, base, organisersChanged || topicsChanged));
    if (result.ok() && organisersChanged)
        result.error = writeLinks(QStringLiteral("event_organisers"), QStringLiteral("person_id"),
                                  written.id, written.organiserIds);
    if (result.ok() && topicsChanged)
        result.error = writeLinks(QStringLiteral("event_topics"), QStringLiteral("topic_id"),
                                  written.id, written.topicIds);
    if (!result.error.isValid()) {
        writeAgenda(written.id, written.agenda, isNew ? QList<AgendaItem>() : base.agenda, result);
        writeParticipants(written.id, written.participants,
                          isNew ? QList<Participation>() : base.participants, result);
    }
    if (result.ok() && !transaction.commit())
        result.error = transaction.error();
    if (result.ok())
        event = written;
    return result;
}

QSqlError EventRepository::save(Event &event)
{
    const std::optional<Event> stored = event.id > 0 ? load(event.id) : std::nullopt;
    if (!stored) {
        // New, or brought back under its old ids: everything is inserted.
        Event fresh = event;
        const SaveResult result = save(fresh, Event{});
        if (result.ok())
            event = fresh;
        return StaleMessages::asError(result);
    }
    if (event.version > 0 && event.version != stored->version)
        return StaleMessages::asError({{}, {{QStringLiteral("events"), event.id, false}}});
    return StaleMessages::asError(save(event, *stored));
}

QSqlError EventRepository::writeLinks(const QString &table, const QString &column, int eventId,
                                      const QList<int> &ids)
{
    if (const QSqlError error =
            sql::run(m_db, u"DELETE FROM "_qs % table % u" WHERE event_id = :id"_qs, byId(eventId));
        error.isValid()) {
        return error;
    }
    for (int position = 0; position < ids.size(); ++position) {
        const QSqlError error = sql::run(m_db,
                                         u"INSERT INTO "_qs % table % u" (event_id, "_qs % column %
                                             u", position) VALUES (:event, :other, :position)"_qs,
                                         {{QStringLiteral(":event"), eventId},
                                          {QStringLiteral(":other"), ids[position]},
                                          {QStringLiteral(":position"), position}});
        if (error.isValid())
            return error;
    }
    return {};
}

QSqlError EventRepository::writeHosts(const AgendaItem &item)
{
    if (const QSqlError error = sql::run(
            m_db, QStringLiteral("DELETE FROM agenda_item_hosts WHERE agenda_item_id = :id"),
            byId(item.id));
        error.isValid()) {
        return error;
    }
    for (int position = 0; position < item.hostIds.size(); ++position) {
        if (const QSqlError error = sql::run(m_db,
                                             QStringLiteral("INSERT INTO agenda_item_hosts"
                                                            " (agenda_item_id, person_id, position)"
                                                            " VALUES (:item, :person, :position)"),
                                             {{QStringLiteral(":item"), item.id},
                                              {QStringLiteral(":person"), item.hostIds[position]},
                                              {QStringLiteral(":position"), position}});
            error.isValid()) {
            return error;
        }
    }
    return {};
}

void EventRepository::writeAgenda(int eventId, QList<AgendaItem> &agenda,
                                  const QList<AgendaItem> &base, SaveResult &result)
{
    const QList<Binding> owner{{QStringLiteral(":event_id"), eventId}};
    for (const AgendaItem &loaded : base) {
        if (!withId(agenda, loaded.id))
            add(result, rows::remove(m_db, loaded));
    }
    for (AgendaItem &item : agenda) {
        if (result.error.isValid())
            return;
        const AgendaItem *loaded = item.id > 0 ? withId(base, item.id) : nullptr;
        const bool hostsChanged = !loaded || loaded->hostIds != item.hostIds;
        const SaveResult step = loaded ? rows::update(m_db, item, *loaded, hostsChanged)
                                       : rows::insert(m_db, item, owner);
        add(result, step);
        if (step.ok() && hostsChanged)
            result.error = writeHosts(item);
    }
}

void EventRepository::writeParticipants(int eventId, QList<Participation> &participants,
                                        const QList<Participation> &base, SaveResult &result)
{
    const QList<Binding> owner{{QStringLiteral(":event_id"), eventId}};
    for (const Participation &loaded : base) {
        if (!withId(participants, loaded.id))
            add(result, rows::remove(m_db, loaded));
    }
    for (Participation &participation : participants) {
        if (result.error.isValid())
            return;
        const Participation *loaded =
            participation.id > 0 ? withId(base, participation.id) : nullptr;
        add(result, loaded ? rows::update(m_db, participation, *loaded)
                           : rows::insert(m_db, participation, owner));
    }
}

QString EventRepository::stamp(int id) const
{
    const QString event = RecordRepository::stamp(id);
    if (event.isEmpty())
        return event;
    QSqlQuery query(m_db);
    const QString children = QStringLiteral(
        "count(*) || '/' || coalesce(sum(version), 0) || '/' || coalesce(max(id), 0)");
    if (sql::run(query,
                 u"SELECT (SELECT "_qs % children %
                     u" FROM agenda_items WHERE event_id = :id), (SELECT "_qs % children %
                     u" FROM participations WHERE event_id = :id)"_qs,
                 byId(id))
            .isValid() ||
        !query.next()) {
        return {};
    }
    return event % u'/' % query.value(0).toString() % u'/' % query.value(1).toString();
}

RemovalImpact EventRepository::impactOfRemoving(int id) const
{
    RemovalImpact impact;
    impact.agendaItems = sql::count(
        m_db, QStringLiteral("SELECT count(*) FROM agenda_items WHERE event_id = :id"), byId(id));
    impact.participations = sql::count(
        m_db, QStringLiteral("SELECT count(*) FROM participations WHERE event_id = :id"), byId(id));
    return impact;
}

QList<EventSummary> EventRepository::summaries(QSqlError *error) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    QList<EventSummary> result;
    const QSqlError failed = sql::run(
        query, u"SELECT id, kind, "_qs % sql::localizedColumns(QStringLiteral("title")) %
                   u", start_date, end_date, status FROM events ORDER BY start_date, id"_qs);
    if (error)
        *error = failed;
    if (failed.isValid())
        return result;
    while (query.next()) {
        EventSummary summary;
        summary.id = query.value(0).toInt();
        summary.kind = query.value(1).toString();
        summary.title = {query.value(2).toString(), query.value(3).toString(),
                         query.value(4).toString()};
        summary.startDate = sql::dateFrom(query.value(5));
        summary.endDate = sql::dateFrom(query.value(6));
        summary.status = query.value(7).toString();
        result.append(summary);
    }
    return result;
}

} // namespace ep
