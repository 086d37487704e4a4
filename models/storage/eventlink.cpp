#include "storage/eventlink.h"

#include "storage/sql.h"

#include <QSqlQuery>

namespace ep {

EventLink eventLinkFrom(const QSqlQuery &query)
{
    EventLink link;
    link.eventId = query.value(0).toInt();
    link.kind = query.value(1).toString();
    link.title = {query.value(2).toString(), query.value(3).toString(), query.value(4).toString()};
    link.startDate = sql::dateFrom(query.value(5));
    link.endDate = sql::dateFrom(query.value(6));
    return link;
}

} // namespace ep
