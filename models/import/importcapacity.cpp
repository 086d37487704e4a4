#include "import/importcapacity.h"

#include "domain/waitinglist.h"
#include "storage/sql.h"
#include "storage/sqldialect.h"

#include <QSqlQuery>

namespace ep {
namespace {

// Each participant's person and status, in the order they registered.
QList<Participation> statusesOf(const QSqlDatabase &db, int eventId, QSqlError *error)
{
    QSqlQuery query(db);
    *error = sql::run(query,
                      QStringLiteral("SELECT person_id, status FROM participations"
                                     " WHERE event_id = :event ORDER BY id"),
                      {{QStringLiteral(":event"), eventId}});
    QList<Participation> participants;
    while (!error->isValid() && query.next()) {
        Participation participation;
        participation.personId = query.value(0).toInt();
        participation.status = query.value(1).toString();
        participants.append(participation);
    }
    return participants;
}

} // namespace

QSqlError ImportCapacity::readBefore(const QSqlDatabase &db, int eventId)
{
    m_eventId = eventId;
    QSqlError error;
    m_capacity = sql::count(db, QStringLiteral("SELECT capacity FROM events WHERE id = :event"),
                            {{QStringLiteral(":event"), eventId}}, &error);
    if (!error.isValid() && m_capacity > 0)
        m_before = statusesOf(db, eventId, &error);
    return error;
}

QSqlError ImportCapacity::apply(const QSqlDatabase &db, ImportReport &report) const
{
    if (m_capacity <= 0)
        return {};
    QSqlError error;
    const QList<Participation> now = statusesOf(db, m_eventId, &error);
    if (error.isValid())
        return error;
    Event event;
    event.capacity = m_capacity;
    event.participants = now;
    Event before;
    before.capacity = m_capacity;
    before.participants = m_before;
    const WaitingListMoves moves = applyCapacity(event, before, now);
    // One statement for each way people moved, whatever their number.
    const QString update = u"UPDATE participations SET status = :status, version = version + 1"
                           u" WHERE event_id = :event AND person_id IN ("_qs %
                           dialect::idsOfJsonArray(dialectOf(db), QStringLiteral(":people")) % u')';
    for (const auto &[people, status] : {std::pair{moves.waitlisted, u"waitlisted"_qs},
                                         std::pair{moves.movedUp, u"confirmed"_qs}}) {
        if (people.isEmpty())
            continue;
        if (const QSqlError failed = sql::run(db, update,
                                              {{QStringLiteral(":status"), status},
                                               {QStringLiteral(":event"), m_eventId},
                                               {QStringLiteral(":people"), sql::idArray(people)}});
            failed.isValid())
            return failed;
    }
    report.capacity = m_capacity;
    report.waitlisted = int(moves.waitlisted.size());
    report.movedUp = int(moves.movedUp.size());
    return {};
}

} // namespace ep
