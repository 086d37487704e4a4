#pragma once

#include "export/participantlist.h"

#include <QByteArray>
#include <QList>

namespace ep {

// The figures of an event a funder's report asks for. Participants are
// those the sign-in sheets print (signInRows(): all but who cancelled or
// waits for a place), walk-ins among them; "attended" and "no-show" are
// their statuses, which the entered sheets set (statusFromAttendance()),
// as `exchange-planner stats` counts them.
struct EvidenceTotals
{
    int participants = 0;
    int attended = 0;
    int noShow = 0;
    int walkIns = 0;
    int days = 0;
    int daysEntered = 0; // days with a sheet entered (the day's or a visit's)
};

// What participants are grouped by.
enum class EvidenceGrouping
{
    Country,      // the person's, else their organisation's (ISO code, "DE")
    Organisation, // in full
    Role,         // as the document's language names it
};

struct EvidenceCount
{
    EvidenceGrouping grouping;
    QString group; // "DE", "Regionalverband Ruhr", "Delegate"; a label for none
    int participants = 0;
    int attended = 0;
    int noShow = 0;
};

EvidenceTotals evidenceTotals(const EventDocument &document);

// The counts by country, then by organisation, then by role; within each,
// the largest group first, then by name.
QList<EvidenceCount> evidenceCounts(const EventDocument &document,
                                    const DocumentLanguage &language);

// "Country", "Organisation", "Role" in `language`.
QString groupingName(EvidenceGrouping grouping, const DocumentLanguage &language);

// The counts as CSV: grouped by, group, participants, attended, no-show.
QByteArray countsCsv(const QList<EvidenceCount> &counts, const DocumentLanguage &language,
                     const CsvOptions &options);

} // namespace ep
