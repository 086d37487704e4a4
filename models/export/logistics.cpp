#include "export/logistics.h"

#include "domain/searchtext.h"
#include "domain/vocabulary.h"

#include <QBuffer>
#include <QCoreApplication>

#include <algorithm>

namespace ep::logistics {
namespace {

constexpr char context[] = "Logistics";

QString label(const DocumentLanguage &language, const char *source)
{
    return language.translate(context, source);
}

bool inGroup(const ParticipantRow &row, const QString &group)
{
    return foldForSearch(row.participation.delegation) == foldForSearch(group);
}

// The agenda's items of `kind` with the participants each is for.
QList<ItemParticipants> itemsOfKind(const EventDocument &document, const QString &kind)
{
    const QList<ParticipantRow> everyone = participantRows(document);
    QList<ItemParticipants> items;
    for (const AgendaItem &item : document.event.agenda) {
        if (item.kind != kind)
            continue;
        ItemParticipants entry{item, {}, false};
        for (const ParticipantRow &row : everyone) {
            if (comes(row.participation) && presentOn(row.participation, item.day))
                entry.participants.append(row);
        }
        if (!item.group.isEmpty()) {
            QList<ParticipantRow> ofGroup;
            std::copy_if(entry.participants.cbegin(), entry.participants.cend(),
                         std::back_inserter(ofGroup),
                         [&item](const ParticipantRow &row) { return inGroup(row, item.group); });
            if (ofGroup.isEmpty())
                entry.groupUnassigned = true;
            else
                entry.participants = ofGroup;
        }
        items.append(entry);
    }
    return items;
}

CsvWriter startCsv(QIODevice *device, const CsvOptions &options, const QStringList &header)
{
    CsvWriter csv(device, options.delimiter);
    if (options.bom)
        csv.writeBom();
    csv.writeRow(header);
    return csv;
}

QString csvMoment(const QDateTime &moment)
{
    return moment.isValid() ? moment.toString(u"yyyy-MM-dd HH:mm"_qs) : QString();
}

QString cell(Field field, const ParticipantRow &row, const DocumentLanguage &language)
{
    return participantCell(row, field, FieldStyle::Csv, language);
}

} // namespace

bool comes(const Participation &participation)
{
    return comingStatuses().contains(participation.status);
}

bool presentOn(const Participation &participation, QDate day)
{
    if (participation.arrival.isValid() && participation.arrival.date() > day)
        return false;
    if (participation.departure.isValid() && participation.departure.date() < day)
        return false;
    return true;
}

std::optional<int> nights(const Participation &participation)
{
    if (!participation.arrival.isValid() || !participation.departure.isValid())
        return std::nullopt;
    return int(
        std::max<qint64>(0, participation.arrival.date().daysTo(participation.departure.date())));
}

QList<ParticipantRow> roomingRows(const EventDocument &document, OrganisationNames names)
{
    QList<ParticipantRow> rows;
    for (const ParticipantRow &row : participantRows(document, {}, names)) {
        if (comes(row.participation))
            rows.append(row);
    }
    // participantRows() sorted by name within delegations: by hotel first.
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        const QString hotelA = foldForSearch(a.participation.hotel);
        const QString hotelB = foldForSearch(b.participation.hotel);
        if (hotelA != hotelB)
            return hotelB.isEmpty() || (!hotelA.isEmpty() && hotelA < hotelB);
        return byName(a, b);
    });
    return rows;
}

QList<ItemParticipants> trips(const EventDocument &document)
{
    return itemsOfKind(document, QStringLiteral("travel"));
}

QList<ItemParticipants> meals(const EventDocument &document)
{
    return itemsOfKind(document, QStringLiteral("meal"));
}

QList<NeedCount> dietaryNeeds(const QList<ParticipantRow> &guests)
{
    QList<NeedCount> counts;
    QStringList keys; // folded, beside `counts`
    for (const ParticipantRow &guest : guests) {
        const QString need = guest.participation.dietaryNeeds.simplified();
        if (need.isEmpty())
            continue;
        const qsizetype known = keys.indexOf(foldForSearch(need));
        if (known >= 0) {
            ++counts[known].people;
            continue;
        }
        keys.append(foldForSearch(need));
        counts.append({need, 1});
    }
    std::stable_sort(counts.begin(), counts.end(),
                     [](const NeedCount &a, const NeedCount &b) { return a.people > b.people; });
    return counts;
}

