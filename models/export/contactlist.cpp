#include "export/contactlist.h"

#include "storage/organisationrepository.h"
#include "storage/personrepository.h"

namespace ep {

ContactList ContactList::load(const QSqlDatabase &db)
{
    ContactList list;
    list.people = PersonRepository(db).contactPeople();
    const OrganisationRepository organisations(db);
    for (const Person &person : std::as_const(list.people)) {
        if (person.organisationId == 0 || list.organisations.contains(person.organisationId))
            continue;
        if (std::optional<Organisation> organisation = organisations.load(person.organisationId))
            list.organisations.insert(person.organisationId, *organisation);
    }
    return list;
}

} // namespace ep
