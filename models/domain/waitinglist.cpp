#include "domain/waitinglist.h"

#include <QHash>
#include <QSet>

namespace ep {
namespace {

const QString confirmed = QStringLiteral("confirmed");
const QString waitlisted = QStringLiteral("waitlisted");

QHash<int, QString> statusesOf(const QList<Participation> &participants)
{
    QHash<int, QString> statuses;
    for (const Participation &participation : participants)
        statuses.insert(participation.personId, participation.status);
    return statuses;
}

} // namespace

bool movesPlaces(const Event &event, const Event &before)
{
    return event.capacity != before.capacity ||
           statusesOf(event.participants) != statusesOf(before.participants);
}

WaitingListMoves applyCapacity(Event &event, const Event &before,
                               const QList<Participation> &storedNow)
{
    WaitingListMoves moves;
    if (event.capacity <= 0)
        return moves;
    const QHash<int, QString> statusBefore = statusesOf(before.participants);
    const QHash<int, QString> statusNow = statusesOf(storedNow);
    // What each participant's status will be after the save: the user's
    // where they changed it, else what is stored now (another writer's).
    const auto willBe = [&](const Participation &participation) {
        const QString was = statusBefore.value(participation.personId);
        return participation.status != was
                   ? participation.status
                   : statusNow.value(participation.personId, participation.status);
    };
    const auto newlyConfirmed = [&](const Participation &participation) {
        return participation.status == confirmed &&
               statusBefore.value(participation.personId) != confirmed;
    };
    int taken = 0;
    QSet<int> shown;
    for (const Participation &participation : std::as_const(event.participants)) {
        shown.insert(participation.personId);
        if (willBe(participation) == confirmed && !newlyConfirmed(participation))
            ++taken;
    }
    // Confirmed by another writer among participants this save does not hold.
    for (const Participation &participation : storedNow) {
        if (!shown.contains(participation.personId) && participation.status == confirmed)
            ++taken;
    }
    for (Participation &participation : event.participants) {
        if (!newlyConfirmed(participation))
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
        if (willBe(participation) != waitlisted ||
            moves.waitlisted.contains(participation.personId))
            continue;
        participation.status = confirmed;
        moves.movedUp.append(participation.personId);
        ++taken;
    }
    return moves;
}

} // namespace ep
