#pragma once

#include "domain/localizedtext.h"

#include <QDate>

class QSqlQuery;

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

// The link of the current row of `query`, whose first seven columns are the
// event's id, kind, title_de, title_pl, title_en, start_date and end_date.
EventLink eventLinkFrom(const QSqlQuery &query);

} // namespace ep
