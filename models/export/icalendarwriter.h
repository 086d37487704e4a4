#pragma once

#include "domain/language.h"
#include "export/eventdocument.h"

#include <QByteArray>
#include <QDateTime>

namespace ep {

// The agenda of `document.event` as an iCalendar file (RFC 5545, UTF-8,
// CRLF, lines folded at 75 octets), built and serialised by libical.
//
// One VEVENT per agenda item with a valid day. Its UID
// ("item-<id>.event-<id>.<databaseId>@exchange-planner") stays the same from
// one export to the next, so a calendar that imports the file again updates
// the items instead of doubling them. Times are the venue's wall-clock times
// with a TZID of document.timeZone() and its VTIMEZONE; should libical not
// know the zone (no tzdata), they are written in UTC instead. An item without
// a start time is an all-day event; one without an end (or ending before it
// starts) ends when it starts. `stamp` is the DTSTAMP, the moment of export.
QByteArray agendaCalendar(const EventDocument &document, Language language, const QDateTime &stamp);

} // namespace ep
