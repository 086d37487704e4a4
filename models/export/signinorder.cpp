#include "export/signinorder.h"

#include "export/logistics.h"

namespace ep {

ParticipantFilter signInFilter()
{
    return {{QStringLiteral("invited"), QStringLiteral("registered"), QStringLiteral("confirmed"),
             QStringLiteral("attended"), QStringLiteral("no_show")},
            {}};
}

QList<ParticipantRow> signInRows(const EventDocument &document, QDate day,
                                 const ParticipantFilter &filter, OrganisationNames names)
{
    QList<ParticipantRow> rows = participantRows(document, filter, names);
    if (day.isValid()) {
        rows.removeIf([day](const ParticipantRow &row) {
            return !logistics::presentOn(row.participation, day);
        });
    }
    const QList<int> &walkIns = document.attendance.walkIns;
    const auto walkInIndex = [&walkIns](const ParticipantRow &row) {
        const qsizetype index = walkIns.indexOf(row.person.id);
        return index < 0 ? -1 : int(index);
    };
    std::stable_sort(rows.begin(), rows.end(),
                     [&walkInIndex](const ParticipantRow &a, const ParticipantRow &b) {
                         const int left = walkInIndex(a);
                         const int right = walkInIndex(b);
                         if (left < 0 && right < 0)
                             return byName(a, b);
                         if (left < 0 || right < 0)
                             return left < 0; // the registered first
                         return left < right;
                     });
    return rows;
}

} // namespace ep
