#include "domain/wallclock.h"
#include "storage/eventrepository.h"
#include "storage/organisationrepository.h"
#include "storage/personrepository.h"
#include "storage/siterepository.h"
#include "storage/topicrepository.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace ep;

// Create, read, update and delete of every kind of record, the cascades of
// the schema and undoing a deletion.
class RepositoriesTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void organisationRoundTrip();
    void personRoundTrip();
    void topicRoundTrip();
    void siteRoundTrip();
    void eventRoundTripWithAgendaAndParticipants();
    void savingAnEventReplacesItsRows();
    void invalidRowLeavesEventAsStored();
    void deletingAnEventDeletesItsAgendaAndParticipations();
    void deletingAPersonCascadesAndRestores();
    void deletingAnOrganisationUnlinksAndRestores();
    void deletingASiteUnlinksAgendaItemsAndRestores();
    void deletingATopicAndRestoring();
    void historiesListEventsTakenPartIn();
    void removalImpactDescribesWhatGoes();

private:
    int count(const QString &table) const
    {
        QSqlQuery query(m_db->connection());
        query.exec(u"SELECT count(*) FROM "_qs % table);
        query.next();
        return query.value(0).toInt();
    }
    Organisation storedOrganisation(const QString &name, const QString &shortName);
    Person storedPerson(const QString &first, const QString &last, int organisationId = 0);
    Event storedEvent();

    std::unique_ptr<test::TestDatabase> m_db;
};

void RepositoriesTest::init()
{
    m_db = std::make_unique<test::TestDatabase>();
}

void RepositoriesTest::cleanup()
{
    m_db.reset();
}

Organisation RepositoriesTest::storedOrganisation(const QString &name, const QString &shortName)
{
    Organisation organisation;
    organisation.name = name;
    organisation.shortName = shortName;
    organisation.kind = u"regional_association"_qs;
    const QSqlError error = OrganisationRepository(m_db->connection()).save(organisation);
    if (error.isValid())
        qFatal("%s", qPrintable(error.text()));
    return organisation;
}

Person RepositoriesTest::storedPerson(const QString &first, const QString &last, int organisationId)
{
    Person person;
    person.firstName = first;
    person.lastName = last;
    person.organisationId = organisationId;
    const QSqlError error = PersonRepository(m_db->connection()).save(person);
    if (error.isValid())
        qFatal("%s", qPrintable(error.text()));
    return person;
}

