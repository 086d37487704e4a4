// Two windows, a window and a command-line import, a colleague: writers on
// one database file, each through its own connection, as the program opens
// one. A save writes what its user changed and nothing else, a save against
// a record another writer changed or deleted is refused, ids are never given
// twice and undoing a deletion never overwrites (issue 11, items 1 to 3).

#include "manywriters.h"
#include "storage/eventrepository.h"
#include "storage/organisationrepository.h"
#include "storage/personrepository.h"
#include "storage/siterepository.h"
#include "testdatabase.h"

#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace ep;

namespace {

// `rows` with the change that turned `from` into `to`: the rows that went
// taken out, the new ones added.
QStringList changed(QStringList rows, const QStringList &from, const QStringList &to)
{
    QStringList added = to;
    for (const QString &row : from) {
        if (!added.removeOne(row))
            rows.removeOne(row);
    }
    rows += added;
    rows.sort();
    return rows;
}

} // namespace

class ManyWritersTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void saveKeepsTheParticipantsAnImportAdded();
    void saveOfAnotherFieldAfterAnotherWindowsSaveIsRefused();
    void saveOfTheSameFieldAfterAnotherWindowsSaveIsRefused();
    void saveNeverBringsBackADeletedEvent();
    void newParticipantOfADeletedEventIsReportedAsDeleted();
    void removalOfAChangedRecordIsRefused();
    void idsAreNeverReusedAndUndoOfADeletionOverwritesNobody_data();
    void idsAreNeverReusedAndUndoOfADeletionOverwritesNobody();
    void undoOfADeletionIsRefusedWhenARowItBelongedToIsGone();
    void undoOfADeletionIsRefusedWhenARecordItReferredToIsGone();
    void removedAgendaItemLeavesAnotherWindowsNewOne();
    void participantEditedHereAndDeletedThereIsNotBroughtBack();
    void secondOpenInOneProcessKeepsTheFirstsLocks();

private:
    // "This window" and "the other window or program".
    QSqlDatabase window() const { return m_db->connection(); }
    QSqlDatabase other() const { return m_other->connection(); }
    int participationsOf(int eventId) const
    {
        QSqlQuery query(window());
        query.prepare(QStringLiteral("SELECT count(*) FROM participations WHERE event_id = :id"));
        query.bindValue(QStringLiteral(":id"), eventId);
        query.exec();
        query.next();
        return query.value(0).toInt();
    }

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<test::SecondConnection> m_other;
};

void ManyWritersTest::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    m_other = std::make_unique<test::SecondConnection>(m_db->path());
}

void ManyWritersTest::cleanup()
{
    m_other.reset();
    m_db.reset();
}

void ManyWritersTest::saveKeepsTheParticipantsAnImportAdded()
{
    // The window shows 29 participants; the command line imports 100 more;
    // the window's user types a city and saves.
    const int id = test::storedStudyVisit(window(), 29).id;
    EventRepository events(window());
    const Event shown = *events.load(id);
    QCOMPARE(test::importParticipants(m_db->path(), id, 1, 100), 0);
    const Event imported = *EventRepository(other()).load(id);
    QCOMPARE(imported.participants.size(), 129);

    Event edited = shown;
    edited.venueCity = u"Gliwice"_qs;
    const SaveResult result = events.save(edited, shown);
    QVERIFY2(result.ok(), qPrintable(StaleMessages::asError(result).text()));

    Event expected = imported;
    expected.venueCity = u"Gliwice"_qs;
    expected.version = imported.version + 1;
    QCOMPARE(*events.load(id), expected);
    QCOMPARE(participationsOf(id), 129);
}

void ManyWritersTest::saveOfAnotherFieldAfterAnotherWindowsSaveIsRefused()
{
    // Window A saves a venue, window B then the online platform. B's save
    // was made against the event as it was before A's: it is refused (the
    // rule is that a save against a changed record is caught, also when the
    // fields differ), and A's venue stays. Reloaded, B's change goes in.
    const int id = test::storedStudyVisit(window(), 3).id;
    EventRepository windowA(window());
    EventRepository windowB(other());
    const Event loadedByA = *windowA.load(id);
    const Event loadedByB = *windowB.load(id);

    Event venue = loadedByA;
    venue.venueAddress = u"ul. Ścigały 20"_qs;
    QVERIFY(windowA.save(venue, loadedByA).ok());

    Event platform = loadedByB;
    platform.onlinePlatform = u"Zoom"_qs;
    const SaveResult refused = windowB.save(platform, loadedByB);
    QVERIFY(!refused.error.isValid());
    QCOMPARE(refused.stale, (QList<StaleRow>{{u"events"_qs, id, false}}));
    QCOMPARE(platform.version, loadedByB.version); // left as the user had it
    QCOMPARE(*windowB.load(id), venue);

    const Event reloaded = *windowB.load(id);
    Event again = reloaded;
    again.onlinePlatform = u"Zoom"_qs;
    QVERIFY(windowB.save(again, reloaded).ok());
    const Event both = *windowA.load(id);
    QCOMPARE(both, again);
    QCOMPARE(both.venueAddress, u"ul. Ścigały 20"_qs);
    QCOMPARE(both.onlinePlatform, u"Zoom"_qs);
}

