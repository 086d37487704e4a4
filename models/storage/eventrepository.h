#pragma once

#include "domain/event.h"
#include "domain/removal.h"

#include <QSqlDatabase>
#include <QSqlError>

#include <optional>

namespace ep {

// An event as lists show it, without agenda and participants.
struct EventSummary
{
    int id = 0;
    QString kind;
    LocalizedText title;
    QDate startDate;
    QDate endDate;
    QString status;
};

class EventRepository final
{
public:
    explicit EventRepository(QSqlDatabase db);

    // The event with its agenda (by day and time), organisers, topics and
    // participants (in the order they were added).
    std::optional<Event> load(int id) const;

    // Writes the whole event in one transaction: rows of agenda items and
    // participations that are no longer in `event` are deleted, the others
    // updated or inserted; new ids are written back into `event`.
    QSqlError save(Event &event);

    RemovalImpact impactOfRemoving(int id) const;
    // `removal` receives the whole event as load() returns it, which is all
    // restore() needs to bring it back.
    QSqlError remove(int id, Event *removal = nullptr);
    QSqlError restore(const Event &removal);

    // Every event, by start date.
    QList<EventSummary> summaries() const;

private:
    QSqlError writeAgenda(int eventId, QList<AgendaItem> &agenda);
    QSqlError writeParticipants(int eventId, QList<Participation> &participants);
    QSqlError writeLinks(const QString &table, const QString &column, int eventId,
                         const QList<int> &ids);

    QSqlDatabase m_db;
};

} // namespace ep
