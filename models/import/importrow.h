#pragma once

#include "domain/event.h"
#include "domain/field.h"
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
    qint64 line = 0; // where the row begins in the file

    // Whether the row's cell of `field` held a value: a re-import replaces
    // stored values with those only, not with the defaults of empty cells.
    bool gives(Field field) const { return m_given & bit(field); }
    void give(Field field) { m_given |= bit(field); }

private:
    static quint64 bit(Field field) { return quint64(1) << int(field); }
    static_assert(int(Field::ConsentPurpose) < 64, "a bit for each field");

    quint64 m_given = 0;
};

} // namespace ep
