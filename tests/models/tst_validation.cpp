#include "domain/texthygiene.h"
#include "domain/validation.h"
#include "domain/wallclock.h"

#include <QTest>

using namespace ep;

Q_DECLARE_METATYPE(ep::FieldIssue::Scope)

namespace {

Event eventOfThreeDays()
{
    Event event;
    event.title.en = u"Study visit to the Ruhr"_qs;
    event.startDate = QDate(2019, 7, 8);
    event.endDate = QDate(2019, 7, 10);
    AgendaItem welcome;
    welcome.id = 1;
    welcome.day = QDate(2019, 7, 8);
    welcome.start = QTime(9, 0);
    welcome.end = QTime(10, 30);
    welcome.title.de = u"Begrüßung"_qs;
    event.agenda = {welcome};
    return event;
}

QStringList fieldsOf(const FieldIssues &issues)
{
    QStringList fields;
    for (const FieldIssue &issue : issues)
        fields.append(issue.field);
    return fields;
}

} // namespace

class ValidationTest : public QObject
{
    Q_OBJECT

private slots:
    void emailShape_data();
    void emailShape();
    void personNeedsLastNameAndEmailShape();
    void consentNeedsItsPurpose();
    void legalBasisAndWithdrawalAreConsistent();
    void eventEndNotBeforeStart();
    void webinarNeedsItsLink();
    void agendaItem_data();
    void agendaItem();
    void parallelGroupsMayOverlap_data();
    void parallelGroupsMayOverlap();
    void participantOnlyOnce();
    void departureNotBeforeArrival();
    void siteCoordinatesComeInPairs();
    void eventSpanningYearsByATypoIsRefused();
    void textsHaveALimit();
    void controlCharactersAreRefused_data();
    void controlCharactersAreRefused();
};

void ValidationTest::emailShape_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << u"a.nowak@gzm.example.org"_qs << true;
    QTest::newRow("plus and hyphen") << u"j.mueller-l+rvr@rvr.example.org"_qs << true;
    QTest::newRow("no at") << u"a.nowak.gzm.example.org"_qs << false;
    QTest::newRow("two ats") << u"a@nowak@example.org"_qs << false;
    QTest::newRow("no domain dot") << u"a.nowak@localhost"_qs << false;
    QTest::newRow("space") << u"a nowak@example.org"_qs << false;
    QTest::newRow("trailing dot") << u"a.nowak@example."_qs << false;
    QTest::newRow("nothing before at") << u"@example.org"_qs << false;
}

void ValidationTest::emailShape()
{
    QFETCH(QString, email);
    QFETCH(bool, valid);
    QCOMPARE(Validation::isEmailShaped(email), valid);
}

void ValidationTest::personNeedsLastNameAndEmailShape()
{
    Person person;
    person.firstName = u"Anna"_qs;
    person.email = u"anna at example.org"_qs;
    const FieldIssues issues = Validation::check(person);
    QCOMPARE(fieldsOf(issues), (QStringList{u"lastName"_qs, u"email"_qs}));
    QVERIFY(issues[1].message.contains(u"name@example.org"_qs));

    person.lastName = u"Nowak"_qs;
    person.email = QString(); // no email is fine
    QVERIFY(Validation::check(person).isEmpty());
}

void ValidationTest::consentNeedsItsPurpose()
{
    Person person;
    person.lastName = u"Nowak"_qs;
    person.consentDate = QDate(2019, 5, 2);
    QCOMPARE(fieldsOf(Validation::check(person)), QStringList{u"consentPurpose"_qs});
    person.consentPurpose = u"Exchange"_qs;
    person.consentDate = QDate::currentDate().addDays(1);
    QCOMPARE(fieldsOf(Validation::check(person)), QStringList{u"consentDate"_qs});
}

void ValidationTest::legalBasisAndWithdrawalAreConsistent()
{
    Person person;
    person.lastName = u"Nowak"_qs;
    person.legalBasis = u"consent_by_phone"_qs; // not one of GDPR Art. 6(1)
    QCOMPARE(fieldsOf(Validation::check(person)), QStringList{u"legalBasis"_qs});
    person.legalBasis = u"consent"_qs; // needs the day it was given
    QCOMPARE(fieldsOf(Validation::check(person)), QStringList{u"consentDate"_qs});
    person.legalBasis = u"public_task"_qs;
    QVERIFY(Validation::check(person).isEmpty());

    person.consentWithdrawn = QDate(2024, 3, 1); // a withdrawal of nothing
    QCOMPARE(fieldsOf(Validation::check(person)), QStringList{u"consentWithdrawn"_qs});
    person.legalBasis = u"consent"_qs;
    person.consentDate = QDate(2024, 3, 2); // withdrawn the day before
    person.consentPurpose = u"Exchange"_qs;
    QCOMPARE(fieldsOf(Validation::check(person)), QStringList{u"consentWithdrawn"_qs});
    person.consentWithdrawn = QDate::currentDate().addDays(1);
    QCOMPARE(fieldsOf(Validation::check(person)), QStringList{u"consentWithdrawn"_qs});
    person.consentWithdrawn = QDate(2024, 3, 2); // the same day
    QVERIFY(Validation::check(person).isEmpty());
}