Event RepositoriesTest::storedEvent()
{
    const Organisation gzm =
        storedOrganisation(u"Górnośląsko-Zagłębiowska Metropolia"_qs, u"GZM"_qs);
    const Person organiser = storedPerson(u"Agnieszka"_qs, u"Źródłowska"_qs, gzm.id);
    const Person delegate = storedPerson(u"Jürgen"_qs, u"Müller"_qs);
    Site site;
    site.name = {u"Nikiszowiec"_qs, u"Nikiszowiec"_qs, u"Nikiszowiec"_qs};
    site.city = u"Katowice"_qs;
    site.latitude = 50.2434;
    site.longitude = 19.0815;
    SiteRepository(m_db->connection()).save(site);
    Topic topic{0,
                {u"Industriekultur"_qs, u"Dziedzictwo przemysłowe"_qs, u"Industrial heritage"_qs}};
    TopicRepository(m_db->connection()).save(topic);

    Event event;
    event.kind = u"study_visit"_qs;
    event.title = {u"Studienreise nach Oberschlesien"_qs, u"Wizyta studyjna na Górnym Śląsku"_qs,
                   u"Study visit to Upper Silesia"_qs};
    event.startDate = QDate(2019, 8, 26);
    event.endDate = QDate(2019, 8, 28);
    event.venueCity = u"Katowice"_qs;
    event.hostOrganisationId = gzm.id;
    event.organiserIds = {organiser.id};
    event.topicIds = {topic.id};
    event.capacity = 25;
    event.status = u"confirmed"_qs;
    event.fundingProgramme = u"Interreg Central Europe"_qs;
    event.projectNumber = u"CE0100123"_qs;
    event.fundingLogo = QByteArray("\x89PNG\r\n\x1a\n and the rest", 22);
    AgendaItem walk;
    walk.day = QDate(2019, 8, 27);
    walk.start = QTime(10, 0);
    walk.end = QTime(12, 0);
    walk.title = {u"Rundgang"_qs, u"Spacer"_qs, u"Walk"_qs};
    walk.kind = u"site_visit"_qs;
    walk.siteId = site.id;
    walk.hostIds = {organiser.id};
    AgendaItem lunch;
    lunch.day = QDate(2019, 8, 27);
    lunch.start = QTime(12, 30);
    lunch.end = QTime(13, 30);
    lunch.title = {u"Mittagessen"_qs, u"Obiad"_qs, u"Lunch"_qs};
    lunch.kind = u"meal"_qs;
    event.agenda = {walk, lunch};
    Participation participation;
    participation.personId = delegate.id;
    participation.role = u"delegate"_qs;
    participation.status = u"confirmed"_qs;
    participation.delegation = u"RVR"_qs;
    participation.arrival = wallClock(QDate(2019, 8, 25), QTime(18, 30));
    participation.dietaryNeeds = u"vegetarisch"_qs;
    event.participants = {participation};
    const QSqlError error = EventRepository(m_db->connection()).save(event);
    if (error.isValid())
        qFatal("%s", qPrintable(error.text()));
    return event;
}

void RepositoriesTest::organisationRoundTrip()
{
    OrganisationRepository repository(m_db->connection());
    Organisation organisation = storedOrganisation(u"Business Metropole Ruhr"_qs, u"BMR"_qs);
    QVERIFY(organisation.id > 0);
    QCOMPARE(repository.load(organisation.id), organisation);

    organisation.city = u"Essen"_qs;
    organisation.website = u"https://www.business.ruhr"_qs;
    QVERIFY(!repository.save(organisation).isValid());
    QCOMPARE(repository.load(organisation.id)->city, u"Essen"_qs);
    QCOMPARE(repository.choices().first().second, u"Business Metropole Ruhr (BMR)"_qs);

    QVERIFY(!repository.remove(organisation.id).isValid());
    QVERIFY(!repository.load(organisation.id));
}

void RepositoriesTest::personRoundTrip()
{
    PersonRepository repository(m_db->connection());
    Person person;
    person.title = u"mgr inż."_qs;
    person.firstName = u"Małgorzata"_qs;
    person.lastName = u"Żółkiewska"_qs;
    person.email = u"m.zolkiewska@gzm.example.org"_qs;
    person.phone = u"+48 032 730 68 12"_qs; // the leading zero stays
    person.notes = u"Line one\nLine two, \"quoted\""_qs;
    person.contactPerson = true;
    person.legalBasis = u"consent"_qs;
    person.consentDate = QDate(2019, 5, 2);
    person.consentPurpose = u"Wymiana RVR–GZM"_qs;
    person.consentSource = u"formularz zgłoszeniowy, papier"_qs;
    person.consentWithdrawn = QDate(2024, 3, 1);
    QVERIFY(!repository.save(person).isValid());
    QCOMPARE(repository.load(person.id), person);

    person.lastName = u"Żółkiewska-Nowak"_qs;
    person.legalBasis = u"public_task"_qs;
    person.consentDate = QDate();
    person.consentWithdrawn = QDate();
    QVERIFY(!repository.save(person).isValid());
    QCOMPARE(repository.load(person.id), person);

    const QList<PersonLabel> labels = repository.labels({person.id, 9999});
    QCOMPARE(labels.size(), 1);
    QCOMPARE(labels.first().name, u"mgr inż. Małgorzata Żółkiewska-Nowak"_qs);

    QVERIFY(!repository.remove(person.id).isValid());
    QVERIFY(!repository.load(person.id));
}

