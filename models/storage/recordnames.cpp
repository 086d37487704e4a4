#include "storage/recordnames.h"

#include "domain/person.h"
#include "storage/sql.h"
#include "storage/sqldialect.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace ep::recordnames {
namespace {

// A text kept in three languages: the wanted one, else the first other one held.
QString localizedName(const QString &column, Language language)
{
    QStringList candidates;
    for (Language candidate : fallbackOrder(language))
        candidates.append(u"NULLIF("_qs % column % u'_' % languageCode(candidate) % u", '')"_qs);
    return u"COALESCE("_qs % candidates.join(u", ") % u", '')"_qs;
}

// What SELECT returns as the name of row `r` of `table` (a person's: title,
// first and last name), and the FROM clause.
std::pair<QString, QString> nameQuery(const QString &table, Language language)
{
    const QString from = table % u" r"_qs;
    if (table == u"events" || table == u"agenda_items")
        return {localizedName(QStringLiteral("r.title"), language), from};
    if (table == u"sites" || table == u"topics")
        return {localizedName(QStringLiteral("r.name"), language), from};
    // A person's name is put together as everywhere (Person::displayName).
    const QString person = QStringLiteral("p.title, p.first_name, p.last_name");
    if (table == u"people")
        return {person, QStringLiteral("people p JOIN people r ON r.id = p.id")};
    if (table == u"participations")
        return {person, from % u" JOIN people p ON p.id = r.person_id"_qs};
    return {QStringLiteral("r.name"), from};
}

} // namespace

QHash<int, QString> of(const QSqlDatabase &db, const QString &table, const QList<int> &ids,
                       Language language)
{
    QHash<int, QString> names;
    if (ids.isEmpty())
        return names;
    const auto [name, from] = nameQuery(table, language);
    // The ids go in as one bound text, split by the database: one query for
    // any number.
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (sql::run(query,
                 u"SELECT r.id, "_qs % name % u" FROM "_qs % from % u" WHERE r.id IN ("_qs %
                     dialect::idsOfJsonArray(dialectOf(db), u":ids"_qs) % u')',
                 {{QStringLiteral(":ids"), sql::idArray(ids)}})
            .isValid()) {
        return names;
    }
    const bool isPerson = query.record().count() == 4;
    while (query.next()) {
        if (isPerson) {
            Person person;
            person.title = query.value(1).toString();
            person.firstName = query.value(2).toString();
            person.lastName = query.value(3).toString();
            names.insert(query.value(0).toInt(), person.displayName());
        } else {
            names.insert(query.value(0).toInt(), query.value(1).toString());
        }
    }
    return names;
}

QString of(const QSqlDatabase &db, const QString &table, int id, Language language)
{
    return of(db, table, QList<int>{id}, language).value(id);
}

} // namespace ep::recordnames
