#pragma once

#include "domain/event.h"
#include "import/importreport.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace ep {

// An event's capacity held by an import of its participants as by a save in
// the window (domain/waitinglist.h): those the file confirms beyond the
// places go to the waiting list, in the order they registered (rows
// imported last), and places the file frees (a cancellation with --update)
// move the waiting up. Part of the import's transaction, so a dry run
// reports it and a failed import leaves no trace of it; each change is a
// line in the person's history, as every change of a participation is.
class ImportCapacity final
{
public:
    // Reads the event's capacity and its participants' statuses, before the
    // import writes.
    QSqlError readBefore(const QSqlDatabase &db, int eventId);
    // Applies the capacity to what the import wrote, counting the moves in
    // `report`.
    QSqlError apply(const QSqlDatabase &db, ImportReport &report) const;

private:
    int m_eventId = 0;
    int m_capacity = 0; // 0: no limit, nothing to do
    QList<Participation> m_before;
};

} // namespace ep
