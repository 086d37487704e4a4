#pragma once

#include "domain/organisation.h"
#include "domain/person.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>

namespace ep {

// The contact people with their organisations, as the contacts exports
// (CSV, vCard) write them.
struct ContactList
{
    QList<Person> people; // by last name
    QHash<int, Organisation> organisations;

    // Empty, with `error`, when a query failed.
    static ContactList load(const QSqlDatabase &db, QSqlError *error = nullptr);
};

} // namespace ep
