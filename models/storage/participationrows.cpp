#include "storage/participationrows.h"

#include <QSqlQuery>

namespace ep {

QList<std::pair<int, Participation>> loadParticipations(const QSqlDatabase &db,
                                                        const QString &where,
                                                        const QList<sql::Binding> &bindings)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    sql::run(query,
             u"SELECT id, event_id, person_id, role, status, delegation, arrival, departure,"
             u" dietary_needs, accessibility_needs, notes FROM participations "_qs %
                 where % u" ORDER BY id"_qs,
             bindings);
    QList<std::pair<int, Participation>> rows;
    while (query.next()) {
        Participation participation;
        participation.id = query.value(0).toInt();
        participation.personId = query.value(2).toInt();
        participation.role = query.value(3).toString();
        participation.status = query.value(4).toString();
        participation.delegation = query.value(5).toString();
        participation.arrival = sql::dateTimeFrom(query.value(6));
        participation.departure = sql::dateTimeFrom(query.value(7));
        participation.dietaryNeeds = query.value(8).toString();
        participation.accessibilityNeeds = query.value(9).toString();
        participation.notes = query.value(10).toString();
        rows.append({query.value(1).toInt(), participation});
    }
    return rows;
}

QSqlError writeParticipation(const QSqlDatabase &db, int eventId, Participation &participation)
{
    return sql::writeRow(
        db, QStringLiteral("participations"), participation.id,
        {{QStringLiteral(":event_id"), eventId},
         {QStringLiteral(":person_id"), participation.personId},
         {QStringLiteral(":role"), participation.role},
         {QStringLiteral(":status"), participation.status},
         {QStringLiteral(":delegation"), participation.delegation},
         {QStringLiteral(":arrival"), sql::dateTimeOrNull(participation.arrival)},
         {QStringLiteral(":departure"), sql::dateTimeOrNull(participation.departure)},
         {QStringLiteral(":dietary_needs"), participation.dietaryNeeds},
         {QStringLiteral(":accessibility_needs"), participation.accessibilityNeeds},
         {QStringLiteral(":notes"), participation.notes}});
}

} // namespace ep
