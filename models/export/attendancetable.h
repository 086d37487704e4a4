#pragma once

#include "export/participantlist.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace ep {

// One participant's line of the attendance table.
struct AttendanceTableRow
{
    ParticipantRow participant;
    bool walkIn = false;
    // Per column of AttendanceTable::sheets: signed, or on the sheet without
    // signing; none where they were not on it (not there that day as their
    // arrival and departure say, a walk-in before the day they came) or the
    // sheet has not been entered.
    QList<std::optional<bool>> signedSheets;
    int daysAttended = 0;
    double hoursAttended = 0; // of programme (hoursAttended() in domain/attendance.h)
};

// What the signed sheets of an event say, as a funder's auditor reads it:
// a column per day, and per site visit whose sheet was entered (a visit
// without its own sheet is covered by the day's); a row per participant on
// the sheets, in the order signInRows() gives for the whole event
// (registered by last name, then the walk-ins).
struct AttendanceTable
{
    QList<AttendanceSheet> sheets;
    QList<AttendanceTableRow> rows;

    // How many signed the sheet of column `sheet`.
    int signedCount(qsizetype sheet) const;
    // Whether any sheet of the event has been entered.
    bool anyEntered() const;
};

AttendanceTable attendanceTable(const EventDocument &document);

// A sheet as a column's heading names it: "2019-07-08", or for a site visit
// "2019-07-08 11:30 MARK 51°7" (its site, else its title, in `language`).
QString sheetHeading(const EventDocument &document, const AttendanceSheet &sheet,
                     Language language);

// Hours as a spreadsheet of that delimiter reads them: "7.5" in a
// comma-separated file, "7,5" in the semicolon-separated one that German
// and Polish Excel open (where "7.5" would become the 7th of May).
QString hoursText(double hours, const CsvOptions &options);

// `rows` as a CSV file written as `options` say (the evidence pack's files).
QByteArray csvFile(const QList<QStringList> &rows, const CsvOptions &options);

// The table as CSV: number, first name, last name, organisation, role,
// status, walk-in (1 or empty), then a column per sheet (1 signed, 0 on
// the sheet without signing, empty: not on it or not entered), days
// attended, hours attended; the fixed headings in `language`.
QByteArray attendanceCsv(const AttendanceTable &table, const EventDocument &document,
                         const DocumentLanguage &language, const CsvOptions &options);

} // namespace ep
