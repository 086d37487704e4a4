// What the conflict dialog offers after another writer changed a record, and
// what saving the user's choices writes; how an open connection learns of
// another connection's commit. Real second connections on one file.
#include "storage/eventrepository.h"
#include "storage/externalchanges.h"
#include "storage/organisationrepository.h"
#include "storage/personrepository.h"
#include "storage/recordmerge.h"
#include "storage/recordnames.h"
#include "testdatabase.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace ep;

class RecordMergeTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void fieldsChangedOnlyHereAreOfferedAsTheyAre();
    void fieldChangedOnBothSidesIsMarkedAndChosen();
    void legalBasisChangedOnBothSidesIsAChoiceAndTheWithdrawalStays();
    void participantAddedElsewhereStaysAndMineIsAdded();
    void participantChangedHereAndDeletedElsewhereComesBackAsNewWhenKept();
    void agendaItemDeletedHereButChangedElsewhereIsAChoice();
    void untouchedChildChangesNeedNoChoice();
    void valuesReadAsTheUserKnowsThem();
    void namesAreReadWithoutLoadingRecords();
    void anotherConnectionsCommitIsNoticed();

private:
    std::unique_ptr<test::TestDatabase> m_file;
    std::unique_ptr<Database> m_other; // another window or program on the same file
};

void RecordMergeTest::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_file = std::make_unique<test::TestDatabase>();
    m_file->writeDemoProgramme();
    m_other = std::make_unique<Database>();
    QVERIFY(m_other->open(m_file->path()).ok());
}

void RecordMergeTest::cleanup()
{
    m_other.reset();
    m_file.reset();
}

void RecordMergeTest::fieldsChangedOnlyHereAreOfferedAsTheyAre()
{
    const Event loaded = *EventRepository(m_file->connection()).load(1);
    Event theirs = loaded;
    theirs.venueCity = u"Gliwice"_qs;
    QVERIFY(EventRepository(m_other->connection()).save(theirs, loaded).ok());

    Event mine = loaded;
    mine.onlinePlatform = u"BigBlueButton"_qs;
    EventRepository repository(m_file->connection());
    const SaveResult refused = repository.save(mine, loaded);
    QCOMPARE(refused.stale, (QList<StaleRow>{{u"events"_qs, 1, false}}));
    const Event stored = *repository.load(1);
    const RecordMerge<Event> merge(m_file->connection(), mine, loaded, stored);
    QCOMPARE(merge.choices().size(), 1);
    QCOMPARE(merge.choices()[0].what, u"Online platform"_qs);
    QCOMPARE(merge.choices()[0].mine, u"BigBlueButton"_qs);
    QCOMPARE(merge.choices()[0].stored,
             loaded.onlinePlatform.isEmpty() ? u"(empty)"_qs : loaded.onlinePlatform);
    QVERIFY(!merge.choices()[0].changedElsewhere);
    Event merged = merge.merged(merge.choices());
    QVERIFY(repository.save(merged, stored).ok());
    Event expected = stored;
    expected.onlinePlatform = u"BigBlueButton"_qs;
    expected.version = stored.version + 1;
    QCOMPARE(*repository.load(1), expected);
}

void RecordMergeTest::fieldChangedOnBothSidesIsMarkedAndChosen()
{
    const Event loaded = *EventRepository(m_file->connection()).load(1);
    Event theirs = loaded;
    theirs.title.pl = u"Wizyta studyjna (ich)"_qs;
    theirs.capacity = 40;
    QVERIFY(EventRepository(m_other->connection()).save(theirs, loaded).ok());
    Event mine = loaded;
    mine.title.pl = u"Wizyta studyjna (moja)"_qs;
    mine.venueAddress = u"Gelsenkirchener Str. 181"_qs;
    const Event stored = *EventRepository(m_file->connection()).load(1);
    const RecordMerge<Event> merge(m_file->connection(), mine, loaded, stored);
    QList<MergeChoice> choices = merge.choices();
    QCOMPARE(choices.size(), 2);
    QCOMPARE(choices[0].what, u"Title (PL)"_qs);
    QVERIFY(choices[0].changedElsewhere);
    QCOMPARE(choices[0].stored, u"Wizyta studyjna (ich)"_qs);
    QCOMPARE(choices[1].what, u"Venue: address"_qs);
    QVERIFY(!choices[1].changedElsewhere);
    choices[0].takeMine = false;
    const Event merged = merge.merged(choices);
    QCOMPARE(merged.title.pl, u"Wizyta studyjna (ich)"_qs);
    QCOMPARE(merged.venueAddress, u"Gelsenkirchener Str. 181"_qs);
    QCOMPARE(merged.capacity, 40); // theirs, which the user never touched
}

