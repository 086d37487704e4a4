#pragma once

#include "export/participantlist.h"

#include <QSqlDatabase>
#include <QSqlError>

#include <functional>

namespace ep {

// Reads the participants of one event for a list or an export straight from
// the database: one sorted query, a row at a time, so memory stays the same
// however many there are (a CSV of 100,000 participants is written as it is
// read). The filter, the order and the names are participantRows()'; the
// sort is the database's, on a rank of each delegation that the program
// computes (the letters folded, as only it can) and on people.sort_name.
class ParticipantReader final
{
public:
    enum class Status
    {
        Read,        // every participant that passes was handed over
        Stopped,     // the callback asked to stop
        NoSuchEvent, // nothing was handed over
        Failed       // a query failed: error() says why
    };

    ParticipantReader(const QSqlDatabase &db, int eventId);

    // True when the event exists; false (with `error`) when the query failed.
    bool hasEvent(QSqlError *error = nullptr) const;

    // Hands each participant that passes `filter` to `visit`, the person's
    // organisation named as `names` says; `visit` returns false to stop.
    // Each row holds the ids, the organisation and the values of `fields`,
    // nothing else: the database sorts only what is written (a CSV's 13
    // columns, not the records' 30).
    Status read(const QList<Field> &fields, const ParticipantFilter &filter,
                OrganisationNames names, const std::function<bool(const ParticipantRow &)> &visit);
    QSqlError error() const { return m_error; }

private:
    QSqlError rankDelegations();

    QSqlDatabase m_db;
    int m_eventId;
    QSqlError m_error;
};

} // namespace ep
