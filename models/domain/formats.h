#pragma once

#include <QDateTime>
#include <QString>

namespace ep {

// How dates and times are shown, in the default locale's conventions: the
// short date with a four-digit year (26.11.2026, not 26.11.26; events lie
// years apart), times in 24 hours without seconds (09:30).
QString dateFormat();
QString dateTimeFormat();
QString timeFormat();

// Shown with these formats; an invalid value gives an empty string.
QString displayDate(QDate date);
QString displayDateTime(const QDateTime &dateTime);
QString displayTime(QTime time);

} // namespace ep
