// The generator's organisations, people, topics and sites.

#include "generate_generator.h"

#include <QUrl>

namespace ep::bench {
namespace {

// An address of the organisation's own, but under example.org, so that no
// generated address reaches a real mailbox: "https://www.rvr.ruhr" →
// "rvr.example.org".
QString emailDomainOf(const QString &website)
{
    QStringList labels = QUrl(website).host().split(u'.');
    labels.removeLast(); // the top-level domain
    if (labels.first() == u"www")
        labels.removeFirst();
    if (labels.size() > 1 && (labels.last() == u"com" || labels.last() == u"edu"))
        labels.removeLast(); // "ksse.com.pl", "us.edu.pl"
    return labels.join(u'.') % u".example.org";
}

const City *cityNamed(Side side, const QString &name)
{
    for (const City &city : wordsOf(side).cities) {
        if (city.name == name)
            return &city;
    }
    return nullptr;
}

} // namespace

Generator::Generator(const QSqlDatabase &db, const Sizes &sizes)
    : m_sizes(sizes)
    , m_random(sizes.seed)
    , m_organisationRows(db)
    , m_personRows(db)
    , m_topicRows(db)
    , m_siteRows(db)
    , m_eventRows(db)
    , m_agendaRows(db, QStringLiteral("event_id"))
    , m_participationRows(db, QStringLiteral("event_id"))
    , m_organiserLinks(db, QStringLiteral("event_organisers"), QStringLiteral("event_id"),
                       QStringLiteral("person_id"))
    , m_topicLinks(db, QStringLiteral("event_topics"), QStringLiteral("event_id"),
                   QStringLiteral("topic_id"))
    , m_hostLinks(db, QStringLiteral("agenda_item_hosts"), QStringLiteral("agenda_item_id"),
                  QStringLiteral("person_id"))
{}

QString Generator::run()
{
    // In this order, as each refers to the ones before.
    for (auto step : {&Generator::writeOrganisations, &Generator::writePeople,
                      &Generator::writeTopics, &Generator::writeSites, &Generator::writeEvents}) {
        if (const QString error = (this->*step)(); !error.isEmpty())
            return error;
    }
    return {};
}

QString Generator::rejected(const QString &what, const FieldIssues &issues)
{
    const FieldIssue &issue = issues.first();
    return what % u" would not pass the application's checks: "_qs % issue.field %
           (issue.row >= 0 ? u" (row "_qs % QString::number(issue.row) % u')' : QString()) %
           u": "_qs % issue.message;
}

QString Generator::failed(const QString &what, const QSqlError &error)
{
    return u"Writing "_qs % what % u" failed: "_qs % error.text();
}

QString Generator::writeOrganisations()
{
    for (const OrganisationEntry &entry : organisationEntries()) {
        Organisation organisation;
        organisation.name = entry.name.toString();
        organisation.shortName = entry.shortName.toString();
        organisation.kind = entry.kind.toString();
        organisation.city = entry.city.toString();
        organisation.country = wordsOf(entry.side).country.toString();
        organisation.website = entry.website.toString();
        const int id = int(m_organisations.size()) + 1;
        if (const FieldIssues issues = Validation::check(organisation); !issues.isEmpty())
            return rejected(organisation.name, issues);
        if (!m_organisationRows.write(id, organisation))
            return failed(QStringLiteral("organisations"), m_organisationRows.error());
        m_organisationsBySide[sideIndex(entry.side)].append(int(m_organisations.size()));
        m_organisations.append(
            {id, entry.side, organisation.city,
             organisation.shortName.isEmpty() ? organisation.name : organisation.shortName,
             emailDomainOf(organisation.website)});
    }
    return {};
}

QString Generator::writePeople()
{
    const int total = int(m_organisations.size()) + m_sizes.people;
    m_organisationOfPerson.assign(total + 1, -1);
    m_sideOfPerson.assign(total + 1, Side::Ruhr);
    // First one contact person for each organisation: the organisers, hosts
    // and site contacts of the events.
    for (int index = 0; index < m_organisations.size(); ++index) {
        OrganisationInfo &organisation = m_organisations[index];
        const int id = ++m_peopleWritten;
        const Person person = makePerson(id, organisation.side, index, true);
        if (const FieldIssues issues = Validation::check(person); !issues.isEmpty())
            return rejected(u"Person "_qs % QString::number(id), issues);
        if (!m_personRows.write(id, person))
            return failed(QStringLiteral("people"), m_personRows.error());
        organisation.contactId = id;
    }
    for (int n = 0; n < m_sizes.people; ++n) {
        const Side side = m_random.chance(0.5) ? Side::Ruhr : Side::Silesia;
        const QList<int> &organisations = m_organisationsBySide[sideIndex(side)];
        // Most work for an organisation of the partnership; the others
        // registered with a private address.
        const int organisation = m_random.chance(0.85) ? m_random.pick(organisations) : -1;
        const int id = ++m_peopleWritten;
        const Person person = makePerson(id, side, organisation, false);
        if (const FieldIssues issues = Validation::check(person); !issues.isEmpty())
            return rejected(u"Person "_qs % QString::number(id), issues);
        if (!m_personRows.write(id, person))
            return failed(QStringLiteral("people"), m_personRows.error());
        m_peopleBySide[sideIndex(side)].append(id);
    }
    return {};
}

Person Generator::makePerson(int id, Side side, int organisation, bool contact)
{
    m_organisationOfPerson[id] = organisation;
    m_sideOfPerson[id] = side;
    const SideWords &words = wordsOf(side);
    // Names mostly of the side's language; one in ten of the other's (the
    // Ruhr's Polish families, Silesia's German minority).
    const Side origin = m_random.chance(0.1) ? otherSide(side) : side;
    const SideWords &names = wordsOf(origin);
    const bool female = m_random.chance(0.5);
    const auto lastName = [&] {
        const QStringView name = m_random.pick(names.lastNames);
        return female && origin == Side::Silesia ? feminine(name) : name.toString();
    };

    Person person;
    person.contactPerson = contact;
    person.firstName = m_random.pickText(female ? names.femaleFirstNames : names.maleFirstNames);
    person.lastName = lastName();
    if (m_random.chance(0.06)) {
        const QString second = lastName();
        if (second != person.lastName)
            person.lastName += u'-' % second;
    }
    if (m_random.chance(0.2))
        person.title = m_random.pickText(words.titles);
    if (m_random.chance(0.8)) {
        const Gendered &position = m_random.pick(words.positions);
        person.position = (female ? position.female : position.male).toString();
    }
    person.organisationId = organisation >= 0 ? m_organisations[organisation].id : 0;

    const City *city = nullptr;
    if (organisation >= 0 && m_random.chance(0.7))
        city = cityNamed(side, m_organisations[organisation].city);
    if (!city)
        city = &m_random.pick(words.cities);
    person.city = city->name.toString();
    person.country = words.country.toString();

    const QString domain = organisation >= 0 ? m_organisations[organisation].emailDomain
                                             : m_random.pickText(words.freeMailDomains);
    // The id keeps addresses unique among namesakes.
    person.email =
        emailName(person.firstName, person.lastName) % u'.' % QString::number(id) % u'@' % domain;
    if (m_random.chance(0.9))
        person.phone = phoneNumber(side, *city);
    if (person.contactPerson || m_random.chance(0.25)) {
        person.street = m_random.pickText(words.streets);
        person.postalCode = city->postalCode.toString();
    }
    if (m_random.chance(0.85))
        person.languages = m_random.pickText(words.languages);
    if (m_random.chance(0.03))
        person.notes = m_random.pickText(words.notes);
    // Consent under the GDPR, given between its start and the reference day.
    if (m_random.chance(0.4)) {
        const QDate gdpr(2018, 5, 25);
        person.consentDate = gdpr.addDays(m_random.below(int(gdpr.daysTo(referenceDay()))));
        person.consentPurpose = words.consentPurpose.toString();
        person.legalBasis = u"consent"_qs;
    }
    return person;
}

QString Generator::phoneNumber(Side side, const City &city)
{
    if (side == Side::Ruhr) {
        static constexpr QStringView mobile[] = {u"151", u"160", u"171", u"172", u"176", u"177"};
        if (m_random.chance(0.4))
            return u"+49 "_qs % m_random.pickText(mobile) % u' ' % m_random.digits(7);
        // Area code and number make 10 or 11 digits in Germany.
        return u"+49 "_qs % city.phoneArea % u' ' %
               m_random.digits(int(10 - city.phoneArea.size()));
    }
    static constexpr QStringView mobile[] = {u"501", u"602", u"603", u"691", u"724", u"798"};
    if (m_random.chance(0.5))
        return u"+48 "_qs % m_random.pickText(mobile) % u' ' % m_random.digits(3) % u' ' %
               m_random.digits(3);
    return u"+48 "_qs % city.phoneArea % u' ' % m_random.digits(3) % u' ' % m_random.digits(2) %
           u' ' % m_random.digits(2);
}

QString Generator::writeTopics()
{
    for (const Trilingual &entry : topicEntries()) {
        Topic topic;
        topic.name = entry.text();
        const int id = int(m_topics.size()) + 1;
        if (const FieldIssues issues = Validation::check(topic); !issues.isEmpty())
            return rejected(topic.name.en, issues);
        if (!m_topicRows.write(id, topic))
            return failed(QStringLiteral("topics"), m_topicRows.error());
        m_topics.append(topic.name);
    }
    return {};
}

QString Generator::writeSites()
{
    const EventPhrases &phrases = eventPhrases();
    for (const SiteEntry &entry : siteEntries()) {
        Site site;
        site.name = entry.name.text();
        site.kind = entry.kind.toString();
        site.street = entry.street.toString();
        site.postalCode = entry.postalCode.toString();
        site.city = entry.city.toString();
        site.country = wordsOf(entry.side).country.toString();
        site.latitude = entry.latitude;
        site.longitude = entry.longitude;
        if (m_random.chance(0.6))
            site.description = m_random.pick(phrases.siteDescriptions).text();
        if (m_random.chance(0.5))
            site.accessibility = m_random.pick(phrases.siteAccessibility).text();
        // Hosted by an organisation of its city where there is one.
        QList<int> hosts;
        for (int index : m_organisationsBySide[sideIndex(entry.side)]) {
            if (m_organisations[index].city == site.city)
                hosts.append(index);
        }
        const OrganisationInfo &host = m_organisations[m_random.pick(
            hosts.isEmpty() ? m_organisationsBySide[sideIndex(entry.side)] : hosts)];
        site.hostOrganisationId = host.id;
        site.contactPersonId = host.contactId;
        const int id = int(m_sites.size()) + 1;
        if (const FieldIssues issues = Validation::check(site); !issues.isEmpty())
            return rejected(site.name.en, issues);
        if (!m_siteRows.write(id, site))
            return failed(QStringLiteral("sites"), m_siteRows.error());
        m_sitesBySide[sideIndex(entry.side)].append(int(m_sites.size()));
        m_sites.append({id, entry.side, site.city, site.address(), site.name});
    }
    return {};
}

} // namespace ep::bench
