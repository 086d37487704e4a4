#include "storage/organisationrepository.h"

#include "storage/sql.h"

#include <QSqlQuery>

namespace ep {

using sql::Binding;

RemovalImpact OrganisationRepository::impactOfRemoving(int id) const
{
    const QList<Binding> byId{{QStringLiteral(":id"), id}};
    RemovalImpact impact;
    impact.peopleUnlinked = sql::count(
        m_db, QStringLiteral("SELECT count(*) FROM people WHERE organisation_id = :id"), byId);
    impact.eventsUnlinked = sql::count(
        m_db, QStringLiteral("SELECT count(*) FROM events WHERE host_organisation_id = :id"), byId);
    impact.sitesUnlinked = sql::count(
        m_db, QStringLiteral("SELECT count(*) FROM sites WHERE host_organisation_id = :id"), byId);
    return impact;
}

QList<std::pair<int, QString>> OrganisationRepository::choices() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    QList<std::pair<int, QString>> result;
    if (!query.exec(QStringLiteral("SELECT id, name, short_name FROM organisations "
                                   "ORDER BY lower(name)")))
        return result;
    while (query.next()) {
        const QString shortName = query.value(2).toString();
        const QString name = query.value(1).toString();
        result.append(
            {query.value(0).toInt(), shortName.isEmpty() ? name : name % u" (" % shortName % u')'});
    }
    return result;
}

} // namespace ep
