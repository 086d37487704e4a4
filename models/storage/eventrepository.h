#pragma once

#include "domain/event.h"
#include "domain/removal.h"
#include "storage/recordrepository.h"

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

// An event with what belongs to it alone: organisers and topics (link
// tables), agenda items (with their hosts) and participations, each row
// with its own version. Deleting and restoring come from RecordRepository:
// the schema's foreign keys take the agenda and participations along.
class EventRepository final : public RecordRepository<Event>
{
public:
    using RecordRepository::RecordRepository;

    // The event with its agenda (by day and time), organisers, topics and
    // participants (in the order they were added); nothing when there is no
    // such event, or (with `error`) when reading failed.
    std::optional<Event> load(int id, QSqlError *error = nullptr) const;
    // The same without participants (left empty): what a form shows at once
    // while a large list of participants is read apart (participants()).
    std::optional<Event> loadWithoutParticipants(int id, QSqlError *error = nullptr) const;
    // The event's participations, in the order they were added.
    QList<Participation> participants(int eventId, QSqlError *error = nullptr) const;
    int participantCount(int eventId) const;

    // Writes what the user changed between `base`, the event as loaded, and
    // `event`, in one transaction: the event's changed columns, its links
    // where they changed, and of its agenda items and participations the
    // new ones, the changed ones and the deleted ones — never a row the user
    // did not load (another writer's new participant stays). Refused,
    // writing nothing, when a row it writes is stale. New ids and versions
    // go into `event`.
    SaveResult save(Event &event, const Event &base);

    // The whole event against what is stored now (rows no longer in `event`
    // are deleted); for the demo programme and tests.
    QSqlError save(Event &event);

    // The event's version and, for its agenda items and participations,
    // how many there are, the sum of their versions and the highest id:
    // changes when any of them is written, added or deleted (ids are never
    // reused). Empty when there is no such event.
    QString stamp(int id) const;

    RemovalImpact impactOfRemoving(int id) const;

    // Every event, by start date; none, with `error`, when reading failed.
    QList<EventSummary> summaries(QSqlError *error = nullptr) const;

private:
    QSqlError writeLinks(const QString &table, const QString &column, int eventId,
                         const QList<int> &ids);
    QSqlError writeHosts(const AgendaItem &item);
    void writeAgenda(int eventId, QList<AgendaItem> &agenda, const QList<AgendaItem> &base,
                     SaveResult &result);
    void writeParticipants(int eventId, QList<Participation> &participants,
                           const QList<Participation> &base, SaveResult &result);
};

} // namespace ep