void RecordMergeTest::legalBasisChangedOnBothSidesIsAChoiceAndTheWithdrawalStays()
{
    const Person loaded = PersonRepository(m_file->connection()).contactPeople().first();
    QCOMPARE(loaded.legalBasis, u"consent"_qs);
    // A colleague records that the person withdrew consent, and another basis.
    Person theirs = loaded;
    theirs.consentWithdrawn = QDate(2024, 3, 1);
    theirs.legalBasis = u"legitimate_interests"_qs;
    QVERIFY(PersonRepository(m_other->connection()).save(theirs, loaded).ok());

    // Meanwhile this window changed the basis and where consent was given.
    Person mine = loaded;
    mine.legalBasis = u"public_task"_qs;
    mine.consentSource = u"Anmeldeformular, Papier"_qs;
    PersonRepository repository(m_file->connection());
    QVERIFY(!repository.save(mine, loaded).stale.isEmpty());
    const Person stored = *repository.load(loaded.id);
    const RecordMerge<Person> merge(m_file->connection(), mine, loaded, stored);
    QList<MergeChoice> choices = merge.choices();
    QCOMPARE(choices.size(), 2);
    QCOMPARE(choices[0].what, u"Source of consent"_qs);
    QVERIFY(!choices[0].changedElsewhere);
    QCOMPARE(choices[1].what, u"Legal basis"_qs);
    QVERIFY(choices[1].changedElsewhere);
    QCOMPARE(choices[1].mine, u"Task in the public interest"_qs); // labels, not codes
    QCOMPARE(choices[1].stored, u"Legitimate interests"_qs);
    choices[1].takeMine = false;
    Person merged = merge.merged(choices);
    QVERIFY(repository.save(merged, stored).ok());
    Person expected = stored;
    expected.consentSource = u"Anmeldeformular, Papier"_qs;
    expected.version = stored.version + 1;
    QCOMPARE(*repository.load(loaded.id), expected); // their withdrawal and basis kept
}

void RecordMergeTest::participantAddedElsewhereStaysAndMineIsAdded()
{
    EventRepository repository(m_file->connection());
    const Event loaded = *repository.load(1);
    Person guest;
    guest.firstName = u"Ewa"_qs;
    guest.lastName = u"Nowak"_qs;
    QVERIFY(!PersonRepository(m_other->connection()).save(guest).isValid());
    Person mineGuest;
    mineGuest.firstName = u"Jan"_qs;
    mineGuest.lastName = u"Kos"_qs;
    QVERIFY(!PersonRepository(m_file->connection()).save(mineGuest).isValid());

    Event theirs = loaded;
    Participation theirGuest;
    theirGuest.personId = guest.id;
    theirs.participants.append(theirGuest);
    theirs.venueCity = u"Gliwice"_qs;
    QVERIFY(EventRepository(m_other->connection()).save(theirs, loaded).ok());
    Event mine = loaded;
    Participation myGuest;
    myGuest.personId = mineGuest.id;
    mine.participants.append(myGuest);
    mine.venueCity = u"Bytom"_qs;
    QVERIFY(!repository.save(mine, loaded).ok());

    const Event stored = *repository.load(1);
    const RecordMerge<Event> merge(m_file->connection(), mine, loaded, stored);
    QCOMPARE(merge.choices().size(), 1); // the city; the new participant needs no choice
    Event merged = merge.merged(merge.choices());
    QVERIFY(repository.save(merged, stored).ok());
    const Event after = *repository.load(1);
    QCOMPARE(after.participants.size(), loaded.participants.size() + 2);
    QCOMPARE(after.venueCity, u"Bytom"_qs);
}

void RecordMergeTest::participantChangedHereAndDeletedElsewhereComesBackAsNewWhenKept()
{
    EventRepository repository(m_file->connection());
    const Event loaded = *repository.load(1);
    Event theirs = loaded;
    const Participation gone = theirs.participants.takeFirst();
    QVERIFY(EventRepository(m_other->connection()).save(theirs, loaded).ok());
    Event mine = loaded;
    mine.participants[0].dietaryNeeds = u"vegetarian"_qs;
    const Event stored = *repository.load(1);
    const RecordMerge<Event> merge(m_file->connection(), mine, loaded, stored);
    QCOMPARE(merge.choices().size(), 1);
    QVERIFY(merge.choices()[0].what.startsWith(u"Participant "_qs));
    QCOMPARE(merge.choices()[0].stored, u"deleted by another window or program"_qs);
    QVERIFY(merge.choices()[0].mine.contains(u"vegetarian"_qs));

    QList<MergeChoice> dropped = merge.choices();
    dropped[0].takeMine = false;
    QCOMPARE(merge.merged(dropped).participants, stored.participants);

    Event merged = merge.merged(merge.choices());
    QVERIFY(repository.save(merged, stored).ok());
    const Event after = *repository.load(1);
    QCOMPARE(after.participants.size(), loaded.participants.size());
    const Participation back = after.participants.last();
    QCOMPARE(back.personId, gone.personId);
    QCOMPARE(back.dietaryNeeds, u"vegetarian"_qs);
    QVERIFY(back.id > gone.id); // a new row: the deleted one's id is not reused
}