void ManyWritersTest::saveOfTheSameFieldAfterAnotherWindowsSaveIsRefused()
{
    const int id = test::storedStudyVisit(window(), 3).id;
    EventRepository windowA(window());
    EventRepository windowB(other());
    const Event loadedByA = *windowA.load(id);
    const Event loadedByB = *windowB.load(id);

    Event gliwice = loadedByA;
    gliwice.venueCity = u"Gliwice"_qs;
    QVERIFY(windowA.save(gliwice, loadedByA).ok());

    Event bytom = loadedByB;
    bytom.venueCity = u"Bytom"_qs;
    const SaveResult refused = windowB.save(bytom, loadedByB);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.stale, (QList<StaleRow>{{u"events"_qs, id, false}}));
    QCOMPARE(*windowB.load(id), gliwice);
}

void ManyWritersTest::saveNeverBringsBackADeletedEvent()
{
    // Window B deletes the event window A still shows; A's user changes the
    // city and a participant's status and saves.
    const int id = test::storedStudyVisit(window(), 3).id;
    EventRepository windowA(window());
    const Event shown = *windowA.load(id);
    QVERIFY(EventRepository(other()).remove(id, shown.version).ok());
    const QStringList afterDeletion = test::everyRow(window());

    Event edited = shown;
    edited.venueCity = u"Gliwice"_qs;
    edited.participants[0].status = u"confirmed"_qs;
    const SaveResult refused = windowA.save(edited, shown);
    QVERIFY(!refused.ok());
    QVERIFY(!refused.error.isValid());
    QVERIFY(refused.stale.contains(StaleRow{u"events"_qs, id, true}));
    QVERIFY(!windowA.load(id));
    QCOMPARE(participationsOf(id), 0);
    QCOMPARE(test::everyRow(window()), afterDeletion); // nothing written at all
}

void ManyWritersTest::newParticipantOfADeletedEventIsReportedAsDeleted()
{
    // Only a participant added: the event's own row is not written, yet its
    // deletion is what the user has to hear about.
    const int id = test::storedStudyVisit(window(), 3).id;
    EventRepository windowA(window());
    const Event shown = *windowA.load(id);
    QVERIFY(EventRepository(other()).remove(id, shown.version).ok());

    Event edited = shown;
    Participation late;
    late.personId = test::storedPerson(other(), u"Ewa"_qs, u"Kowalska"_qs);
    edited.participants.append(late);
    const QStringList beforeSave = test::everyRow(window());
    const SaveResult refused = windowA.save(edited, shown);
    QVERIFY(!refused.ok());
    QVERIFY2(!refused.error.isValid(), qPrintable(refused.error.text()));
    QCOMPARE(refused.stale, (QList<StaleRow>{{u"events"_qs, id, true}}));
    QCOMPARE(participationsOf(id), 0);
    QCOMPARE(test::everyRow(window()), beforeSave);
}

void ManyWritersTest::removalOfAChangedRecordIsRefused()
{
    // A deletes, from what it loaded, a person B has just edited.
    const int id = test::storedPerson(window(), u"Anna"_qs, u"Nowak"_qs);
    const Person loadedByA = *PersonRepository(window()).load(id);
    Person edited = loadedByA;
    edited.email = u"anna.nowak@katowice.example.org"_qs;
    QVERIFY(PersonRepository(other()).save(edited, loadedByA).ok());

    const SaveResult refused = PersonRepository(window()).remove(id, loadedByA.version);
    QCOMPARE(refused.stale, (QList<StaleRow>{{u"people"_qs, id, false}}));
    QCOMPARE(*PersonRepository(window()).load(id), edited);
}

