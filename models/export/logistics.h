#pragma once

#include "export/participantlist.h"

#include <QByteArray>
#include <QList>

// What the hotel, the coach company and the caterer are sent before a visit,
// made from the participants' records and the agenda alone.
namespace ep::logistics {

// Who they count: the participants who come — registered, confirmed, or
// (after the visit) attended; not those only invited, who cancelled or did
// not show.
bool comes(const Participation &participation);

// Whether the participant is there on `day`, as far as a known arrival and
// departure say.
bool presentOn(const Participation &participation, QDate day);

// The nights between arrival and departure; none while either is not known.
std::optional<int> nights(const Participation &participation);

// The rooming list: who comes, by hotel (those without one last), then by
// name as lists sort; organisations named as `names` says.
QList<ParticipantRow> roomingRows(const EventDocument &document,
                                  OrganisationNames names = OrganisationNames::Full);

// An agenda item with the participants it is for: everyone who comes and is
// there that day; for an item of a group ("Bus 2") those whose delegation
// is named so. Where no delegation is named as the group (participants are
// not split into groups in the planner) it holds everyone there, and
// `groupUnassigned` says so.
struct ItemParticipants
{
    AgendaItem item;
    QList<ParticipantRow> participants;
    bool groupUnassigned = false;
};

// The travel items of the agenda with their passengers (by name), in the
// agenda's order.
QList<ItemParticipants> trips(const EventDocument &document);
// The meals of the agenda with their guests, in the agenda's order.
QList<ItemParticipants> meals(const EventDocument &document);

// The guests' dietary needs, each as written (alike when only case or
// spacing differ), with how many have it; the most frequent first.
struct NeedCount
{
    QString need;
    int people = 0;
};
QList<NeedCount> dietaryNeeds(const QList<ParticipantRow> &guests);

// Where an item takes place, as the lists name it: the site's name, else
// its meeting point, in `language`.
QString placeOf(const AgendaItem &item, const EventDocument &document, Language language);

// The CSV of each list, headed in the document's language; dates and times
// as ISO 8601, which every spreadsheet reads.
// Hotel, room, last name, first name, organisation, arrival, departure,
// nights, accessibility needs.
QByteArray roomingCsv(const EventDocument &document, const DocumentLanguage &language,
                      const CsvOptions &options);
// A row per passenger and trip: day, time, trip, group, meeting point, last
// name, first name, organisation, delegation.
QByteArray transportCsv(const EventDocument &document, const DocumentLanguage &language,
                        const CsvOptions &options);
// A row per meal: day, time, meal, place, guests, guests with dietary needs,
// the needs counted ("vegetarian: 3; vegan: 1").
QByteArray cateringCsv(const EventDocument &document, const DocumentLanguage &language,
                       const CsvOptions &options);

// "vegetarian: 3; vegan: 1"
QString countedNeeds(const QList<NeedCount> &needs);

} // namespace ep::logistics