QString countedNeeds(const QList<NeedCount> &needs)
{
    QStringList parts;
    for (const NeedCount &each : needs)
        parts.append(each.need % u": " % QString::number(each.people));
    return parts.join(u"; ");
}

QString placeOf(const AgendaItem &item, const EventDocument &document, Language language)
{
    if (const Site *site = document.site(item.siteId))
        return site->name.text(language);
    return item.meetingPoint.text(language);
}

QByteArray roomingCsv(const EventDocument &document, const DocumentLanguage &language,
                      const CsvOptions &options)
{
    QByteArray bytes;
    QBuffer device(&bytes);
    device.open(QIODevice::WriteOnly);
    CsvWriter csv =
        startCsv(&device, options,
                 {fieldLabel(Field::Hotel, language), fieldLabel(Field::Room, language),
                  fieldLabel(Field::LastName, language), fieldLabel(Field::FirstName, language),
                  fieldLabel(Field::Organisation, language), fieldLabel(Field::Arrival, language),
                  fieldLabel(Field::Departure, language),
                  label(language, QT_TRANSLATE_NOOP("Logistics", "Nights")),
                  fieldLabel(Field::AccessibilityNeeds, language)});
    for (const ParticipantRow &row : roomingRows(document)) {
        const std::optional<int> stay = nights(row.participation);
        csv.writeRow({row.participation.hotel, row.participation.room, row.person.lastName,
                      row.person.firstName, row.organisation, csvMoment(row.participation.arrival),
                      csvMoment(row.participation.departure),
                      stay ? QString::number(*stay) : QString(),
                      row.participation.accessibilityNeeds});
    }
    return bytes;
}

QByteArray transportCsv(const EventDocument &document, const DocumentLanguage &language,
                        const CsvOptions &options)
{
    QByteArray bytes;
    QBuffer device(&bytes);
    device.open(QIODevice::WriteOnly);
    CsvWriter csv = startCsv(
        &device, options,
        {label(language, QT_TRANSLATE_NOOP("Logistics", "Day")),
         label(language, QT_TRANSLATE_NOOP("Logistics", "Time")),
         label(language, QT_TRANSLATE_NOOP("Logistics", "Trip")),
         label(language, QT_TRANSLATE_NOOP("Logistics", "Group")),
         label(language, QT_TRANSLATE_NOOP("Logistics", "Meeting point")),
         fieldLabel(Field::LastName, language), fieldLabel(Field::FirstName, language),
         fieldLabel(Field::Organisation, language), fieldLabel(Field::Delegation, language)});
    for (const ItemParticipants &trip : trips(document)) {
        const QStringList about{trip.item.day.toString(Qt::ISODate), language.time(trip.item.start),
                                trip.item.title.text(language.language()), trip.item.group,
                                trip.item.meetingPoint.text(language.language())};
        for (const ParticipantRow &row : trip.participants)
            csv.writeRow(about + QStringList{row.person.lastName, row.person.firstName,
                                             row.organisation,
                                             cell(Field::Delegation, row, language)});
    }
    return bytes;
}

QByteArray cateringCsv(const EventDocument &document, const DocumentLanguage &language,
                       const CsvOptions &options)
{
    QByteArray bytes;
    QBuffer device(&bytes);
    device.open(QIODevice::WriteOnly);
    CsvWriter csv = startCsv(&device, options,
                             {label(language, QT_TRANSLATE_NOOP("Logistics", "Day")),
                              label(language, QT_TRANSLATE_NOOP("Logistics", "Time")),
                              label(language, QT_TRANSLATE_NOOP("Logistics", "Meal")),
                              label(language, QT_TRANSLATE_NOOP("Logistics", "Place")),
                              label(language, QT_TRANSLATE_NOOP("Logistics", "Guests")),
                              label(language, QT_TRANSLATE_NOOP("Logistics", "With dietary needs")),
                              fieldLabel(Field::DietaryNeeds, language)});
    for (const ItemParticipants &meal : meals(document)) {
        const QList<NeedCount> needs = dietaryNeeds(meal.participants);
        int withNeeds = 0;
        for (const NeedCount &each : needs)
            withNeeds += each.people;
        csv.writeRow({meal.item.day.toString(Qt::ISODate), language.time(meal.item.start),
                      meal.item.title.text(language.language()),
                      placeOf(meal.item, document, language.language()),
                      QString::number(meal.participants.size()), QString::number(withNeeds),
                      countedNeeds(needs)});
    }
    return bytes;
}

} // namespace ep::logistics