void ManyWritersTest::idsAreNeverReusedAndUndoOfADeletionOverwritesNobody_data()
{
    QTest::addColumn<bool>("byImport");
    QTest::newRow("another window") << false;
    QTest::newRow("the command-line import") << true;
}

void ManyWritersTest::idsAreNeverReusedAndUndoOfADeletionOverwritesNobody()
{
    // Anna, registered for the event, is deleted in the window; another
    // window or an import adds another person, with her registration,
    // meanwhile; then the window's user undoes the deletion.
    QFETCH(bool, byImport);
    const int eventId = test::storedStudyVisit(window(), 1).id;
    EventRepository events(window());
    PersonRepository people(window());
    const int annaId = test::storedPerson(window(), u"Anna"_qs, u"Nowak"_qs);
    test::storedRegistration(window(), eventId, annaId, u"Anna's registration"_qs);
    const Person anna = *people.load(annaId);
    const QStringList beforeDeletion = test::everyRow(window());
    RemovalSnapshot removal;
    QVERIFY(people.remove(annaId, anna.version, &removal).ok());

    const QStringList afterDeletion = test::everyRow(window());
    int importedId = 0;
    if (byImport) {
        QCOMPARE(test::importParticipants(m_db->path(), eventId, 1, 1), 0);
        QSqlQuery query(other());
        QVERIFY(query.exec(
            QStringLiteral("SELECT id FROM people WHERE email = 'imported.1@example.org'")));
        QVERIFY(query.next());
        importedId = query.value(0).toInt();
    } else {
        importedId = test::storedPerson(other(), u"Ewa"_qs, u"Kowalska"_qs);
        test::storedRegistration(other(), eventId, importedId);
    }
    const QStringList afterImport = test::everyRow(window());
    QVERIFY2(importedId > annaId, "a new record never gets a deleted record's id");
    const Person imported = *PersonRepository(other()).load(importedId);
    const Event withImported = *EventRepository(other()).load(eventId);

    QVERIFY(!people.restore(removal).isValid());
    QCOMPARE(*people.load(annaId), anna);
    QCOMPARE(*people.load(importedId), imported);
    const Event restored = *events.load(eventId);
    QCOMPARE(restored.participants.size(), 3);
    QCOMPARE(restored.participants.mid(0, 1), withImported.participants.mid(0, 1));
    QCOMPARE(restored.participants[1].personId, annaId);
    QCOMPARE(restored.participants[1].notes, u"Anna's registration"_qs);
    QCOMPARE(restored.participants[2], withImported.participants[1]); // hers stays hers
    QCOMPARE(restored.participants[2].personId, importedId);

    // Every row as before the deletion, with what the other writer changed.
    QCOMPARE(test::everyRow(window()), changed(beforeDeletion, afterDeletion, afterImport));
}

void ManyWritersTest::undoOfADeletionIsRefusedWhenARowItBelongedToIsGone()
{
    // A person is deleted in the window with her registration; another
    // program deletes the event she was registered for; undo in the window
    // cannot put her registration back and writes nothing.
    const Event visit = test::storedStudyVisit(window(), 2);
    PersonRepository people(window());
    const int personId = visit.participants[0].personId;
    RemovalSnapshot removal;
    QVERIFY(people.remove(personId, people.load(personId)->version, &removal).ok());
    EventRepository elsewhere(other());
    QVERIFY(elsewhere.remove(visit.id, elsewhere.load(visit.id)->version).ok());

    const QStringList beforeUndo = test::everyRow(window());
    QVERIFY(people.restore(removal).isValid());
    QCOMPARE(test::everyRow(window()), beforeUndo);
    QVERIFY(!people.load(personId));
}

void ManyWritersTest::undoOfADeletionIsRefusedWhenARecordItReferredToIsGone()
{
    // A site is deleted in the window; another program deletes the
    // organisation that hosted it.
    const Event visit = test::storedStudyVisit(window(), 1);
    const int siteId = visit.agenda[0].siteId;
    SiteRepository sites(window());
    Site site = *sites.load(siteId);
    const Site loaded = site;
    site.hostOrganisationId = visit.hostOrganisationId;
    QVERIFY(sites.save(site, loaded).ok());
    RemovalSnapshot removal;
    QVERIFY(sites.remove(siteId, site.version, &removal).ok());
    OrganisationRepository elsewhere(other());
    QVERIFY(elsewhere
                .remove(visit.hostOrganisationId, elsewhere.load(visit.hostOrganisationId)->version)
                .ok());

    const QStringList beforeUndo = test::everyRow(window());
    QVERIFY(sites.restore(removal).isValid());
    QCOMPARE(test::everyRow(window()), beforeUndo);
    QVERIFY(!sites.load(siteId));
}