void RepositoriesTest::topicRoundTrip()
{
    TopicRepository repository(m_db->connection());
    Topic topic{0, {u"Grüne Infrastruktur"_qs, QString(), u"Green infrastructure"_qs}};
    QVERIFY(!repository.save(topic).isValid());
    QCOMPARE(repository.load(topic.id), topic);
    topic.name.pl = u"Zielona infrastruktura"_qs;
    QVERIFY(!repository.save(topic).isValid());
    QCOMPARE(repository.load(topic.id)->name.pl, u"Zielona infrastruktura"_qs);

    Topic nameless;
    QVERIFY2(repository.save(nameless).isValid(), "the schema refuses a topic without a name");
    QCOMPARE(nameless.id, 0);
    QCOMPARE(count(u"topics"_qs), 1);
}

void RepositoriesTest::siteRoundTrip()
{
    const Organisation bochum = storedOrganisation(u"Stadt Bochum"_qs, QString());
    const Person contact = storedPerson(u"Rüdiger"_qs, u"Düsterhöft"_qs, bochum.id);
    SiteRepository repository(m_db->connection());
    Site site;
    site.name = {u"MARK 51°7"_qs, u"MARK 51°7"_qs, u"MARK 51°7"_qs};
    site.kind = u"business_park"_qs;
    site.street = u"Opelring 1"_qs;
    site.postalCode = u"44803"_qs;
    site.city = u"Bochum"_qs;
    site.country = u"DE"_qs;
    site.latitude = 51.4671;
    site.longitude = 7.2851;
    site.description.de = u"Ehemaliges Opel-Werk"_qs;
    site.hostOrganisationId = bochum.id;
    site.contactPersonId = contact.id;
    QVERIFY(!repository.save(site).isValid());
    QCOMPARE(repository.load(site.id), site);
    QCOMPARE(site.address(), u"Opelring 1, 44803 Bochum"_qs);

    site.latitude.reset();
    site.longitude.reset();
    QVERIFY(!repository.save(site).isValid());
    QVERIFY(!repository.load(site.id)->latitude);

    site.latitude = 123.0;
    QVERIFY2(repository.save(site).isValid(), "the schema refuses a latitude beyond 90°");
}

void RepositoriesTest::eventRoundTripWithAgendaAndParticipants()
{
    const Event event = storedEvent();
    QVERIFY(event.id > 0);
    for (const AgendaItem &item : event.agenda)
        QVERIFY(item.id > 0);
    QVERIFY(event.participants.first().id > 0);
    const std::optional<Event> loaded = EventRepository(m_db->connection()).load(event.id);
    QVERIFY(loaded);
    QCOMPARE(*loaded, event);

    const QList<EventSummary> summaries = EventRepository(m_db->connection()).summaries();
    QCOMPARE(summaries.size(), 1);
    QCOMPARE(summaries.first().title.pl, u"Wizyta studyjna na Górnym Śląsku"_qs);
    QCOMPARE(summaries.first().startDate, QDate(2019, 8, 26));
}

void RepositoriesTest::savingAnEventReplacesItsRows()
{
    Event event = storedEvent();
    EventRepository repository(m_db->connection());
    const int keptId = event.agenda[1].id;
    event.agenda.removeFirst();
    event.agenda[0].title.en = u"Lunch at the Szyb Wilson gallery"_qs;
    AgendaItem talk;
    talk.day = QDate(2019, 8, 28);
    talk.start = QTime(9, 0);
    talk.end = QTime(10, 0);
    talk.title.en = u"Closing talk"_qs;
    event.agenda.append(talk);
    event.participants.clear();
    event.organiserIds.clear();
    QVERIFY(!repository.save(event).isValid());

    const Event loaded = *repository.load(event.id);
    QCOMPARE(loaded.agenda.size(), 2);
    QCOMPARE(loaded.agenda[0].id, keptId); // updated in place: its id is stable
    QCOMPARE(loaded.agenda[0].title.en, u"Lunch at the Szyb Wilson gallery"_qs);
    QCOMPARE(loaded.agenda[1].title.en, u"Closing talk"_qs);
    QVERIFY(loaded.participants.isEmpty());
    QVERIFY(loaded.organiserIds.isEmpty());
    QCOMPARE(count(u"agenda_item_hosts"_qs), 0); // the walk's host went with the walk
}

