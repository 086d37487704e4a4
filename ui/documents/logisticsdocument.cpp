#include "documents/logisticsdocument.h"

#include "documents/documentstyle.h"
#include "documents/documenttable.h"
#include "documents/pageflow.h"
#include "domain/searchtext.h"
#include "export/logistics.h"

#include <QPainter>

namespace ep {
namespace {

constexpr char context[] = "LogisticsDocument";

} // namespace

LogisticsDocument::LogisticsDocument(EventDocument document, LogisticsList list, Language language)
    : m_document(std::move(document))
    , m_list(list)
    , m_language(language)
{}

QString LogisticsDocument::label(const char *source) const
{
    return m_language.translate(context, source);
}

QString LogisticsDocument::title() const
{
    return runningDocumentName() % u" – " % runningTitle();
}

QString LogisticsDocument::runningTitle() const
{
    return m_document.event.title.text(m_language.language());
}

QString LogisticsDocument::runningDocumentName() const
{
    switch (m_list) {
    case LogisticsList::Rooming:
        return label(QT_TRANSLATE_NOOP("LogisticsDocument", "Rooming list"));
    case LogisticsList::Transport:
        return label(QT_TRANSLATE_NOOP("LogisticsDocument", "Passenger lists"));
    case LogisticsList::Catering:
        break;
    }
    return label(QT_TRANSLATE_NOOP("LogisticsDocument", "Catering numbers"));
}

// "Mon, 8.07.2019, 08:30–09:00 · Coach to Bochum-Laer · Group A"
QString LogisticsDocument::itemLine(const AgendaItem &item) const
{
    QString when = m_language.longDate(item.day) % u", " % m_language.time(item.start);
    if (item.end.isValid())
        when += u"–" % m_language.time(item.end);
    QStringList parts{when, item.title.text(m_language.language())};
    if (!item.group.isEmpty())
        parts.append(label(QT_TRANSLATE_NOOP("LogisticsDocument", "Group %1")).arg(item.group));
    return parts.join(u" · ");
}

// The list's name, the event with its dates, and `summary` (a count).
void LogisticsDocument::addHeading(PageFlow &flow, const QStringList &summary,
                                   bool pageBreakBefore) const
{
    using namespace documentstyle;
    const Event &event = m_document.event;
    QString dates = m_language.date(event.startDate);
    if (event.endDate.isValid() && event.endDate != event.startDate)
        dates += u" – " % m_language.date(event.endDate);
    QList<Paragraph> heading{{runningDocumentName(), bold(), grey},
                             {runningTitle(), documentstyle::title()},
                             {QStringList{dates, event.venueCity}.join(u" · "), body()}};
    for (const QString &line : summary)
        heading.append({line, bold()});
    const TextBox box(heading, flow.width(), flow.device());
    Block block;
    block.height = box.height() + flow.mm(4);
    block.pageBreakBefore = pageBreakBefore;
    block.keepWithNext = true;
    block.paint = [box](QPainter *painter, const QRectF &rect) {
        box.draw(painter, rect.topLeft());
    };
    flow.add(std::move(block));
}

void LogisticsDocument::compose(PageFlow &flow) const
{
    switch (m_list) {
    case LogisticsList::Rooming:
        composeRooming(flow);
        return;
    case LogisticsList::Transport:
        composeTransport(flow);
        return;
    case LogisticsList::Catering:
        composeCatering(flow);
        return;
    }
}

void LogisticsDocument::composeRooming(PageFlow &flow) const
{
    using namespace documentstyle;
    // A hotel needs no organisation spelt out: short names keep a row a line.
    const QList<ParticipantRow> rows = logistics::roomingRows(m_document, OrganisationNames::Short);
    int roomNights = 0;
    for (const ParticipantRow &row : rows)
        roomNights += logistics::nights(row.participation).value_or(0);
    addHeading(
        flow,
        {m_language.translate(context, QT_TRANSLATE_N_NOOP("LogisticsDocument", "%n guest(s)"),
                              nullptr, int(rows.size())) %
         u" · " %
         label(QT_TRANSLATE_NOOP("LogisticsDocument", "%1 nights in all")).arg(roomNights)});
    // A table per hotel, headed by its name: each hotel reads its own guests.
    const QFont heading = bold();
    const auto column = [&heading](const QString &text, double share, bool whole = false) {
        return DocumentTable::Column{{{text, heading}}, share, whole};
    };
    const QList<DocumentTable::Column> columns{
        column(fieldLabel(Field::Room, m_language), 10),
        column(fieldLabel(Field::Name, m_language), 46),
        column(fieldLabel(Field::Organisation, m_language), 22),
        column(fieldLabel(Field::Arrival, m_language), 24, true),
        column(fieldLabel(Field::Departure, m_language), 24, true),
        column(label(QT_TRANSLATE_NOOP("LogisticsDocument", "Nights")), 10),
        column(fieldLabel(Field::AccessibilityNeeds, m_language), 34)};
    for (qsizetype first = 0; first < rows.size();) {
        const QString hotel = rows[first].participation.hotel;
        qsizetype end = first;
        while (end < rows.size() &&
               foldForSearch(rows[end].participation.hotel) == foldForSearch(hotel))
            ++end;
        const QString caption =
            (hotel.isEmpty() ? label(QT_TRANSLATE_NOOP("LogisticsDocument", "No hotel entered"))
                             : hotel) %
            u" · " %
            m_language.translate(context, QT_TRANSLATE_N_NOOP("LogisticsDocument", "%n guest(s)"),
                                 nullptr, int(end - first));
        flow.addSpace(flow.mm(2));
        DocumentTable table(flow, m_language.language(), columns, {{caption, bold()}});
        for (; first < end; ++first) {
            const ParticipantRow &row = rows[first];
            const std::optional<int> nights = logistics::nights(row.participation);
            const auto text = [this, &row](Field field) {
                return QList<Paragraph>{
                    {participantCell(row, field, FieldStyle::Document, m_language), small()}};
            };
            table.addRow({text(Field::Room),
                          text(Field::Name),
                          text(Field::Organisation),
                          text(Field::Arrival),
                          text(Field::Departure),
                          {{nights ? QString::number(*nights) : QString(), small()}},
                          text(Field::AccessibilityNeeds)});
        }
    }
}

void LogisticsDocument::composeTransport(PageFlow &flow) const
{
    using namespace documentstyle;
    const QList<logistics::ItemParticipants> trips = logistics::trips(m_document);
    if (trips.isEmpty()) {
        addHeading(flow, {label(QT_TRANSLATE_NOOP("LogisticsDocument",
                                                  "The agenda has no travel items."))});
        return;
    }
    bool first = true;
    for (const logistics::ItemParticipants &trip : trips) {
        QStringList summary{itemLine(trip.item),
                            label(QT_TRANSLATE_NOOP("LogisticsDocument", "Passengers: %1"))
                                .arg(trip.participants.size())};
        if (const QString meeting = trip.item.meetingPoint.text(m_language.language());
            !meeting.isEmpty())
            summary.last() +=
                u" · " %
                label(QT_TRANSLATE_NOOP("LogisticsDocument", "Meeting point: %1")).arg(meeting);
        if (trip.groupUnassigned)
            summary.append(label(QT_TRANSLATE_NOOP("LogisticsDocument",
                                                   "No delegation is named as this group: "
                                                   "everyone there that day is listed.")));
        addHeading(flow, summary, !first);
        first = false;
        const QFont heading = bold();
        DocumentTable table(
            flow, m_language.language(),
            {{{{label(QT_TRANSLATE_NOOP("LogisticsDocument", "No.")), heading}}, 8},
             {{{fieldLabel(Field::Name, m_language), heading}}, 50},
             {{{fieldLabel(Field::Organisation, m_language), heading}}, 50},
             {{{fieldLabel(Field::Delegation, m_language), heading}}, 24},
             {{{label(QT_TRANSLATE_NOOP("LogisticsDocument", "On board")), heading}}, 18}});
        int number = 0;
        for (const ParticipantRow &row : trip.participants) {
            table.addRow(
                {{{QString::number(++number), body()}},
                 {{participantCell(row, Field::Name, FieldStyle::Document, m_language), body()}},
                 {{row.organisation, body()}},
                 {{row.participation.delegation, body()}},
                 {}},
                flow.mm(7));
        }
    }
}

void LogisticsDocument::composeCatering(PageFlow &flow) const
{
    using namespace documentstyle;
    const QList<logistics::ItemParticipants> meals = logistics::meals(m_document);
    addHeading(flow,
               {label(QT_TRANSLATE_NOOP("LogisticsDocument", "Meals: %1")).arg(meals.size())});
    const QFont heading = bold();
    DocumentTable table(flow, m_language.language(),
                        {{{{label(QT_TRANSLATE_NOOP("LogisticsDocument", "Meal")), heading}}, 60},
                         {{{label(QT_TRANSLATE_NOOP("LogisticsDocument", "Place")), heading}}, 40},
                         {{{label(QT_TRANSLATE_NOOP("LogisticsDocument", "Guests")), heading}}, 14},
                         {{{fieldLabel(Field::DietaryNeeds, m_language), heading}}, 50}});
    for (const logistics::ItemParticipants &meal : meals) {
        QList<Paragraph> what{{itemLine(meal.item), body()}};
        if (meal.groupUnassigned)
            what.append({label(QT_TRANSLATE_NOOP("LogisticsDocument",
                                                 "No delegation is named as this group: "
                                                 "everyone there that day is counted.")),
                         small(), grey});
        QList<Paragraph> needs;
        for (const logistics::NeedCount &need : logistics::dietaryNeeds(meal.participants))
            needs.append({need.need % u": " % QString::number(need.people), body()});
        table.addRow({what,
                      {{logistics::placeOf(meal.item, m_document, m_language.language()), body()}},
                      {{QString::number(meal.participants.size()), bold()}},
                      needs});
    }
}

} // namespace ep
