#include "storage/eventrepository.h"

#include "storage/participationrows.h"
#include "storage/searchindex.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QSet>
#include <QSqlQuery>

namespace ep {

using sql::Binding;

namespace {

QList<Binding> byId(int id)
{
    return {{QStringLiteral(":id"), id}};
}

// Deletes the rows of `table` that belong to the event but whose id is not in `kept`.
QSqlError deleteRowsNotKept(const QSqlDatabase &db, const QString &table, int eventId,
                            const QSet<int> &kept)
{
    const QList<int> stored =
        sql::ids(db, u"SELECT id FROM "_qs % table % u" WHERE event_id = :id"_qs, byId(eventId));
    for (int id : stored) {
        if (kept.contains(id))
            continue;
        if (const QSqlError error =
                sql::run(db, u"DELETE FROM "_qs % table % u" WHERE id = :id"_qs, byId(id));
            error.isValid()) {
            return error;
        }
    }
    return {};
}

} // namespace

EventRepository::EventRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

std::optional<Event> EventRepository::load(int id) const
{
    QSqlQuery query(m_db);
    sql::run(query,
             u"SELECT kind, "_qs % sql::localizedColumns(QStringLiteral("title")) % u", "_qs %
                 sql::localizedColumns(QStringLiteral("description")) %
                 u", start_date, end_date, venue_city, venue_address, online_platform,"
                 u" online_link, host_organisation_id, languages, interpretation, capacity, status,"
                 u" funding_programme, project_number, funding_logo FROM events WHERE id = :id"_qs,
             byId(id));
    if (!query.next())
        return std::nullopt;
    Event event;
    event.id = id;
    event.kind = query.value(0).toString();
    event.title = {query.value(1).toString(), query.value(2).toString(), query.value(3).toString()};
    event.description = {query.value(4).toString(), query.value(5).toString(),
                         query.value(6).toString()};
    event.startDate = sql::dateFrom(query.value(7));
    event.endDate = sql::dateFrom(query.value(8));
    event.venueCity = query.value(9).toString();
    event.venueAddress = query.value(10).toString();
    event.onlinePlatform = query.value(11).toString();
    event.onlineLink = query.value(12).toString();
    event.hostOrganisationId = sql::idFrom(query.value(13));
    event.languages = query.value(14).toString();
    event.interpretation = query.value(15).toString();
    event.capacity = query.value(16).toInt();
    event.status = query.value(17).toString();
    event.fundingProgramme = query.value(18).toString();
    event.projectNumber = query.value(19).toString();
    event.fundingLogo = query.value(20).toByteArray();

    event.organiserIds =
        sql::ids(m_db,
                 QStringLiteral("SELECT person_id FROM event_organisers WHERE event_id = :id "
                                "ORDER BY position"),
                 byId(id));
    event.topicIds = sql::ids(
        m_db,
        QStringLiteral("SELECT topic_id FROM event_topics WHERE event_id = :id ORDER BY position"),
        byId(id));

    QSqlQuery items(m_db);
    items.setForwardOnly(true);
    sql::run(items,
             u"SELECT id, day, start_time, end_time, "_qs %
                 sql::localizedColumns(QStringLiteral("title")) %
                 u", kind, site_id, meeting_point, notes FROM agenda_items WHERE event_id = :id"
                 u" ORDER BY day, start_time, id"_qs,
             byId(id));
    while (items.next()) {
        AgendaItem item;
        item.id = items.value(0).toInt();
        item.day = sql::dateFrom(items.value(1));
        item.start = sql::timeFrom(items.value(2));
        item.end = sql::timeFrom(items.value(3));
        item.title = {items.value(4).toString(), items.value(5).toString(),
                      items.value(6).toString()};
        item.kind = items.value(7).toString();
        item.siteId = sql::idFrom(items.value(8));
        item.meetingPoint = items.value(9).toString();
        item.notes = items.value(10).toString();
        item.hostIds = sql::ids(m_db,
                                QStringLiteral("SELECT person_id FROM agenda_item_hosts "
                                               "WHERE agenda_item_id = :id ORDER BY position"),
                                byId(item.id));
        event.agenda.append(item);
    }

    for (const auto &row :
         loadParticipations(m_db, QStringLiteral("WHERE event_id = :id"), byId(id)))
        event.participants.append(row.second);
    return event;
}

QSqlError EventRepository::save(Event &event)
{
    QList<Binding> columns = sql::localizedBindings(QStringLiteral("title"), event.title);
    columns += sql::localizedBindings(QStringLiteral("description"), event.description);
    columns += {
        {QStringLiteral(":kind"), event.kind},
        {QStringLiteral(":start_date"), sql::dateOrNull(event.startDate)},
        {QStringLiteral(":end_date"), sql::dateOrNull(event.endDate)},
        {QStringLiteral(":venue_city"), event.venueCity},
        {QStringLiteral(":venue_address"), event.venueAddress},
        {QStringLiteral(":online_platform"), event.onlinePlatform},
        {QStringLiteral(":online_link"), event.onlineLink},
        {QStringLiteral(":host_organisation_id"), sql::idOrNull(event.hostOrganisationId)},
        {QStringLiteral(":languages"), event.languages},
        {QStringLiteral(":interpretation"), event.interpretation},
        {QStringLiteral(":capacity"), event.capacity},
        {QStringLiteral(":status"), event.status},
        {QStringLiteral(":funding_programme"), event.fundingProgramme},
        {QStringLiteral(":project_number"), event.projectNumber},
        // A null QByteArray binds as NULL: no logo.
        {QStringLiteral(":funding_logo"), event.fundingLogo},
    };

    // Written to a copy, so a failed save leaves `event` as the caller had it.
    Event written = event;
    Transaction transaction(m_db);
    QSqlError error = sql::writeRow(m_db, QStringLiteral("events"), written.id, columns);
    if (!error.isValid())
        error = updateSearchText(m_db, QStringLiteral("events"), written.id);
    if (!error.isValid())
        error = writeLinks(QStringLiteral("event_organisers"), QStringLiteral("person_id"),
                           written.id, written.organiserIds);
    if (!error.isValid())
        error = writeLinks(QStringLiteral("event_topics"), QStringLiteral("topic_id"), written.id,
                           written.topicIds);
    if (!error.isValid())
        error = writeAgenda(written.id, written.agenda);
    if (!error.isValid())
        error = writeParticipants(written.id, written.participants);
    if (!error.isValid() && !transaction.commit())
        error = transaction.error();
    if (!error.isValid())
        event = written;
    return error;
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

QSqlError EventRepository::writeAgenda(int eventId, QList<AgendaItem> &agenda)
{
    QSet<int> kept;
    for (const AgendaItem &item : agenda)
        kept.insert(item.id);
    if (const QSqlError error =
            deleteRowsNotKept(m_db, QStringLiteral("agenda_items"), eventId, kept);
        error.isValid()) {
        return error;
    }
    for (AgendaItem &item : agenda) {
        QList<Binding> columns = sql::localizedBindings(QStringLiteral("title"), item.title);
        columns += {
            {QStringLiteral(":event_id"), eventId},
            {QStringLiteral(":day"), sql::dateOrNull(item.day)},
            {QStringLiteral(":start_time"), sql::timeText(item.start)},
            {QStringLiteral(":end_time"), sql::timeText(item.end)},
            {QStringLiteral(":kind"), item.kind},
            {QStringLiteral(":site_id"), sql::idOrNull(item.siteId)},
            {QStringLiteral(":meeting_point"), item.meetingPoint},
            {QStringLiteral(":notes"), item.notes},
        };
        QSqlError error = sql::writeRow(m_db, QStringLiteral("agenda_items"), item.id, columns);
        if (!error.isValid()) {
            error = sql::run(
                m_db, QStringLiteral("DELETE FROM agenda_item_hosts WHERE agenda_item_id = :id"),
                byId(item.id));
        }
        for (int position = 0; position < item.hostIds.size() && !error.isValid(); ++position) {
            error = sql::run(m_db,
                             QStringLiteral("INSERT INTO agenda_item_hosts"
                                            " (agenda_item_id, person_id, position)"
                                            " VALUES (:item, :person, :position)"),
                             {{QStringLiteral(":item"), item.id},
                              {QStringLiteral(":person"), item.hostIds[position]},
                              {QStringLiteral(":position"), position}});
        }
        if (error.isValid())
            return error;
    }
    return {};
}

QSqlError EventRepository::writeParticipants(int eventId, QList<Participation> &participants)
{
    QSet<int> kept;
    for (const Participation &participation : participants)
        kept.insert(participation.id);
    if (const QSqlError error =
            deleteRowsNotKept(m_db, QStringLiteral("participations"), eventId, kept);
        error.isValid()) {
        return error;
    }
    for (Participation &participation : participants) {
        if (const QSqlError error = writeParticipation(m_db, eventId, participation);
            error.isValid()) {
            return error;
        }
    }
    return {};
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

QSqlError EventRepository::remove(int id, Event *removal)
{
    if (removal)
        *removal = load(id).value_or(Event{});
    return sql::run(m_db, QStringLiteral("DELETE FROM events WHERE id = :id"), byId(id));
}

QSqlError EventRepository::restore(const Event &removal)
{
    Event event = removal;
    return save(event);
}

QList<EventSummary> EventRepository::summaries() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    QList<EventSummary> result;
    if (!query.exec(u"SELECT id, kind, "_qs % sql::localizedColumns(QStringLiteral("title")) %
                    u", start_date, end_date, status FROM events ORDER BY start_date, id"_qs))
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