void RepositoriesTest::invalidRowLeavesEventAsStored()
{
    Event event = storedEvent();
    const Event stored = event;
    EventRepository repository(m_db->connection());
    event.title.en = u"Changed title"_qs;
    event.agenda[1].end = event.agenda[1].start; // refused by the CHECK constraint
    QVERIFY(repository.save(event).isValid());
    QCOMPARE(*repository.load(stored.id), stored);
}

void RepositoriesTest::deletingAnEventDeletesItsAgendaAndParticipations()
{
    const Event event = storedEvent();
    EventRepository repository(m_db->connection());
    RemovalSnapshot removal;
    QVERIFY(!repository.remove(event.id, &removal).isValid());
    QCOMPARE(count(u"events"_qs), 0);
    QCOMPARE(count(u"agenda_items"_qs), 0);
    QCOMPARE(count(u"participations"_qs), 0);
    QCOMPARE(count(u"people"_qs), 2); // the people stay

    QVERIFY(!repository.restore(removal).isValid());
    QCOMPARE(*repository.load(event.id), event);
}

void RepositoriesTest::deletingAPersonCascadesAndRestores()
{
    const Event event = storedEvent();
    const int organiserId = event.organiserIds.first();
    const int delegateId = event.participants.first().personId;
    PersonRepository people(m_db->connection());
    {
        SiteRepository sites(m_db->connection());
        Site site = *sites.load(event.agenda.first().siteId);
        site.contactPersonId = organiserId;
        QVERIFY(!sites.save(site).isValid());
    }

    RemovalSnapshot organiserRemoval;
    QVERIFY(!people.remove(organiserId, &organiserRemoval).isValid());
    Event loaded = *EventRepository(m_db->connection()).load(event.id);
    QVERIFY(loaded.organiserIds.isEmpty());
    QVERIFY(loaded.agenda.first().hostIds.isEmpty());
    QCOMPARE(SiteRepository(m_db->connection()).load(event.agenda.first().siteId)->contactPersonId,
             0);

    RemovalSnapshot delegateRemoval;
    QVERIFY(!people.remove(delegateId, &delegateRemoval).isValid());
    QCOMPARE(count(u"participations"_qs), 0);

    QVERIFY(!people.restore(delegateRemoval).isValid());
    QVERIFY(!people.restore(organiserRemoval).isValid());
    loaded = *EventRepository(m_db->connection()).load(event.id);
    QCOMPARE(loaded, event);
    QCOMPARE(SiteRepository(m_db->connection()).load(event.agenda.first().siteId)->contactPersonId,
             organiserId);
}

void RepositoriesTest::deletingAnOrganisationUnlinksAndRestores()
{
    const Event event = storedEvent();
    OrganisationRepository organisations(m_db->connection());
    const int gzmId = event.hostOrganisationId;
    const int organiserId = event.organiserIds.first();
    RemovalSnapshot removal;
    QVERIFY(!organisations.remove(gzmId, &removal).isValid());
    QCOMPARE(PersonRepository(m_db->connection()).load(organiserId)->organisationId, 0);
    QCOMPARE(EventRepository(m_db->connection()).load(event.id)->hostOrganisationId, 0);

    QVERIFY(!organisations.restore(removal).isValid());
    QCOMPARE(PersonRepository(m_db->connection()).load(organiserId)->organisationId, gzmId);
    QCOMPARE(EventRepository(m_db->connection()).load(event.id)->hostOrganisationId, gzmId);
}