void ValidationTest::eventEndNotBeforeStart()
{
    Event event = eventOfThreeDays();
    QVERIFY(Validation::check(event).isEmpty());
    event.endDate = QDate(2019, 7, 7);
    const FieldIssues issues = Validation::check(event);
    QVERIFY(fieldsOf(issues).contains(u"endDate"_qs));
    event.title = {};
    QVERIFY(fieldsOf(Validation::check(event)).contains(u"title"_qs));
}

void ValidationTest::webinarNeedsItsLink()
{
    Event event = eventOfThreeDays();
    event.kind = u"webinar"_qs;
    QCOMPARE(fieldsOf(Validation::check(event)), QStringList{u"onlineLink"_qs});
    event.onlineLink = u"meet.example.org/room"_qs;
    QCOMPARE(fieldsOf(Validation::check(event)), QStringList{u"onlineLink"_qs});
    event.onlineLink = u"https://meet.example.org/room"_qs;
    QVERIFY(Validation::check(event).isEmpty());
}

void ValidationTest::agendaItem_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QTime>("start");
    QTest::addColumn<QTime>("end");
    QTest::addColumn<QStringList>("fields");
    const QDate first(2019, 7, 8);
    QTest::newRow("after the welcome") << first << QTime(10, 30) << QTime(12, 0) << QStringList();
    QTest::newRow("before the event")
        << QDate(2019, 7, 7) << QTime(9, 0) << QTime(10, 0) << QStringList{u"day"_qs};
    QTest::newRow("after the event")
        << QDate(2019, 7, 11) << QTime(9, 0) << QTime(10, 0) << QStringList{u"day"_qs};
    QTest::newRow("ends before it starts")
        << first << QTime(14, 0) << QTime(13, 0) << QStringList{u"end"_qs};
    QTest::newRow("overlaps the welcome")
        << first << QTime(10, 0) << QTime(11, 0) << QStringList{u"start"_qs};
    QTest::newRow("inside the welcome")
        << first << QTime(9, 15) << QTime(9, 45) << QStringList{u"start"_qs};
    QTest::newRow("same time, next day")
        << QDate(2019, 7, 9) << QTime(9, 0) << QTime(10, 30) << QStringList();
}

void ValidationTest::agendaItem()
{
    QFETCH(QDate, day);
    QFETCH(QTime, start);
    QFETCH(QTime, end);
    QFETCH(QStringList, fields);
    const Event event = eventOfThreeDays();
    AgendaItem item;
    item.day = day;
    item.start = start;
    item.end = end;
    item.title.pl = u"Wizyta"_qs;
    const FieldIssues issues = Validation::checkAgendaItem(item, event);
    QCOMPARE(fieldsOf(issues), fields);
    for (const FieldIssue &issue : issues)
        QCOMPARE(issue.scope, FieldIssue::Scope::AgendaItem);
    if (fields == QStringList{u"start"_qs})
        QVERIFY2(issues.first().message.contains(u"Begrüßung"_qs),
                 qPrintable(issues.first().message));

    // In the event as a whole, the item is checked the same way, with its row.
    Event withItem = event;
    withItem.agenda.append(item);
    const FieldIssues whole = Validation::check(withItem);
    QCOMPARE(fieldsOf(whole), fields);
    for (const FieldIssue &issue : whole)
        QCOMPARE(issue.row, 1);
}

void ValidationTest::parallelGroupsMayOverlap_data()
{
    QTest::addColumn<QString>("welcomeGroup");
    QTest::addColumn<QString>("itemGroup");
    QTest::addColumn<bool>("refused");
    QTest::newRow("both for everyone") << QString() << QString() << true;
    QTest::newRow("the welcome for everyone") << QString() << u"B"_qs << true;
    QTest::newRow("the item for everyone") << u"A"_qs << QString() << true;
    QTest::newRow("the same group") << u"A"_qs << u"A"_qs << true;
    QTest::newRow("the same group, other case and spaces") << u"Bus 2"_qs << u" bus 2"_qs << true;
    QTest::newRow("two groups") << u"A"_qs << u"B"_qs << false;
}

void ValidationTest::parallelGroupsMayOverlap()
{
    QFETCH(QString, welcomeGroup);
    QFETCH(QString, itemGroup);
    QFETCH(bool, refused);
    Event event = eventOfThreeDays();
    event.agenda[0].group = welcomeGroup;
    AgendaItem item;
    item.day = event.agenda[0].day;
    item.start = event.agenda[0].start.addSecs(15 * 60);
    item.end = event.agenda[0].end;
    item.title.de = u"Besichtigung"_qs;
    item.group = itemGroup;
    const QStringList expected = refused ? QStringList{u"start"_qs} : QStringList();
    QCOMPARE(fieldsOf(Validation::checkAgendaItem(item, event)), expected);
    event.agenda.append(item);
    QCOMPARE(fieldsOf(Validation::check(event)), expected);
}

