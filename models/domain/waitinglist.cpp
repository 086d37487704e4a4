#include "domain/waitinglist.h"

#include <QHash>

namespace ep {
namespace {

const QString confirmed = QStringLiteral("confirmed");
const QString waitlisted = QStringLiteral("waitlisted");

} // namespace

WaitingListMoves applyCapacity(Event &event, const Event &before)
{
    WaitingListMoves moves;
    if (event.capacity <= 0)
        return moves;
    QHash<int, QString> statusBefore;
    for (const Participation &participation : before.participants)
        statusBefore.insert(participation.personId, participation.status);
    int taken = 0;
    for (const Participation &participation : std::as_const(event.participants)) {
        if (participation.status == confirmed &&
            statusBefore.value(participation.personId) == confirmed)
            ++taken;
    }
    for (Participation &participation : event.participants) {
        if (participation.status != confirmed ||
            statusBefore.value(participation.personId) == confirmed)
            continue;
        if (taken < event.capacity) {
            ++taken;
        } else {
            participation.status = waitlisted;
            moves.waitlisted.append(participation.personId);
        }
    }
    for (Participation &participation : event.participants) {
        if (taken >= event.capacity)
            break;
        if (participation.status != waitlisted || moves.waitlisted.contains(participation.personId))
            continue;
        participation.status = confirmed;
        moves.movedUp.append(participation.personId);
        ++taken;
    }
    return moves;
}

} // namespace ep
