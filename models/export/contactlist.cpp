#include "export/contactlist.h"

#include "storage/personrepository.h"
#include "storage/versionedrows.h"

namespace ep {

ContactList ContactList::load(const QSqlDatabase &db, QSqlError *error)
{
    QSqlError failed;
    const auto fail = [&] {
        if (error)
            *error = failed;
        return ContactList{};
    };
    ContactList list;
    list.people = PersonRepository(db).contactPeople(&failed);
    if (failed.isValid())
        return fail();
    for (const Person &person : std::as_const(list.people)) {
        if (person.organisationId == 0 || list.organisations.contains(person.organisationId))
            continue;
        if (std::optional<Organisation> organisation =
                rows::load<Organisation>(db, person.organisationId, &failed))
            list.organisations.insert(person.organisationId, *organisation);
        if (failed.isValid())
            return fail();
    }
    if (error)
        *error = {};
    return list;
}

} // namespace ep