void ValidationTest::participantOnlyOnce()
{
    Event event = eventOfThreeDays();
    Participation participation;
    participation.personId = 7;
    event.participants = {participation, participation};
    const FieldIssues issues = Validation::check(event);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, u"personId"_qs);
    QCOMPARE(issues.first().scope, FieldIssue::Scope::Participant);
    QCOMPARE(issues.first().row, 1);
}

void ValidationTest::departureNotBeforeArrival()
{
    Participation participation;
    participation.personId = 1;
    participation.arrival = wallClock(QDate(2019, 7, 7), QTime(18, 0));
    participation.departure = wallClock(QDate(2019, 7, 6), QTime(12, 0));
    QCOMPARE(fieldsOf(Validation::checkParticipation(participation)), QStringList{u"departure"_qs});
    participation.departure = QDateTime();
    QVERIFY(Validation::checkParticipation(participation).isEmpty());
}

void ValidationTest::siteCoordinatesComeInPairs()
{
    Site site;
    site.name.en = u"Silesian Park"_qs;
    site.latitude = 50.28;
    QCOMPARE(fieldsOf(Validation::check(site)), QStringList{u"coordinates"_qs});
    site.longitude = 18.99;
    QVERIFY(Validation::check(site).isEmpty());
    site.latitude = 95;
    QCOMPARE(fieldsOf(Validation::check(site)), QStringList{u"latitude"_qs});
}

// The officer meant 2019-07-10 and typed 2091: the form refuses it beside
// the last day, saying why, before it becomes a sign-in sheet of 26,000 days.
void ValidationTest::eventSpanningYearsByATypoIsRefused()
{
    Event event = eventOfThreeDays();
    event.endDate = QDate(2091, 7, 10);
    const FieldIssues issues = Validation::check(event);
    QCOMPARE(fieldsOf(issues), QStringList{u"endDate"_qs});
    QVERIFY2(issues.first().message.contains(u"at most 366 days"_qs),
             qPrintable(issues.first().message));
    QVERIFY2(issues.first().message.contains(u"year of the last day"_qs),
             qPrintable(issues.first().message));
    // A year of events is still one event.
    event.endDate = event.startDate.addDays(365);
    QVERIFY(Validation::check(event).isEmpty());
}

void ValidationTest::textsHaveALimit()
{
    Event event = eventOfThreeDays();
    event.title.pl = QString(301, u'a');
    event.description.en = QString(20000, u'b');
    FieldIssues issues = Validation::check(event);
    QCOMPARE(fieldsOf(issues), QStringList{u"title"_qs});
    QVERIFY2(issues.first().message.contains(u"at most 300 characters fit"_qs),
             qPrintable(issues.first().message));
    Person person;
    person.lastName = u"Nowak"_qs;
    person.notes = QString(20001, u'c');
    issues = Validation::check(person);
    QCOMPARE(fieldsOf(issues), QStringList{u"notes"_qs});
    QVERIFY2(issues.first().message.contains(u"at most "_qs % QLocale().toString(20000)),
             qPrintable(issues.first().message));
}

void ValidationTest::controlCharactersAreRefused_data()
{
    QTest::addColumn<QString>("lastName");
    QTest::addColumn<QString>("notes");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("escape in a name")
        << u"Nowak\x1b[31m"_qs << QString() << u"lastName"_qs << u"control character (U+001B)"_qs;
    QTest::newRow("line break in a name")
        << u"No\nwak"_qs << QString() << u"lastName"_qs << u"takes one line"_qs;
    QTest::newRow("NUL in notes") << u"Nowak"_qs << u"Vegan\u0000"_qs << u"notes"_qs
                                  << u"control character (U+0000)"_qs;
    QTest::newRow("lines and tabs in notes")
        << u"Nowak"_qs << u"Vegan\r\nno nuts\tplease"_qs << QString() << QString();
}

void ValidationTest::controlCharactersAreRefused()
{
    QFETCH(QString, lastName);
    QFETCH(QString, notes);
    QFETCH(QString, field);
    QFETCH(QString, message);
    Person person;
    person.lastName = lastName;
    person.notes = notes;
    const FieldIssues issues = Validation::check(person);
    QCOMPARE(fieldsOf(issues), field.isEmpty() ? QStringList() : QStringList{field});
    if (!field.isEmpty())
        QVERIFY2(issues.first().message.contains(message), qPrintable(issues.first().message));
    // What the import stores instead: the characters gone, the lines kept.
    QVERIFY(!hasControlCharacters(cleanText(lastName, TextLines::One), TextLines::One));
    QCOMPARE(cleanText(u"Vegan\r\nno\u0007 nuts"_qs, TextLines::Several), u"Vegan\r\nno nuts"_qs);
}

QTEST_GUILESS_MAIN(ValidationTest)
#include "tst_validation.moc"
