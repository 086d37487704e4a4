#pragma once

#include "domain/event.h"
#include "domain/person.h"

namespace ep {

// One data row of an imported spreadsheet, decoded and checked: the person
// it names (without id and organisation id, which the writer finds), the
// name of their organisation, and for an event's participants how they take
// part (without ids).
struct ImportRow
{
    Person person;
    QString organisation;
    Participation participation;
};

} // namespace ep
