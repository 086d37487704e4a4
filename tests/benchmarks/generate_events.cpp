// The generator's events, with their agendas and participants.

#include "domain/wallclock.h"
#include "generate_generator.h"

#include <QSet>

#include <algorithm>

namespace ep::bench {
namespace {

const QString studyVisit = QStringLiteral("study_visit");
const QString workshop = QStringLiteral("workshop");
const QString webinar = QStringLiteral("webinar");

// A code of `codes` drawn with the chances `weights` give.
QString weightedCode(Random &random, std::span<const QStringView> codes,
                     std::span<const int> weights)
{
    return codes[random.weighted(weights)].toString();
}

QTime minutesAfter(QTime time, int minutes)
{
    return time.addSecs(minutes * 60);
}

// A moment on `day`, from `hour` on, within `span` minutes, on a
// five-minute step: a wall-clock time, as the application makes arrivals.
QDateTime momentOn(Random &random, QDate day, int hour, int span)
{
    return wallClock(day, minutesAfter(QTime(hour, 0), 5 * random.below(span / 5)));
}

// Some texts of a delegation are still to be translated: usually English,
// sometimes Polish, rarely German; never all three.
void dropTranslation(Random &random, LocalizedText &text, double chance)
{
    if (random.chance(chance))
        text.en.clear();
    else if (random.chance(chance / 2))
        text.pl.clear();
    else if (random.chance(chance / 4))
        text.de.clear();
}

} // namespace

QString Generator::writeEvents()
{
    // Start days over twenty years, on working days, in order: events are
    // entered roughly as they come, so ids follow the dates.
    const QDate first(2007, 1, 1);
    const int span = int(first.daysTo(QDate(2027, 12, 31)));
    std::vector<QDate> starts;
    starts.reserve(m_sizes.events);
    for (int n = 0; n < m_sizes.events; ++n) {
        QDate day = first.addDays(m_random.below(span + 1));
        if (day.dayOfWeek() > 5)
            day = day.addDays(8 - day.dayOfWeek());
        starts.push_back(day);
    }
    std::sort(starts.begin(), starts.end());
    // The large one about 2020, when conferences went online.
    const int largeIndex = m_sizes.events * 13 / 20;
    for (int index = 0; index < m_sizes.events; ++index) {
        const int id = index + 1;
        Event event;
        if (index == largeIndex) {
            event = makeLargeEvent(starts[index]);
            m_largeEventId = id;
        } else {
            event = makeEvent(starts[index]);
        }
        if (const QString error = writeEvent(id, event); !error.isEmpty())
            return error;
    }
    return {};
}

Event Generator::makeEvent(QDate start)
{
    const EventPhrases &phrases = eventPhrases();
    Event event;
    // Webinars became common in 2020.
    const int kinds[] = {45, 30, start.year() >= 2020 ? 40 : 8};
    event.kind = std::array{studyVisit, workshop, webinar}[m_random.weighted(kinds)];
    const Side host = m_random.chance(0.5) ? Side::Ruhr : Side::Silesia;
    const SideWords &words = wordsOf(host);
    const OrganisationInfo &organisation =
        m_organisations[m_random.pick(m_organisationsBySide[sideIndex(host)])];
    if (m_random.chance(0.85))
        event.hostOrganisationId = organisation.id;
    event.organiserIds = {organisation.contactId};
    if (m_random.chance(0.4)) {
        const Side other = m_random.chance(0.5) ? host : otherSide(host);
        const int second =
            m_organisations[m_random.pick(m_organisationsBySide[sideIndex(other)])].contactId;
        if (second != organisation.contactId)
            event.organiserIds.append(second);
    }
    const int topicCount = m_random.between(1, 3);
    while (event.topicIds.size() < topicCount) {
        const int topic = m_random.between(1, int(m_topics.size()));
        if (!event.topicIds.contains(topic))
            event.topicIds.append(topic);
    }
    const LocalizedText &topic = m_topics[event.topicIds.first() - 1];

    const int studyVisitDays[] = {30, 45, 25};
    const int workshopDays[] = {70, 30};
    const int days = event.kind == studyVisit ? 1 + m_random.weighted(studyVisitDays)
                     : event.kind == workshop ? 1 + m_random.weighted(workshopDays)
                                              : 1;
    event.startDate = start;
    event.endDate = start.addDays(days - 1);
    const QString city =
        m_random.chance(0.7) ? organisation.city : m_random.pick(words.cities).name.toString();
    if (event.kind == studyVisit) {
        event.title = m_random.pick(phrases.studyVisitTitles).with(topic, city);
        event.description = phrases.studyVisitDescription.with(topic, city);
    } else if (event.kind == workshop) {
        event.title = m_random.pick(phrases.workshopTitles).with(topic);
        event.description = phrases.workshopDescription.with(topic);
    } else {
        event.title = m_random.pick(phrases.webinarTitles).with(topic);
        event.description = phrases.webinarDescription.with(topic);
    }
    dropTranslation(m_random, event.title, 0.08);
    if (m_random.chance(0.5))
        event.description = {};
    else
        dropTranslation(m_random, event.description, 0.15);

    if (event.kind == webinar) {
        static constexpr QStringView platforms[] = {u"Zoom", u"Microsoft Teams", u"Webex",
                                                    u"ClickMeeting"};
        static constexpr QStringView links[] = {
            u"https://zoom.us/j/", u"https://teams.microsoft.com/l/meetup-join/",
            u"https://meet.webex.com/meet/pr", u"https://gzm.clickmeeting.com/webinar-"};
        const int platform = m_random.below(4);
        event.onlinePlatform = platforms[platform].toString();
        event.onlineLink = links[platform] % m_random.digits(11);
    } else {
        event.venueCity = city;
        QList<int> venues;
        for (int index : m_sitesBySide[sideIndex(host)]) {
            if (m_sites[index].city == city)
                venues.append(index);
        }
        if (!venues.isEmpty() && m_random.chance(0.6))
            event.venueAddress = m_sites[m_random.pick(venues)].address;
    }
    static constexpr QStringView languages[] = {u"de, pl", u"de, pl, en", u"en", u"de", u"pl"};
    const int languageWeights[] = {40, 30, 10, host == Side::Ruhr ? 10 : 0,
                                   host == Side::Silesia ? 10 : 0};
    event.languages = weightedCode(m_random, languages, languageWeights);
    if (event.languages.startsWith(u"de, pl")) {
        static constexpr QStringView interpretations[] = {u"DE↔PL", u"DE↔PL, EN", u""};
        static constexpr int weights[] = {60, 15, 25};
        event.interpretation = weightedCode(m_random, interpretations, weights);
    }
    if (event.kind == studyVisit)
        event.capacity = 5 * m_random.between(4, 8);
    else if (m_random.chance(0.5))
        event.capacity =
            event.kind == workshop ? 5 * m_random.between(3, 12) : 100 * m_random.between(1, 5);

    if (event.endDate < referenceDay()) {
        event.status = m_random.chance(0.06) ? u"cancelled"_qs : u"held"_qs;
    } else {
        static constexpr QStringView statuses[] = {u"planned", u"confirmed", u"cancelled"};
        static constexpr int weights[] = {60, 35, 5};
        event.status = weightedCode(m_random, statuses, weights);
    }
    if (m_random.chance(0.3)) {
        switch (m_random.below(3)) {
        case 0:
            event.fundingProgramme = QStringLiteral("Interreg Central Europe");
            event.projectNumber = u"CE0100"_qs % m_random.digits(3);
            break;
        case 1:
            event.fundingProgramme = QStringLiteral("Erasmus+");
            event.projectNumber =
                QString::number(start.year()) % u"-1-DE02-KA210-ADU-"_qs % m_random.digits(6);
            break;
        default:
            event.fundingProgramme =
                QStringLiteral("Stiftung für deutsch-polnische Zusammenarbeit");
            event.projectNumber =
                u"SDPZ/"_qs % QString::number(start.year()) % u'/' % m_random.digits(4);
        }
    }
    addAgenda(event, host);
    addParticipants(event, host);
    return event;
}

Event Generator::makeLargeEvent(QDate day)
{
    const EventPhrases &phrases = eventPhrases();
    Event event;
    event.kind = webinar;
    event.title = phrases.conferenceTitle.text();
    event.description = phrases.conferenceDescription.text();
    event.startDate = day;
    event.endDate = day;
    event.onlinePlatform = QStringLiteral("Zoom");
    event.onlineLink = u"https://zoom.us/j/"_qs % m_random.digits(11);
    // Hosted by the two regional associations, RVR and GZM.
    const OrganisationInfo &rvr = m_organisations[m_organisationsBySide[0].first()];
    const OrganisationInfo &gzm = m_organisations[m_organisationsBySide[1].first()];
    event.hostOrganisationId = rvr.id;
    event.organiserIds = {rvr.contactId, gzm.contactId};
    for (int topic = 1; topic <= std::min(3, int(m_topics.size())); ++topic)
        event.topicIds.append(topic);
    event.languages = QStringLiteral("de, pl, en");
    event.interpretation = QStringLiteral("DE↔PL, EN");
    const bool past = day < referenceDay();
    event.status = past ? u"held"_qs : u"confirmed"_qs;
    addAgenda(event, Side::Ruhr);

    // Invited through both regions' mailing lists: anyone may have registered.
    QList<int> people(m_peopleWritten);
    for (int index = 0; index < m_peopleWritten; ++index)
        people[index] = index + 1;
    const int count = std::min(m_sizes.largeEvent, m_peopleWritten);
    for (int index = 0; index < count; ++index) {
        std::swap(people[index], people[index + m_random.below(m_peopleWritten - index)]);
        Participation participation;
        participation.personId = people[index];
        participation.role = index < 12   ? u"speaker"_qs
                             : index < 16 ? u"organiser"_qs
                             : index < 20 ? u"interpreter"_qs
                                          : u"delegate"_qs;
        static constexpr QStringView held[] = {u"attended", u"no_show", u"cancelled"};
        static constexpr int heldWeights[] = {55, 35, 10};
        static constexpr QStringView ahead[] = {u"registered", u"invited", u"cancelled"};
        static constexpr int aheadWeights[] = {80, 15, 5};
        participation.status = past ? weightedCode(m_random, held, heldWeights)
                                    : weightedCode(m_random, ahead, aheadWeights);
        event.participants.append(participation);
    }
    return event;
}

void Generator::addAgenda(Event &event, Side side)
{
    const EventPhrases &phrases = eventPhrases();
    static constexpr QStringView kinds[] = {u"site_visit", u"talk", u"discussion", u"travel",
                                            u"break"};
    static constexpr int studyVisitWeights[] = {35, 20, 15, 15, 8};
    static constexpr int otherWeights[] = {0, 45, 35, 0, 20};
    const bool visit = event.kind == studyVisit;
    for (QDate day = event.startDate; day <= event.endDate; day = day.addDays(1)) {
        const int items = m_random.between(2, 8);
        QTime time = minutesAfter(QTime(8, 0), 30 * m_random.below(event.kind == webinar ? 12 : 4));
        bool lunch = false;
        for (int made = 0; made < items;) {
            QString kind = weightedCode(m_random, kinds, visit ? studyVisitWeights : otherWeights);
            if (made == 0 && day == event.startDate)
                kind = u"talk"_qs; // the welcome
            else if (!lunch && event.kind != webinar && time >= QTime(11, 45))
                kind = u"meal"_qs;
            else if (visit && time >= QTime(18, 0))
                kind = u"meal"_qs; // dinner ends the day
            AgendaItem item = makeItem(event, kind, side, time);
            if (made == 0 && day == event.startDate)
                item.title = phrases.welcome.text();
            lunch = lunch || kind == u"meal";
            item.day = day;
            if (item.end > QTime(22, 0) || item.end <= time)
                break;
            // A delegation that splits: two visits at once, for groups A and B.
            if (kind == u"site_visit" && m_random.chance(0.15) && items - made >= 2) {
                AgendaItem other = makeItem(event, kind, side, time);
                for (int attempt = 0; attempt < 8 && other.siteId == item.siteId; ++attempt)
                    other = makeItem(event, kind, side, time); // another site for the other half
                other.day = day;
                other.end = item.end;
                item.group = QStringLiteral("A");
                other.group = QStringLiteral("B");
                event.agenda.append(item);
                event.agenda.append(other);
                made += 2;
            } else {
                event.agenda.append(item);
                ++made;
            }
            if (visit && time >= QTime(18, 0))
                break;
            time = minutesAfter(item.end, 5 * m_random.below(4));
        }
    }
}

AgendaItem Generator::makeItem(const Event &event, const QString &kind, Side side, QTime start)
{
    const EventPhrases &phrases = eventPhrases();
    // The contact people of the side's organisations speak and show round.
    const QList<int> &organisations = m_organisationsBySide[sideIndex(side)];
    const auto addHosts = [&](AgendaItem &item, int most) {
        const int count = std::min(m_random.between(0, most), int(organisations.size()));
        while (item.hostIds.size() < count) {
            const int host = m_organisations[m_random.pick(organisations)].contactId;
            if (!item.hostIds.contains(host))
                item.hostIds.append(host);
        }
    };
    const LocalizedText &topic = m_topics[m_random.pick(event.topicIds) - 1];
    AgendaItem item;
    item.kind = kind;
    item.start = start;
    int minutes = 30;
    if (kind == u"site_visit") {
        const SiteInfo &site = m_sites[m_random.pick(m_sitesBySide[sideIndex(side)])];
        item.siteId = site.id;
        item.title = phrases.siteVisit.with(site.name);
        if (m_random.chance(0.4))
            item.meetingPoint = m_random.pick(phrases.meetingPoints).text();
        addHosts(item, 2);
        minutes = 5 * m_random.between(12, 30);
    } else if (kind == u"talk") {
        item.title = m_random.pick(phrases.talks).with(topic);
        addHosts(item, 2);
        minutes = 5 * m_random.between(4, 12);
    } else if (kind == u"discussion") {
        item.title = m_random.pick(phrases.discussions).with(topic);
        addHosts(item, 2);
        minutes = 5 * m_random.between(9, 18);
    } else if (kind == u"travel") {
        item.title = phrases.travel.with(m_random.pick(wordsOf(side).cities).name.toString());
        if (m_random.chance(0.5))
            item.meetingPoint = m_random.pick(phrases.meetingPoints).text();
        minutes = 5 * m_random.between(4, 12);
    } else if (kind == u"meal") {
        item.title = (start >= QTime(17, 0) ? phrases.dinner : phrases.lunch).text();
        minutes = 5 * m_random.between(9, 18);
    } else {
        item.title = phrases.coffeeBreak.text();
        minutes = 5 * m_random.between(3, 6);
    }
    dropTranslation(m_random, item.title, 0.05);
    item.end = minutesAfter(start, minutes);
    return item;
}

void Generator::addParticipants(Event &event, Side host)
{
    for (int personId : distinctPeople(m_random.between(4, 36), host))
        event.participants.append(makeParticipation(event, personId, host));
}

QList<int> Generator::distinctPeople(int count, Side host)
{
    const qsizetype available = m_peopleBySide[0].size() + m_peopleBySide[1].size();
    count = int(std::min<qsizetype>(count, available));
    QList<int> chosen;
    QSet<int> seen;
    while (chosen.size() < count) {
        // Mostly the guests, from the other side.
        Side side = m_random.chance(0.7) ? otherSide(host) : host;
        if (m_peopleBySide[sideIndex(side)].isEmpty())
            side = otherSide(side);
        const int person = m_random.pick(m_peopleBySide[sideIndex(side)]);
        if (!seen.contains(person)) {
            seen.insert(person);
            chosen.append(person);
        }
    }
    return chosen;
}

Participation Generator::makeParticipation(const Event &event, int personId, Side host)
{
    Participation participation;
    participation.personId = personId;
    static constexpr QStringView roles[] = {u"delegate", u"speaker", u"host", u"organiser",
                                            u"interpreter"};
    static constexpr int roleWeights[] = {82, 8, 5, 3, 2};
    participation.role = weightedCode(m_random, roles, roleWeights);
    if (event.status == u"cancelled") {
        participation.status = m_random.chance(0.7) ? u"cancelled"_qs : u"registered"_qs;
    } else if (event.endDate < referenceDay()) {
        static constexpr QStringView statuses[] = {u"attended", u"no_show", u"cancelled"};
        static constexpr int weights[] = {82, 8, 10};
        participation.status = weightedCode(m_random, statuses, weights);
    } else {
        static constexpr QStringView statuses[] = {u"invited", u"registered", u"confirmed",
                                                   u"cancelled"};
        static constexpr int weights[] = {25, 40, 30, 5};
        participation.status = weightedCode(m_random, statuses, weights);
    }
    const Side side = m_sideOfPerson[personId];
    if (event.kind != webinar) {
        const int organisation = m_organisationOfPerson[personId];
        participation.delegation = organisation >= 0 ? m_organisations[organisation].delegation
                                                     : wordsOf(side).region.toString();
        if (m_random.chance(0.12))
            participation.dietaryNeeds = m_random.pickText(dietaryNeeds());
    }
    // Guests of a study visit travel: the evening before or the morning of
    // the first day, home after the last or the morning after.
    if (event.kind == studyVisit && side != host && m_random.chance(0.7)) {
        participation.arrival = m_random.chance(0.6)
                                    ? momentOn(m_random, event.startDate.addDays(-1), 16, 300)
                                    : momentOn(m_random, event.startDate, 7, 120);
        participation.departure = m_random.chance(0.7)
                                      ? momentOn(m_random, event.endDate, 15, 240)
                                      : momentOn(m_random, event.endDate.addDays(1), 8, 240);
    }
    if (m_random.chance(0.015))
        participation.accessibilityNeeds = m_random.pickText(accessibilityNeeds());
    if (m_random.chance(0.02))
        participation.notes = m_random.pickText(participationNotes());
    return participation;
}

QString Generator::writeEvent(int id, Event &event)
{
    const QString what = u"Event "_qs % QString::number(id);
    if (const FieldIssues issues = Validation::check(event); !issues.isEmpty())
        return rejected(what, issues);
    if (!m_eventRows.write(id, event))
        return failed(what, m_eventRows.error());
    if (!m_organiserLinks.write(id, event.organiserIds))
        return failed(what % u"'s organisers"_qs, m_organiserLinks.error());
    if (!m_topicLinks.write(id, event.topicIds))
        return failed(what % u"'s topics"_qs, m_topicLinks.error());
    for (const AgendaItem &item : std::as_const(event.agenda)) {
        const int itemId = m_nextAgendaItemId++;
        if (!m_agendaRows.write(itemId, item, id))
            return failed(what % u"'s agenda"_qs, m_agendaRows.error());
        if (!m_hostLinks.write(itemId, item.hostIds))
            return failed(what % u"'s agenda hosts"_qs, m_hostLinks.error());
    }
    for (const Participation &participation : std::as_const(event.participants)) {
        if (!m_participationRows.write(m_nextParticipationId++, participation, id))
            return failed(what % u"'s participants"_qs, m_participationRows.error());
    }
    return {};
}

} // namespace ep::bench
