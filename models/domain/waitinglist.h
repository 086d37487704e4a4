#pragma once

#include "domain/event.h"

namespace ep {

// Who the capacity rule moved, by person.
struct WaitingListMoves
{
    QList<int> waitlisted; // confirmed beyond the capacity: on the waiting list instead
    QList<int> movedUp;    // from the waiting list to confirmed, as places came free
    bool isEmpty() const { return waitlisted.isEmpty() && movedUp.isEmpty(); }
};

// An event's capacity (places for the confirmed; 0: no limit) applied to
// `event` as the officer changed it from `before`: those newly confirmed
// beyond the places go to the waiting list instead, and while places are
// free — someone cancelled, the capacity grew — the waiting move up to
// confirmed; both in the order they registered (the order of the
// participants). Those confirmed before keep their places. The places are
// counted on `storedNow`, the participations as stored at the moment of the
// save, where the user did not change them: what another window or a
// colleague confirmed since `before` was read takes its place too.
// Whether the change from `before` to `event` may move anyone: a status or
// the capacity changed.
bool movesPlaces(const Event &event, const Event &before);

WaitingListMoves applyCapacity(Event &event, const Event &before,
                               const QList<Participation> &storedNow);

} // namespace ep
