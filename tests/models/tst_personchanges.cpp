// Who changed a person's data (issue 15, item 5): every change the planner
// writes — the person created, fields changed, a registration, a
// participation changed or removed — is recorded with its time and the
// acting user (the computer's user on a file, the database role on a team
// server), naming the fields, never their values; an erasure takes the
// record with the person. On both engines.

#include "csv/csvformat.h"
#include "domain/documentlanguage.h"
#include "import/importwriter.h"
#include "import/spreadsheetimport.h"
#include "manywriters.h"
#include "storage/actinguser.h"
#include "storage/eventrepository.h"
#include "storage/personchanges.h"
#include "storage/personerasure.h"
#include "storage/personrepository.h"
#include "storage/sql.h"
#include "testdatabase.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace ep;
using Action = PersonChanges::Action;

class PersonChangesTest final : public QObject
{
    Q_OBJECT

private slots:
    void everyChangeIsRecordedWithTimeAndUser();
    void participationsAreRecordedWithTheirEvent();
    void valuesAreNeverRecorded();
    void anotherWritersChangesAreTheirs();
    void erasureTakesTheRecordAlong();
    void anImportIsRecordedBatchByBatch();
};

void PersonChangesTest::everyChangeIsRecordedWithTimeAndUser()
{
    test::TestDatabase db;
    const QSqlDatabase connection = db.connection();
    const int id = test::storedPerson(connection, u"Anna"_qs, u"Nowak"_qs);
    PersonRepository people(connection);
    const Person stored = *people.load(id);
    Person edited = stored;
    edited.email = u"a.nowak@gzm.example.org"_qs;
    edited.phone = u"+48 32 730 68 12"_qs;
    QVERIFY(people.save(edited, stored).ok());
    // Saved unchanged: nothing to record.
    const Person again = *people.load(id);
    Person unchanged = again;
    QVERIFY(people.save(unchanged, again).ok());

    const QList<PersonChanges::Change> changes = PersonChanges::of(connection, id);
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes[0].action, Action::Changed); // the newest first
    QCOMPARE(QSet<QString>(changes[0].fields.cbegin(), changes[0].fields.cend()),
             (QSet<QString>{u"email"_qs, u"phone"_qs}));
    QCOMPARE(changes[1].action, Action::Created);
    for (const PersonChanges::Change &change : changes) {
        QCOMPARE(change.by, actingUser(connection));
        QVERIFY(change.at.isValid());
        QVERIFY(qAbs(change.at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }
    const QString said = PersonChanges::describe(changes[0], DocumentLanguage(Language::English));
    QVERIFY2(said == u"Changed: Email, Phone"_qs || said == u"Changed: Phone, Email"_qs,
             qPrintable(said));
}

void PersonChangesTest::participationsAreRecordedWithTheirEvent()
{
    test::TestDatabase db;
    const QSqlDatabase connection = db.connection();
    const Event visit = test::storedStudyVisit(connection, 0);
    const int id = test::storedPerson(connection, u"Jürgen"_qs, u"Müller"_qs);
    test::storedRegistration(connection, visit.id, id, {});
    EventRepository events(connection);
    Event loaded = *events.load(visit.id);
    Event edited = loaded;
    edited.participants.first().dietaryNeeds = u"vegetarian"_qs;
    QVERIFY(events.save(edited, loaded).ok());
    loaded = *events.load(visit.id);
    edited = loaded;
    edited.participants.clear();
    QVERIFY(events.save(edited, loaded).ok());

    const QList<PersonChanges::Change> changes = PersonChanges::of(connection, id);
    QCOMPARE(changes.size(), 4);
    QCOMPARE(changes[0].action, Action::Unregistered);
    QCOMPARE(changes[1].action, Action::ParticipationChanged);
    QCOMPARE(changes[1].fields, QStringList{u"dietary_needs"_qs});
    QCOMPARE(changes[1].eventId, visit.id);
    QCOMPARE(changes[2].action, Action::Registered);
    QCOMPARE(changes[2].eventTitle, visit.title);
    QCOMPARE(PersonChanges::describe(changes[2], DocumentLanguage(Language::German)),
             u"Angemeldet zu "_qs % visit.title.text(Language::German));
    QCOMPARE(PersonChanges::describe(changes[1], DocumentLanguage(Language::Polish)),
             u"Zmieniono udział w "_qs % visit.title.text(Language::Polish) %
                 u": Wymagania dietetyczne"_qs);
    QCOMPARE(changes[3].action, Action::Created);
}

void PersonChangesTest::valuesAreNeverRecorded()
{
    test::TestDatabase db;
    const QSqlDatabase connection = db.connection();
    const int id = test::storedPerson(connection, u"Anna"_qs, u"Nowak"_qs);
    PersonRepository people(connection);
    const Person stored = *people.load(id);
    Person edited = stored;
    edited.notes = u"wheelchair user, needs step-free access"_qs;
    QVERIFY(people.save(edited, stored).ok());
    QSqlQuery rows(connection);
    QVERIFY(rows.exec(u"SELECT * FROM person_changes"_qs));
    int seen = 0;
    while (rows.next()) {
        ++seen;
        for (int column = 0; column < 7; ++column) {
            const QString value = rows.value(column).toString();
            QVERIFY2(!value.contains(u"wheelchair"_qs) && !value.contains(u"Nowak"_qs),
                     qPrintable(value));
        }
    }
    QCOMPARE(seen, 2);
}

void PersonChangesTest::anotherWritersChangesAreTheirs()
{
    test::TestDatabase db;
    const int id = test::storedPerson(db.connection(), u"Anna"_qs, u"Nowak"_qs);
    test::SecondConnection other(db.path());
    QVERIFY(!sql::run(other.connection(), u"UPDATE people SET city = 'Gliwice' WHERE id = :id"_qs,
                      {{u":id"_qs, id}})
                 .isValid());
    const QList<PersonChanges::Change> changes = PersonChanges::of(db.connection(), id);
    if (db.isServer()) {
        // The server's triggers record every writer, under its role.
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes[0].fields, QStringList{u"city"_qs});
        QCOMPARE(changes[0].by, actingUser(other.connection()));
    } else {
        // A program without the planner's triggers (an SQLite shell) records nothing.
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].action, Action::Created);
    }
}

