#pragma once

#include <QDateTime>

namespace ep {

// Arrivals and departures are wall-clock times at the event's place, stored
// as "yyyy-MM-ddTHH:mm" without a zone. They are held as QDateTime in UTC
// spec, which Qt never converts: a QDateTime in local time asks the C
// library for the zone's offset whenever one is made (a stat of
// /etc/localtime each time), and two of them compare as instants. Every
// arrival and departure is made here, so all compare as the clock reads.
inline QDateTime wallClock(QDate date, QTime time)
{
    return QDateTime(date, time, Qt::UTC);
}

// "yyyy-MM-ddTHH:mm" (seconds allowed) as a wall-clock time; invalid when
// the text is not one.
inline QDateTime wallClockFromText(QStringView text)
{
    if (text.size() < 16 || text[10] != u'T')
        return {};
    const QDate date = QDate::fromString(text.first(10), Qt::ISODate);
    const QTime time = QTime::fromString(text.sliced(11), Qt::ISODate);
    if (!date.isValid() || !time.isValid())
        return {};
    return wallClock(date, time);
}

} // namespace ep