void RecordMergeTest::agendaItemDeletedHereButChangedElsewhereIsAChoice()
{
    EventRepository repository(m_file->connection());
    const Event loaded = *repository.load(1);
    Event theirs = loaded;
    theirs.agenda[0].meetingPoint.en = u"Main gate"_qs;
    QVERIFY(EventRepository(m_other->connection()).save(theirs, loaded).ok());
    Event mine = loaded;
    mine.agenda.removeFirst();
    const Event stored = *repository.load(1);
    const RecordMerge<Event> merge(m_file->connection(), mine, loaded, stored);
    QCOMPARE(merge.choices().size(), 1);
    QCOMPARE(merge.choices()[0].mine, u"deleted"_qs);
    QCOMPARE(merge.choices()[0].stored, u"changed: Meeting point (EN): Main gate"_qs);
    QList<MergeChoice> kept = merge.choices();
    kept[0].takeMine = false;
    QCOMPARE(merge.merged(kept).agenda, stored.agenda);
    QCOMPARE(merge.merged(merge.choices()).agenda.size(), stored.agenda.size() - 1);
}

void RecordMergeTest::untouchedChildChangesNeedNoChoice()
{
    EventRepository repository(m_file->connection());
    const Event loaded = *repository.load(1);
    Event theirs = loaded;
    theirs.agenda[0].notes = u"Helmets provided"_qs;
    QVERIFY(EventRepository(m_other->connection()).save(theirs, loaded).ok());
    Event mine = loaded;
    mine.agenda[0].meetingPoint.pl = u"Parking A"_qs; // the same row, another field
    mine.agenda[1].notes = u"Bring boots"_qs;
    const SaveResult refused = repository.save(mine, loaded);
    QCOMPARE(refused.stale.size(), 1);
    QCOMPARE(refused.stale[0].table, u"agenda_items"_qs);
    const Event stored = *repository.load(1);
    const RecordMerge<Event> merge(m_file->connection(), mine, loaded, stored);
    QVERIFY(merge.choices().isEmpty());
    Event merged = merge.merged({});
    QVERIFY(repository.save(merged, stored).ok());
    const Event after = *repository.load(1);
    QCOMPARE(after.agenda[0].notes, u"Helmets provided"_qs);
    QCOMPARE(after.agenda[0].meetingPoint.pl, u"Parking A"_qs);
    QCOMPARE(after.agenda[1].notes, u"Bring boots"_qs);
}

void RecordMergeTest::valuesReadAsTheUserKnowsThem()
{
    const QSqlDatabase db = m_file->connection();
    const Event event = *EventRepository(db).load(1);
    const auto column = [](const char *name) {
        for (const Column<Event> &each : recordTable<Event>().columns) {
            if (each.name == QLatin1String(name))
                return each;
        }
        qFatal("no column %s", name);
    };
    QCOMPARE(ValueTexts::of(db, column("start_date"), event),
             QLocale().toString(event.startDate, QLocale::ShortFormat));
    QCOMPARE(ValueTexts::of(db, column("host_organisation_id"), event),
             OrganisationRepository(db).load(event.hostOrganisationId)->name);
    QCOMPARE(ValueTexts::of(db, column("status"), event),
             vocabularyLabel(Vocabulary::EventStatus, event.status));
    Site site;
    site.latitude = 51.4882;
    const Column<Site> latitude = [] {
        for (const Column<Site> &each : recordTable<Site>().columns) {
            if (each.name == u"latitude")
                return each;
        }
        qFatal("no latitude");
    }();
    QLocale::setDefault(QLocale(QLocale::Polish, QLocale::Poland));
    QCOMPARE(ValueTexts::of(db, latitude, site), u"51,488200"_qs);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    Event empty = event;
    empty.onlineLink.clear();
    QCOMPARE(ValueTexts::of(db, column("online_link"), empty), u"(empty)"_qs);
}

void RecordMergeTest::namesAreReadWithoutLoadingRecords()
{
    const QSqlDatabase db = m_file->connection();
    const Event event = *EventRepository(db).load(1);
    QCOMPARE(recordnames::of(db, u"events"_qs, 1, Language::Polish), event.title.pl);
    const Person person = *PersonRepository(db).load(event.participants[0].personId);
    const QHash<int, QString> names = recordnames::of(
        db, u"participations"_qs, {event.participants[0].id, 999999}, Language::English);
    QCOMPARE(names, (QHash<int, QString>{{event.participants[0].id, person.displayName()}}));
}

void RecordMergeTest::anotherConnectionsCommitIsNoticed()
{
    ExternalChanges watcher(m_file->connection(), std::chrono::milliseconds(50));
    QSignalSpy committed(&watcher, &ExternalChanges::committed);
    Organisation own;
    own.name = u"Written here"_qs;
    QVERIFY(!OrganisationRepository(m_file->connection()).save(own).isValid());
    QTest::qWait(200);
    QCOMPARE(committed.size(), 0); // this connection's own commit
    Organisation other;
    other.name = u"Written elsewhere"_qs;
    QVERIFY(!OrganisationRepository(m_other->connection()).save(other).isValid());
    QVERIFY(committed.wait(2000));
}

QTEST_GUILESS_MAIN(RecordMergeTest)
#include "tst_recordmerge.moc"
