#pragma once

#include <QDateTime>
#include <QString>

namespace ep {

// A date as spreadsheets write it, with an optional time: 2019-07-08,
// 08.07.2019, 8.7.2019, 08/07/2019 (day first, as in Europe), each
// optionally followed by a space or "T" and 9:30, 09:30 or 09:30:00. Kept in
// UTC: the value is stored as written, and local time would look up the time
// zone for every row. Invalid when it is none of these.
QDateTime parseSpreadsheetDateTime(const QString &text);

} // namespace ep
