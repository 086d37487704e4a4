// A person's data on their request (issue 15, item 3): everything held
// about them — the record with legal basis and consent, every participation
// with its needs, the items they hosted — as JSON that gives back the whole
// record, and as a PDF in the language they read, both written 0600 by the
// command line's "person export". On both engines.

#include "databasefiles.h"
#include "export/persondata.h"
#include "pdftext.h"
#include "storage/personrepository.h"
#include "storage/records.h"
#include "storage/sql.h"
#include "storage/versionedrows.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace ep;

namespace {

constexpr int frank = 10; // Frank Straßburger of the demo programme

// The record back from the JSON's "person", column by column.
Person personFrom(const QJsonObject &object)
{
    Person person;
    person.id = object.value(u"id"_qs).toInt();
    for (const Column<Person> &column : recordTable<Person>().columns) {
        if (column.stored())
            column.set(person, object.value(column.name).toVariant());
    }
    return person;
}

int run(const QStringList &arguments, QString *out = nullptr)
{
    QProcess process;
    process.start(QStringLiteral(EXCHANGE_PLANNER_BINARY), arguments);
    process.waitForFinished(60000);
    if (out)
        *out = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    return process.exitCode();
}

} // namespace

class PersonDataTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everythingHeldAboutThePersonIsLoaded();
    void jsonGivesBackTheWholeRecord();
    void commandLineWritesJsonAndPdfForTheOwnerAlone();

private:
    mode_t m_umask = 0;
};

void PersonDataTest::initTestCase()
{
    m_umask = ::umask(022); // Debian's: other exports come out 0644
}

void PersonDataTest::cleanupTestCase()
{
    ::umask(m_umask);
}

void PersonDataTest::everythingHeldAboutThePersonIsLoaded()
{
    test::TestDatabase db;
    db.writeDemoProgramme();
    QVERIFY(
        !sql::run(db.connection(),
                  u"UPDATE participations SET dietary_needs = 'koszerne' WHERE person_id = :id"_qs,
                  {{u":id"_qs, frank}})
             .isValid());
    QVERIFY(!sql::run(db.connection(), u"UPDATE sites SET contact_person_id = :id WHERE id = 2"_qs,
                      {{u":id"_qs, frank}})
                 .isValid());
    QSqlError error;
    const std::optional<PersonData> data = PersonData::load(db.connection(), frank, &error);
    QVERIFY2(data, qPrintable(error.text()));
    QCOMPARE(data->person, *PersonRepository(db.connection()).load(frank));
    QCOMPARE(data->organisation, u"Regionalverband Ruhr"_qs);
    QCOMPARE(data->participations.size(), 2);
    QVERIFY(data->participations[0].event.startDate > data->participations[1].event.startDate);
    for (const PersonData::Taking &taking : data->participations) {
        QVERIFY(taking.event.eventId > 0);
        QCOMPARE(taking.participation.dietaryNeeds, u"koszerne"_qs);
        QCOMPARE(taking.participation.personId, frank);
    }
    QCOMPARE(data->hosted.size(), 1);
    QVERIFY(!data->hosted.first().title.text(Language::Polish).isEmpty());
    // The sheets signed: Dr. Ute Höfer walked in on the second day of the
    // demo's first study visit and signed the sheets of both days left.
    const int hoefer =
        sql::count(db.connection(), u"SELECT id FROM people WHERE last_name = 'Höfer'"_qs);
    const std::optional<PersonData> walkIn = PersonData::load(db.connection(), hoefer, &error);
    QVERIFY2(walkIn, qPrintable(error.text()));
    const auto signedTaking = std::find_if(
        walkIn->participations.cbegin(), walkIn->participations.cend(),
        [](const PersonData::Taking &taking) { return !taking.signedSheets.isEmpty(); });
    QVERIFY(signedTaking != walkIn->participations.cend());
    QVERIFY(signedTaking->walkIn);
    QCOMPARE(signedTaking->signedSheets,
             (QList<AttendanceSheet>{{QDate(2019, 7, 9), 0}, {QDate(2019, 7, 10), 0}}));
    QVERIFY(QString::fromUtf8(walkIn->toJson()).contains(u"\"walk_in\": true"_qs));
    QCOMPARE(data->sitesAsContact.size(), 1);
    QVERIFY(data->exportedBy.size() > 0);
    QVERIFY(!PersonData::load(db.connection(), 9999, &error));
    QVERIFY(!error.isValid());
}