void PersonChangesTest::erasureTakesTheRecordAlong()
{
    test::TestDatabase db;
    const QSqlDatabase connection = db.connection();
    const int id = test::storedPerson(connection, u"Anna"_qs, u"Nowak"_qs);
    QSqlError error;
    const std::optional<PersonErasure::Plan> plan = PersonErasure::plan(connection, id, &error);
    QVERIFY(plan);
    QVERIFY(PersonErasure::erase(connection, *plan).ok());
    QCOMPARE(sql::count(connection, u"SELECT count(*) FROM person_changes WHERE person_id = :id"_qs,
                        {{u":id"_qs, id}}),
             0);
}

// An import records its new people and participations a batch at a time,
// not through a trigger per row; afterwards the connection records the
// window's edits row by row again.
void PersonChangesTest::anImportIsRecordedBatchByBatch()
{
    test::TestDatabase db;
    const QSqlDatabase connection = db.connection();
    const Event visit = test::storedStudyVisit(connection, 0);
    const int stored = test::storedPerson(connection, u"Anna"_qs, u"Nowak"_qs);
    QVERIFY(!sql::run(connection,
                      u"UPDATE people SET email = 'a.nowak@gzm.example.org' WHERE id = :id"_qs,
                      {{u":id"_qs, stored}})
                 .isValid());
    const int rows = ImportWriter::batchSize + 5;
    QByteArray csv = "Vorname;Nachname;E-Mail\r\n";
    for (int i = 0; i < rows; ++i)
        csv += "Zofia;Wrobel" + QByteArray::number(i) + ";zofia" + QByteArray::number(i) +
               "@gzm.example.org\r\n";
    csv += "Anna;Nowak;a.nowak@gzm.example.org\r\n"; // a stored person, registered now
    const QString path = db.folder() + u"/registrations.csv"_qs;
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(csv);
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    ImportSettings settings;
    settings.eventId = visit.id;
    settings.format = CsvFormat::detect(&file);
    QVERIFY(SpreadsheetImport::run(connection, path, settings).written);

    const auto countOf = [&connection](const char *action) {
        return sql::count(connection,
                          u"SELECT count(*) FROM person_changes WHERE action = :action"_qs,
                          {{u":action"_qs, QString::fromLatin1(action)}});
    };
    // Every person and every participation, each recorded once.
    QCOMPARE(countOf("created"), sql::count(connection, u"SELECT count(*) FROM people"_qs));
    QVERIFY(countOf("created") > rows);
    QCOMPARE(countOf("registered"),
             sql::count(connection, u"SELECT count(*) FROM participations"_qs));
    QCOMPARE(countOf("registered"), rows + 1);
    const QList<PersonChanges::Change> anna = PersonChanges::of(connection, stored);
    QCOMPARE(anna.size(), 3); // created, its email changed by hand, registered
    QCOMPARE(anna.first().action, Action::Registered);
    QCOMPARE(anna.first().eventId, visit.id);
    QCOMPARE(anna.first().by, actingUser(connection));

    // The window's next edit is recorded as before.
    PersonRepository people(connection);
    const Person loaded = *people.load(stored);
    Person edited = loaded;
    edited.city = u"Bytom"_qs;
    QVERIFY(people.save(edited, loaded).ok());
    QCOMPARE(PersonChanges::of(connection, stored).first().fields, QStringList{u"city"_qs});
    const int id = test::storedPerson(connection, u"Jan"_qs, u"Kowalski"_qs);
    QCOMPARE(PersonChanges::of(connection, id).size(), 1);
}

QTEST_GUILESS_MAIN(PersonChangesTest)
#include "tst_personchanges.moc"
