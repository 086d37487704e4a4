#pragma once

#include "export/participantlist.h"

namespace ep {

// Who the sign-in sheets print: everyone who has not cancelled nor waits for
// a place. Those whose attendance was entered (attended, not shown) stay on
// them, so that a sheet printed again numbers its rows as before.
ParticipantFilter signInFilter();

// The rows of the sign-in sheet of `day` as printed and as the attendance
// grid and `attendance --present` number them (row i is number i + 1): the
// participants of `filter` present that day (arrival to departure) by last
// name, then the walk-ins of `document.attendance`, in the order they were
// entered. An invalid `day`: everyone on any day's sheet, in that order.
QList<ParticipantRow> signInRows(const EventDocument &document, QDate day,
                                 const ParticipantFilter &filter = signInFilter(),
                                 OrganisationNames names = OrganisationNames::Full);

} // namespace ep
