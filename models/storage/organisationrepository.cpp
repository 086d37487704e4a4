#include "storage/organisationrepository.h"

#include "storage/searchindex.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QSqlQuery>

namespace ep {

using sql::Binding;

OrganisationRepository::OrganisationRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

std::optional<Organisation> OrganisationRepository::load(int id) const
{
    QSqlQuery query(m_db);
    sql::run(query,
             QStringLiteral("SELECT name, short_name, kind, city, country, website "
                            "FROM organisations WHERE id = :id"),
             {{QStringLiteral(":id"), id}});
    if (!query.next())
        return std::nullopt;
    Organisation organisation;
    organisation.id = id;
    organisation.name = query.value(0).toString();
    organisation.shortName = query.value(1).toString();
    organisation.kind = query.value(2).toString();
    organisation.city = query.value(3).toString();
    organisation.country = query.value(4).toString();
    organisation.website = query.value(5).toString();
    return organisation;
}

QSqlError OrganisationRepository::save(Organisation &organisation)
{
    return writeIndexedRow(m_db, QStringLiteral("organisations"), organisation.id,
                           {{QStringLiteral(":name"), organisation.name},
                            {QStringLiteral(":short_name"), organisation.shortName},
                            {QStringLiteral(":kind"), organisation.kind},
                            {QStringLiteral(":city"), organisation.city},
                            {QStringLiteral(":country"), organisation.country},
                            {QStringLiteral(":website"), organisation.website}});
}

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

QSqlError OrganisationRepository::remove(int id, OrganisationRemoval *removal)
{
    if (removal) {
        const QList<Binding> byId{{QStringLiteral(":id"), id}};
        removal->organisation = load(id).value_or(Organisation{});
        removal->memberIds = sql::ids(
            m_db, QStringLiteral("SELECT id FROM people WHERE organisation_id = :id"), byId);
        removal->hostedEventIds = sql::ids(
            m_db, QStringLiteral("SELECT id FROM events WHERE host_organisation_id = :id"), byId);
        removal->hostedSiteIds = sql::ids(
            m_db, QStringLiteral("SELECT id FROM sites WHERE host_organisation_id = :id"), byId);
    }
    return sql::run(m_db, QStringLiteral("DELETE FROM organisations WHERE id = :id"),
                    {{QStringLiteral(":id"), id}});
}

QSqlError OrganisationRepository::restore(const OrganisationRemoval &removal)
{
    Transaction transaction(m_db);
    Organisation organisation = removal.organisation;
    QSqlError error = save(organisation);
    const auto relink = [&](const QString &statement, const QList<int> &ids) {
        for (int id : ids) {
            if (error.isValid())
                return;
            error = sql::run(
                m_db, statement,
                {{QStringLiteral(":organisation"), organisation.id}, {QStringLiteral(":id"), id}});
        }
    };
    relink(QStringLiteral("UPDATE people SET organisation_id = :organisation WHERE id = :id"),
           removal.memberIds);
    relink(QStringLiteral("UPDATE events SET host_organisation_id = :organisation WHERE id = :id"),
           removal.hostedEventIds);
    relink(QStringLiteral("UPDATE sites SET host_organisation_id = :organisation WHERE id = :id"),
           removal.hostedSiteIds);
    if (!error.isValid() && !transaction.commit())
        error = transaction.error();
    return error;
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