void ManyWritersTest::removedAgendaItemLeavesAnotherWindowsNewOne()
{
    const int id = test::storedStudyVisit(window(), 2).id;
    EventRepository windowA(window());
    EventRepository windowB(other());
    const Event loadedByA = *windowA.load(id);
    const Event loadedByB = *windowB.load(id);

    Event withTalk = loadedByB;
    AgendaItem talk;
    talk.day = QDate(2019, 8, 28);
    talk.start = QTime(9, 0);
    talk.end = QTime(10, 0);
    talk.title.en = u"Closing talk"_qs;
    withTalk.agenda.append(talk);
    QVERIFY(windowB.save(withTalk, loadedByB).ok());

    Event withoutLunch = loadedByA;
    withoutLunch.agenda.removeLast();
    const SaveResult result = windowA.save(withoutLunch, loadedByA);
    QVERIFY2(result.ok(), qPrintable(StaleMessages::asError(result).text()));

    const Event stored = *windowA.load(id);
    QCOMPARE(stored.agenda, (QList<AgendaItem>{loadedByA.agenda[0], withTalk.agenda[2]}));
    QCOMPARE(stored.participants, loadedByA.participants);
}

void ManyWritersTest::participantEditedHereAndDeletedThereIsNotBroughtBack()
{
    // Window A confirms participant X and changes the city; window B
    // removes X from the event. A's save is refused as a whole.
    const int id = test::storedStudyVisit(window(), 2).id;
    EventRepository windowA(window());
    EventRepository windowB(other());
    const Event loadedByA = *windowA.load(id);
    const Event loadedByB = *windowB.load(id);
    const int x = loadedByA.participants[0].id;

    Event withoutX = loadedByB;
    withoutX.participants.removeFirst();
    QVERIFY(windowB.save(withoutX, loadedByB).ok());

    Event confirmed = loadedByA;
    confirmed.participants[0].status = u"confirmed"_qs;
    confirmed.venueCity = u"Gliwice"_qs;
    const SaveResult refused = windowA.save(confirmed, loadedByA);
    QVERIFY(!refused.error.isValid());
    QCOMPARE(refused.stale, (QList<StaleRow>{{u"participations"_qs, x, true}}));
    QCOMPARE(*windowA.load(id), withoutX);
    QCOMPARE(participationsOf(id), 1);
}

void ManyWritersTest::secondOpenInOneProcessKeepsTheFirstsLocks()
{
    if (m_db->isServer())
        QSKIP("file locks of SQLite; a server has none a second open could drop");
    // Two windows in one process open the same file, another program
    // imports. This once left the first connection reading the old count
    // (or "malformed"): the second open read the file outside SQLite, which
    // dropped the first connection's locks (POSIX locks belong to the
    // process), and the import, seeing the file unused, switched the
    // write-ahead log off under it. Either alone did no harm here; both are
    // gone (Database::openSqliteFile, SpreadsheetImport::run).
    test::TestDatabase first;
    first.writeDemoProgramme();
    QSqlQuery reading(first.connection());
    QVERIFY(reading.exec(u"SELECT count(*) FROM people"_qs) && reading.next());
    const int people = reading.value(0).toInt();
    reading.finish();
    Database second;
    QVERIFY(second.open(first.path()).ok());

    const QString csv = first.folder() + u"/contacts.csv"_qs;
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("First name;Last name\r\nAnna;Zieli\xc5\x84ska\r\n");
    file.close();
    QProcess program;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_qs, first.folder());
    program.setProcessEnvironment(environment);
    program.start(QStringLiteral(EXCHANGE_PLANNER_BINARY),
                  {u"import"_qs, u"contacts"_qs, csv, u"--database"_qs, first.path()});
    QVERIFY(program.waitForFinished(60000));
    QCOMPARE(program.exitCode(), 0);

    QVERIFY2(reading.exec(u"SELECT count(*) FROM people"_qs) && reading.next(),
             qPrintable(reading.lastError().text()));
    QCOMPARE(reading.value(0).toInt(), people + 1);
    QSqlQuery check(first.connection());
    QVERIFY(check.exec(u"PRAGMA integrity_check"_qs) && check.next());
    QCOMPARE(check.value(0).toString(), u"ok"_qs);
}

QTEST_GUILESS_MAIN(ManyWritersTest)
#include "tst_manywriters.moc"