void PersonDataTest::jsonGivesBackTheWholeRecord()
{
    test::TestDatabase db;
    db.writeDemoProgramme();
    QSqlError error;
    const std::optional<PersonData> data = PersonData::load(db.connection(), frank, &error);
    QVERIFY(data);
    QJsonParseError parsed;
    const QJsonObject json = QJsonDocument::fromJson(data->toJson(), &parsed).object();
    QCOMPARE(parsed.error, QJsonParseError::NoError);
    QCOMPARE(json.value(u"format"_qs).toString(), u"exchange-planner person data 1"_qs);
    Person back = personFrom(json.value(u"person"_qs).toObject());
    back.version = data->person.version; // a row's version is the database's, not the person's
    QCOMPARE(back, data->person);
    QCOMPARE(json.value(u"person"_qs).toObject().value(u"legal_basis"_qs).toString(),
             u"consent"_qs);
    QCOMPARE(json.value(u"person"_qs).toObject().value(u"consent_withdrawn"_qs).toString(),
             u"2024-03-01"_qs);
    const QJsonArray takings = json.value(u"participations"_qs).toArray();
    QCOMPARE(takings.size(), 2);
    for (qsizetype i = 0; i < takings.size(); ++i) {
        const QJsonObject taking = takings[i].toObject();
        QCOMPARE(taking.value(u"event"_qs).toObject().value(u"id"_qs).toInt(),
                 data->participations[i].event.eventId);
        Participation participation;
        for (const Column<Participation> &column : recordTable<Participation>().columns) {
            if (column.stored() && column.name != u"person_id")
                column.set(participation, taking.value(column.name).toVariant());
        }
        participation.id = data->participations[i].participation.id;
        participation.personId = frank;
        participation.version = data->participations[i].participation.version;
        QCOMPARE(participation, data->participations[i].participation);
    }
    QCOMPARE(json.value(u"host_of"_qs).toArray().size(), 1);
    // Who changed the data and when: as the record of changes holds it.
    const QJsonArray changes = json.value(u"changes"_qs).toArray();
    QCOMPARE(changes.size(), data->changes.size());
    QVERIFY(changes.size() >= 3); // created, registered twice
    QCOMPARE(changes.last().toObject().value(u"action"_qs).toString(), u"created"_qs);
    QCOMPARE(changes.last().toObject().value(u"by"_qs).toString(), data->exportedBy);
}

void PersonDataTest::commandLineWritesJsonAndPdfForTheOwnerAlone()
{
    test::TestDatabase db;
    db.writeDemoProgramme();
    QTemporaryDir dir;
    const QString json = dir.filePath(u"frank.json"_qs);
    const QString pdf = dir.filePath(u"frank.pdf"_qs);
    QString said;
    QCOMPARE(run({u"person"_qs, u"export"_qs, u"f.strassburger@rvr.example.org"_qs,
                  u"--database"_qs, db.path(), u"--output"_qs, json},
                 &said),
             0);
    QVERIFY2(said.contains(u"Frank Straßburger (id 10)"_qs), qPrintable(said));
    QCOMPARE(test::modeOf(json), 0600);
    const QJsonObject parsed = QJsonDocument::fromJson(test::fileContent(json)).object();
    QCOMPARE(parsed.value(u"person"_qs).toObject().value(u"last_name"_qs).toString(),
             u"Straßburger"_qs);

    QCOMPARE(run({u"person"_qs, u"export"_qs, u"10"_qs, u"--database"_qs, db.path(), u"--output"_qs,
                  pdf, u"--language"_qs, u"pl"_qs}),
             0);
    QCOMPARE(test::modeOf(pdf), 0600);
    const QString text = test::pdfPages(pdf).join(u'\n');
    for (const QString &wanted :
         {u"Frank Straßburger"_qs, u"f.strassburger@rvr.example.org"_qs, u"Podstawa prawna"_qs,
          u"Wycofanie zgody"_qs, u"01.03.2024"_qs, u"Webinarium: nowe funkcje dla terenów"_qs,
          u"Regionalverband Ruhr"_qs, u"Zmiany Twoich danych"_qs, u"Utworzono"_qs})
        QVERIFY2(test::holds(text, wanted), qPrintable(wanted));

    // Nobody, a wrong ending: nothing written.
    QCOMPARE(run({u"person"_qs, u"export"_qs, u"nobody@example.org"_qs, u"--database"_qs, db.path(),
                  u"--output"_qs, dir.filePath(u"nobody.json"_qs)}),
             2);
    QCOMPARE(run({u"person"_qs, u"export"_qs, u"10"_qs, u"--database"_qs, db.path(), u"--output"_qs,
                  dir.filePath(u"frank.txt"_qs)}),
             1);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2);
}

QTEST_GUILESS_MAIN(PersonDataTest)
#include "tst_persondata.moc"
