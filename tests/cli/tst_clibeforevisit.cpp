// Before the visit on the command line (issue 16): next time's event from
// this one ("duplicate"), read back record by record.

#include "domain/catalogues.h"
#include "inprocess.h"
#include "storage/database.h"
#include "storage/eventrepository.h"

#include <QStandardPaths>
#include <QTest>

using ep::test::content;
using ep::test::demoDatabase;
using ep::test::run;
using ep::test::Run;

namespace {

constexpr int firstVisit = 1; // the demo's study visit of 8 to 10 July 2019

std::optional<ep::Event> eventIn(const QString &path, int id)
{
    ep::Database database;
    if (!database.open(path).ok())
        return std::nullopt;
    return ep::EventRepository(database.connection()).load(id);
}

} // namespace

class BeforeTheVisitTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void duplicateMovesTheAgendaAndInvitesTheParticipants();
    void duplicateWithoutParticipants();
    void duplicateRefusesWhatItCannotUse_data();
    void duplicateRefusesWhatItCannotUse();
};

void BeforeTheVisitTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    ep::installTranslations(QLocale(QLocale::English));
}

void BeforeTheVisitTest::duplicateMovesTheAgendaAndInvitesTheParticipants()
{
    const QTemporaryDir dir;
    const QString path = demoDatabase(dir);
    const Run duplicate =
        run({u"duplicate"_qs, QString::number(firstVisit), u"--first-day"_qs, u"2027-07-05"_qs,
             u"--with-participants"_qs, u"--database"_qs, path});
    QCOMPARE(duplicate.exitCode, 0);
    QVERIFY2(duplicate.err.isEmpty(), qPrintable(duplicate.err));
    bool isNumber = false;
    const int newId = duplicate.out.trimmed().toInt(&isNumber);
    QVERIFY2(isNumber && newId > 4, qPrintable(duplicate.out));

    const std::optional<ep::Event> source = eventIn(path, firstVisit);
    const std::optional<ep::Event> copy = eventIn(path, newId);
    QVERIFY(source && copy);
    // 8 July 2019 to 5 July 2027: 2919 days, every day of the agenda alike.
    const qint64 shift = QDate(2019, 7, 8).daysTo(QDate(2027, 7, 5));
    QCOMPARE(copy->startDate, QDate(2027, 7, 5));
    QCOMPARE(copy->endDate, QDate(2027, 7, 7));
    QCOMPARE(copy->status, u"planned"_qs);
    QCOMPARE(copy->title, source->title);
    QCOMPARE(copy->description, source->description);
    QCOMPARE(copy->kind, source->kind);
    QCOMPARE(copy->organiserIds, source->organiserIds);
    QCOMPARE(copy->topicIds, source->topicIds);
    QCOMPARE(copy->hostOrganisationId, source->hostOrganisationId);
    QCOMPARE(copy->fundingProgramme, source->fundingProgramme);
    QCOMPARE(copy->projectNumber, source->projectNumber);
    QCOMPARE(copy->fundingLogo, source->fundingLogo);
    QCOMPARE(copy->capacity, source->capacity);
    QCOMPARE(copy->agenda.size(), source->agenda.size());
    for (qsizetype i = 0; i < source->agenda.size(); ++i) {
        ep::AgendaItem expected = source->agenda[i];
        const ep::AgendaItem &moved = copy->agenda[i];
        QVERIFY(moved.id != expected.id);
        expected.id = moved.id;
        expected.version = moved.version;
        expected.day = expected.day.addDays(shift);
        QCOMPARE(moved, expected);
    }
    // Everyone invited again, as who they were; nothing of last time's stay.
    QCOMPARE(copy->participants.size(), source->participants.size());
    for (qsizetype i = 0; i < source->participants.size(); ++i) {
        const ep::Participation &was = source->participants[i];
        const ep::Participation &now = copy->participants[i];
        QCOMPARE(now.personId, was.personId);
        QCOMPARE(now.role, was.role);
        QCOMPARE(now.delegation, was.delegation);
        QCOMPARE(now.status, u"invited"_qs);
        QVERIFY(now.arrival.isNull() && now.departure.isNull());
        QVERIFY(now.dietaryNeeds.isEmpty() && now.accessibilityNeeds.isEmpty());
    }
    // The source is as it was: still held, its participants' statuses kept.
    QCOMPARE(source->status, u"held"_qs);
    QVERIFY(std::any_of(source->participants.cbegin(), source->participants.cend(),
                        [](const ep::Participation &each) { return each.status == u"attended"; }));
}

void BeforeTheVisitTest::duplicateWithoutParticipants()
{
    const QTemporaryDir dir;
    const QString path = demoDatabase(dir);
    QVERIFY(ep::test::changeIn(
        path, u"UPDATE events SET title_en = 'Study visit 2019, Ruhr' WHERE id = 1"_qs));
    const Run duplicate = run({u"duplicate"_qs, u"--first-day"_qs, u"2026-06-29"_qs,
                               u"--database"_qs, path, QString::number(firstVisit)});
    QCOMPARE(duplicate.exitCode, 0);
    const std::optional<ep::Event> copy = eventIn(path, duplicate.out.trimmed().toInt());
    QVERIFY(copy);
    QVERIFY(copy->participants.isEmpty());
    QCOMPARE(copy->agenda.first().day, QDate(2026, 6, 29));
    // The year a title names moves with the event.
    QCOMPARE(copy->title.en, u"Study visit 2026, Ruhr"_qs);
}

void BeforeTheVisitTest::duplicateRefusesWhatItCannotUse_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no event") << QStringList{u"--first-day"_qs, u"2027-07-05"_qs} << 1
                              << u"The event to duplicate is missing"_qs;
    QTest::newRow("no first day") << QStringList{u"1"_qs} << 1 << u"--first-day DATE is missing"_qs;
    QTest::newRow("no date") << QStringList{u"1"_qs, u"--first-day"_qs, u"5.7.2027"_qs} << 1
                             << u"\"5.7.2027\" is no date"_qs;
    QTest::newRow("unknown event") << QStringList{u"99"_qs, u"--first-day"_qs, u"2027-07-05"_qs}
                                   << 2 << u"There is no event \"99\""_qs;
    QTest::newRow("not an id") << QStringList{u"Ruhr"_qs, u"--first-day"_qs, u"2027-07-05"_qs} << 2
                               << u"There is no event \"Ruhr\""_qs;
}

void BeforeTheVisitTest::duplicateRefusesWhatItCannotUse()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QTemporaryDir dir;
    const QString path = demoDatabase(dir);
    const QByteArray before = content(path);
    const Run refused = run(QStringList{u"duplicate"_qs, u"--database"_qs, path} + arguments);
    QCOMPARE(refused.exitCode, exitCode);
    QVERIFY2(refused.err.contains(message), qPrintable(refused.err));
    QVERIFY(refused.out.isEmpty());
    QCOMPARE(content(path), before);
}

QTEST_MAIN(BeforeTheVisitTest)
#include "tst_clibeforevisit.moc"
