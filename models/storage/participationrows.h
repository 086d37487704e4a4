#pragma once

#include "domain/event.h"
#include "storage/sql.h"

namespace ep {

// Reading and writing participations rows, shared by the event repository
// (an event's participants) and the person repository (undoing the deletion
// of a person brings their participations back).

// (event id, participation) for every row matching `where`, e.g.
// "WHERE event_id = :id", in the order the rows were created.
QList<std::pair<int, Participation>> loadParticipations(const QSqlDatabase &db,
                                                        const QString &where,
                                                        const QList<sql::Binding> &bindings);

QSqlError writeParticipation(const QSqlDatabase &db, int eventId, Participation &participation);

} // namespace ep