void RepositoriesTest::deletingASiteUnlinksAgendaItemsAndRestores()
{
    const Event event = storedEvent();
    SiteRepository sites(m_db->connection());
    const int siteId = event.agenda.first().siteId;
    RemovalSnapshot removal;
    QVERIFY(!sites.remove(siteId, &removal).isValid());
    QCOMPARE(EventRepository(m_db->connection()).load(event.id)->agenda.first().siteId, 0);
    QCOMPARE(count(u"agenda_items"_qs), 2); // the items stay, without the site
    QVERIFY(!sites.restore(removal).isValid());
    QCOMPARE(*EventRepository(m_db->connection()).load(event.id), event);
}

void RepositoriesTest::deletingATopicAndRestoring()
{
    const Event event = storedEvent();
    TopicRepository topics(m_db->connection());
    RemovalSnapshot removal;
    QVERIFY(!topics.remove(event.topicIds.first(), &removal).isValid());
    QVERIFY(EventRepository(m_db->connection()).load(event.id)->topicIds.isEmpty());
    QVERIFY(!topics.restore(removal).isValid());
    QCOMPARE(EventRepository(m_db->connection()).load(event.id)->topicIds, event.topicIds);
}

void RepositoriesTest::historiesListEventsTakenPartIn()
{
    const Event event = storedEvent();
    const QList<EventLink> organiserHistory =
        PersonRepository(m_db->connection()).history(event.organiserIds.first());
    QStringList roles;
    for (const EventLink &link : organiserHistory) {
        QCOMPARE(link.eventId, event.id);
        roles.append(link.role);
    }
    QCOMPARE(roles, (QStringList{u"host"_qs, u"organiser"_qs}));

    const QList<EventLink> delegateHistory =
        PersonRepository(m_db->connection()).history(event.participants.first().personId);
    QCOMPARE(delegateHistory.size(), 1);
    QCOMPARE(delegateHistory.first().role, u"delegate"_qs);
    QCOMPARE(delegateHistory.first().title.de, u"Studienreise nach Oberschlesien"_qs);

    const QList<EventLink> visits =
        SiteRepository(m_db->connection()).visits(event.agenda.first().siteId);
    QCOMPARE(visits.size(), 1);
    QCOMPARE(visits.first().eventId, event.id);
    QCOMPARE(visits.first().day, QDate(2019, 8, 27));
}

void RepositoriesTest::removalImpactDescribesWhatGoes()
{
    const Event event = storedEvent();
    const RemovalImpact eventImpact =
        EventRepository(m_db->connection()).impactOfRemoving(event.id);
    QCOMPARE(eventImpact.agendaItems, 2);
    QCOMPARE(eventImpact.participations, 1);
    QCOMPARE(eventImpact.describe(),
             (QStringList{u"2 agenda item(s) will be deleted with it."_qs,
                          u"1 participation(s) will be deleted with it."_qs}));

    const RemovalImpact personImpact =
        PersonRepository(m_db->connection()).impactOfRemoving(event.organiserIds.first());
    QCOMPARE(personImpact.organiserRoles, 1);
    QCOMPARE(personImpact.hostRoles, 1);
    QCOMPARE(personImpact.participations, 0);

    const RemovalImpact organisationImpact =
        OrganisationRepository(m_db->connection()).impactOfRemoving(event.hostOrganisationId);
    QCOMPARE(organisationImpact.peopleUnlinked, 1);
    QCOMPARE(organisationImpact.eventsUnlinked, 1);

    Topic unused{0, {QString(), QString(), u"Unused"_qs}};
    TopicRepository(m_db->connection()).save(unused);
    QVERIFY(TopicRepository(m_db->connection()).impactOfRemoving(unused.id).isEmpty());
}

QTEST_GUILESS_MAIN(RepositoriesTest)
#include "tst_repositories.moc"
