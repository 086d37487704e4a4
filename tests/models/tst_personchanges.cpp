// Who changed a person's data (issue 15, item 5): every change the planner
// writes — the person created, fields changed, a registration, a
// participation changed or removed — is recorded with its time and the
// acting user (the computer's user on a file, the database role on a team
// server), naming the fields, never their values; an erasure takes the
// record with the person. On both engines.

#include "manywriters.h"
#include "storage/actinguser.h"
#include "storage/eventrepository.h"
#include "storage/personchanges.h"
#include "storage/personerasure.h"
#include "storage/personrepository.h"
#include "storage/sql.h"
#include "testdatabase.h"

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
    const QString said = PersonChanges::describe(changes[0], Language::English);
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
    QCOMPARE(PersonChanges::describe(changes[2], Language::German),
             u"Registered for "_qs % visit.title.text(Language::German));
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

QTEST_GUILESS_MAIN(PersonChangesTest)
#include "tst_personchanges.moc"
