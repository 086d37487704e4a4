// The retention policy (issue 15, item 2), on a database aged by the test:
// what the policy makes due is the people whose last event ended longer ago
// than it allows (checked against each person's history, read another
// way); applying it anonymises them in one step — names and organisations
// stay — records the run in the privacy log without names, and makes a
// stale edit elsewhere fail rather than write the old values back. The
// policy itself is kept in the database. From the models and from the
// command line, on both engines.

#include "manywriters.h"
#include "storage/actinguser.h"
#include "storage/eventrepository.h"
#include "storage/personrepository.h"
#include "storage/retention.h"
#include "storage/sql.h"
#include "testdatabase.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace ep;
using Rule = Retention::Rule;

namespace {

const QDate today(2026, 12, 3);

// The demo's webinar moved to end yesterday: its people took part lately.
int ageTheDatabase(const QSqlDatabase &db)
{
    const int webinar = 4;
    const QList<sql::Binding> bindings{{u":day"_qs, sql::dateText(today.addDays(-1))},
                                       {u":id"_qs, webinar}};
    for (const QString &statement :
         {u"UPDATE events SET start_date = :day, end_date = :day WHERE id = :id"_qs,
          u"UPDATE agenda_items SET day = :day WHERE event_id = :id"_qs}) {
        if (sql::run(db, statement, bindings).isValid())
            qFatal("the database was not aged");
    }
    return webinar;
}

// Who the contact-details rule makes due, found from each person's history.
QList<int> expectedContactDetails(const QSqlDatabase &db, int months)
{
    QList<int> due;
    PersonRepository people(db);
    for (const int id : sql::ids(db, u"SELECT id FROM people ORDER BY id"_qs)) {
        const Person person = *people.load(id);
        QDate last;
        for (const EventLink &event : people.history(id))
            last = std::max(last, event.endDate);
        const bool holdsSomething =
            !person.email.isEmpty() || !person.phone.isEmpty() || !person.street.isEmpty() ||
            !person.postalCode.isEmpty() || !person.notes.isEmpty() ||
            sql::count(db, u"SELECT count(*) FROM participations WHERE person_id = :id"_qs,
                       {{u":id"_qs, id}}) > 0;
        if (!person.contactPerson && last.isValid() && last < today.addMonths(-months) &&
            holdsSomething)
            due.append(id);
    }
    return due;
}

QList<int> idsOf(const Retention::Due &due)
{
    QList<int> ids;
    for (const Retention::DuePerson &person : due.people)
        ids.append(person.personId);
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

class RetentionTest final : public QObject
{
    Q_OBJECT

private slots:
    void policyIsKeptInTheDatabase();
    void dueIsWhoseLastEventIsOlderThanThePolicyAllows();
    void applyingAnonymisesAndLogsWithoutNames();
    void commandLineListsAndApplies();
};

void RetentionTest::policyIsKeptInTheDatabase()
{
    test::TestDatabase db;
    const QList<Retention::Setting> defaults{{Rule::ContactDetails, true, 24},
                                             {Rule::HealthNeeds, true, 3}};
    QCOMPARE(Retention::policy(db.connection()), defaults);
    const QList<Retention::Setting> office{{Rule::ContactDetails, true, 36},
                                           {Rule::HealthNeeds, false, 6}};
    QVERIFY(!Retention::setPolicy(db.connection(), office).isValid());
    db.reopen();
    QCOMPARE(Retention::policy(db.connection()), office);
    const QSqlError refused = Retention::setPolicy(
        db.connection(), {{Rule::ContactDetails, true, 12}, {Rule::HealthNeeds, true, 0}});
    QVERIFY(refused.isValid());
    QVERIFY2(refused.text().contains(u"one month or more"_qs), qPrintable(refused.text()));
    QCOMPARE(Retention::policy(db.connection()), office); // all or nothing

    // A copy of the database takes its policy along, not a new one's defaults.
    const QString copy = db.folder() + u"/copy.sqlite"_qs;
    QProcess process;
    process.start(QStringLiteral(EXCHANGE_PLANNER_BINARY),
                  {u"copy"_qs, u"--from"_qs, db.path(), u"--to"_qs, copy});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    Database copied;
    QVERIFY(copied.openToRead(copy).ok());
    QCOMPARE(Retention::policy(copied.connection()), office);
}

void RetentionTest::dueIsWhoseLastEventIsOlderThanThePolicyAllows()
{
    test::TestDatabase db;
    db.writeDemoProgramme();
    const int webinar = ageTheDatabase(db.connection());
    QSqlError error;
    const QList<Retention::Due> due = Retention::due(db.connection(), today, &error);
    QVERIFY(!error.isValid());
    QCOMPARE(due.size(), 2);
    QCOMPARE(due[0].setting.rule, Rule::ContactDetails);
    QCOMPARE(idsOf(due[0]), expectedContactDetails(db.connection(), 24));
    QVERIFY(due[0].people.size() > 10);
    for (const Retention::DuePerson &person : due[0].people) {
        QVERIFY(person.lastEvent < today.addMonths(-24));
        QVERIFY(!person.name.isEmpty());
    }
    // The needs of everyone but the webinar's (yesterday) are due.
    QCOMPARE(due[1].setting.rule, Rule::HealthNeeds);
    QCOMPARE(idsOf(due[1]),
             sql::ids(db.connection(),
                      u"SELECT DISTINCT person_id FROM participations WHERE event_id <> :id AND"
                      u" (dietary_needs <> '' OR accessibility_needs <> '') ORDER BY person_id"_qs,
                      {{u":id"_qs, webinar}}));

    // Ten years allowed: nobody is due; a rule switched off is not asked.
    QVERIFY(!Retention::setPolicy(db.connection(), {{Rule::ContactDetails, true, 120},
                                                    {Rule::HealthNeeds, false, 3}})
                 .isValid());
    const QList<Retention::Due> relaxed = Retention::due(db.connection(), today);
    QCOMPARE(relaxed.size(), 1);
    QVERIFY(relaxed[0].people.isEmpty());
}

void RetentionTest::applyingAnonymisesAndLogsWithoutNames()
{
    test::TestDatabase db;
    db.writeDemoProgramme();
    ageTheDatabase(db.connection());
    const QList<Retention::Due> due = Retention::due(db.connection(), today);
    const QList<int> anonymised = idsOf(due[0]);
    PersonRepository people(db.connection());
    const int first = anonymised.first();
    const Person before = *people.load(first);
    QVERIFY(!before.email.isEmpty());

    const Retention::Applied applied = Retention::apply(db.connection(), today);
    QVERIFY2(applied.ok(), qPrintable(applied.error.text()));
    QCOMPARE(applied.people.first(), std::pair(Rule::ContactDetails, int(anonymised.size())));
    for (const int id : anonymised) {
        const Person after = *people.load(id);
        QVERIFY(after.email.isEmpty() && after.phone.isEmpty() && after.street.isEmpty() &&
                after.postalCode.isEmpty() && after.notes.isEmpty());
        QVERIFY(!after.lastName.isEmpty());
        QCOMPARE(sql::count(db.connection(),
                            u"SELECT count(*) FROM participations WHERE person_id = :id AND"
                            u" (dietary_needs <> '' OR accessibility_needs <> '' OR arrival IS NOT"
                            u" NULL OR departure IS NOT NULL OR notes <> '')"_qs,
                            {{u":id"_qs, id}}),
                 0);
    }
    const Person after = *people.load(first);
    QCOMPARE(after.organisationId, before.organisationId);
    QCOMPARE(after.consentDate, before.consentDate);
    // The search finds the person by name, no longer by the old email.
    QSqlQuery search(db.connection());
    QVERIFY(
        !sql::run(search, u"SELECT search_text FROM people WHERE id = :id"_qs, {{u":id"_qs, first}})
             .isValid() &&
        search.next());
    const QString searchText = search.value(0).toString();
    QVERIFY(!searchText.contains(before.email.section(u'@', 0, 0).toLower()));
    // A window that loaded the person before cannot write the old values back.
    Person stale = before;
    stale.phone = u"+49 201 1234"_qs;
    QVERIFY(!people.save(stale, before).ok());

    QSqlQuery log(db.connection());
    QVERIFY(log.exec(u"SELECT action, rule, people, done_by FROM privacy_log ORDER BY id"_qs));
    QVERIFY(log.next());
    QCOMPARE(log.value(0).toString(), u"retention"_qs);
    QCOMPARE(log.value(1).toString(), u"contact_details"_qs);
    QCOMPARE(log.value(2).toInt(), int(anonymised.size()));
    QCOMPARE(log.value(3).toString(), actingUser(db.connection()));
    QVERIFY(log.next());
    QCOMPARE(log.value(1).toString(), u"health_needs"_qs);
    QVERIFY(!log.next());
    // Done is done.
    for (const Retention::Due &rule : Retention::due(db.connection(), today))
        QVERIFY(rule.people.isEmpty());
}

void RetentionTest::commandLineListsAndApplies()
{
    test::TestDatabase db;
    db.writeDemoProgramme();
    const auto run = [&db](const QStringList &arguments, QString *out) {
        QProcess process;
        process.start(QStringLiteral(EXCHANGE_PLANNER_BINARY),
                      QStringList{u"retention"_qs, u"--database"_qs, db.path()} + arguments);
        process.waitForFinished(60000);
        *out = QString::fromUtf8(process.readAllStandardOutput());
        return process.exitCode();
    };
    const QList<Retention::Due> due = Retention::due(db.connection(), QDate::currentDate());
    QString out;
    QCOMPARE(run({}, &out), 0);
    QVERIFY2(out.contains(u"Contact details of participants: %1 due."_qs.arg(due[0].people.size())),
             qPrintable(out));
    QVERIFY(out.contains(due[0].people.first().name));
    QCOMPARE(Retention::due(db.connection(), QDate::currentDate())[0].people.size(),
             due[0].people.size()); // listing changes nothing
    QCOMPARE(run({u"--apply"_qs}, &out), 0);
    QVERIFY2(out.contains(u"anonymised for %1 people"_qs.arg(due[0].people.size())),
             qPrintable(out));
    QVERIFY(Retention::due(db.connection(), QDate::currentDate())[0].people.isEmpty());
}

QTEST_GUILESS_MAIN(RetentionTest)
#include "tst_retention.moc"
