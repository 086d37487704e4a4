#pragma once

#include "localizedtext.h"

#include <QDate>

namespace ep {

// An event as another record's history shows it: the events a person took
// part in, the events that visited a site.
struct EventLink
{
    int eventId = 0;
    QString kind; // Vocabulary::EventKind
    LocalizedText title;
    QDate startDate;
    QDate endDate;
    QString role; // a person's part in it: a Vocabulary::ParticipantRole code
    QDate day;    // a site's visit: the day of the agenda item
};

} // namespace ep
