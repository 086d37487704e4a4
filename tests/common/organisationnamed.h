#pragma once

#include "domain/organisation.h"

namespace ep::test {

// An organisation with the fields a calendar or an address card names, the
// letterhead's left empty.
inline Organisation organisationNamed(int id, const QString &name, const QString &shortName,
                                      const QString &kind, const QString &city,
                                      const QString &country)
{
    Organisation organisation;
    organisation.id = id;
    organisation.name = name;
    organisation.shortName = shortName;
    organisation.kind = kind;
    organisation.city = city;
    organisation.country = country;
    return organisation;
}

} // namespace ep::test
