#pragma once

#include "domain/organisation.h"
#include "domain/person.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace ep {

// The contact people with their organisations, as the contacts exports
// (CSV, vCard) write them.
struct ContactList
{
    QList<Person> people; // by last name
    QHash<int, Organisation> organisations;

    static ContactList load(const QSqlDatabase &db);
};

} // namespace ep
