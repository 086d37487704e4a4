#include "storage/participationrows.h"

#include "domain/field.h"

#include <QSqlQuery>

namespace ep {

QList<std::pair<int, Participation>> loadParticipations(const QSqlDatabase &db,
                                                        const QString &where,
                                                        const QList<sql::Binding> &bindings)
{
    const QList<const FieldDescription *> columns = participationColumns();
    QStringList names;
    for (const FieldDescription *field : columns)
        names.append(QLatin1String(field->column));
    QSqlQuery query(db);
    query.setForwardOnly(true);
    sql::run(query,
             u"SELECT id, event_id, person_id, "_qs % names.join(u", ") %
                 u" FROM participations "_qs % where % u" ORDER BY id"_qs,
             bindings);
    QList<std::pair<int, Participation>> rows;
    while (query.next()) {
        Participation participation;
        participation.id = query.value(0).toInt();
        participation.personId = query.value(2).toInt();
        for (int column = 0; column < columns.size(); ++column) {
            const FieldDescription &field = *columns[column];
            const QVariant value = query.value(3 + column);
            if (field.participationMoment)
                participation.*field.participationMoment = sql::dateTimeFrom(value);
            else
                participation.*field.participationText = value.toString();
        }
        rows.append({query.value(1).toInt(), participation});
    }
    return rows;
}

QSqlError writeParticipation(const QSqlDatabase &db, int eventId, Participation &participation)
{
    QList<sql::Binding> columns{{QStringLiteral(":event_id"), eventId},
                                {QStringLiteral(":person_id"), participation.personId}};
    for (const FieldDescription *field : participationColumns()) {
        const QString name = u':' % QLatin1String(field->column);
        if (field->participationMoment)
            columns.append({name, sql::dateTimeOrNull(participation.*field->participationMoment)});
        else
            columns.append({name, participation.*field->participationText});
    }
    return sql::writeRow(db, QStringLiteral("participations"), participation.id, columns);
}

} // namespace ep
