#include "csv/csvwriter.h"
#include "domain/wallclock.h"
#include "import/spreadsheetimport.h"
#include "storage/eventrepository.h"
#include "storage/personrepository.h"
#include "testdatabase.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ep;

Q_DECLARE_METATYPE(ep::TextEncoding)

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(EXCHANGE_PLANNER_TEST_DATA "/import/") + name;
}

int count(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    query.exec(statement);
    query.next();
    return query.value(0).toInt();
}

} // namespace

class SpreadsheetImportTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void detectsTheFormatOfEachShape_data();
    void detectsTheFormatOfEachShape();
    void importsEachShape_data();
    void importsEachShape();
    void valuesComeBackExactly();
    void formulaIsStoredAsTextAndNeutralisedOnExport();
    void secondImportMatchesInsteadOfDuplicating();
    void fillsEmptyFieldsAndKeepsStoredValues();
    void overwritesStoredValuesWhenChosen();
    void matchesByNameAndOrganisationWithoutEmail();
    void contactsAreMarkedAsContactPeople();
    void oneInvalidRowImportsNothingAndListsEveryProblem();
    void invalidRowsCanBeLeftOut();
    void dryRunWritesNothing();
    void cancellingWritesNothing();
    void badFiles_data();
    void badFiles();
    void invalidUtf8IsReportedWithLineAndColumn();
    void nonExistentEventIsRefused();
    void datesAsSpreadsheetsWriteThem_data();
    void datesAsSpreadsheetsWriteThem();

private:
    QString write(const QString &name, const QByteArray &content);
    ImportReport import(const QString &path, ImportSettings settings = {});
    int people() const { return count(m_db->connection(), u"SELECT count(*) FROM people"_qs); }
    int participations() const
    {
        return count(m_db->connection(), u"SELECT count(*) FROM participations"_qs);
    }

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_eventId = 0;
};

void SpreadsheetImportTest::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    m_dir = std::make_unique<QTemporaryDir>();
    Event event;
    event.title.en = u"Study visit to the Ruhr"_qs;
    event.startDate = QDate(2019, 7, 8);
    event.endDate = QDate(2019, 7, 10);
    QVERIFY(!EventRepository(m_db->connection()).save(event).isValid());
    m_eventId = event.id;
}

void SpreadsheetImportTest::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QString SpreadsheetImportTest::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(content);
    return path;
}

ImportReport SpreadsheetImportTest::import(const QString &path, ImportSettings settings)
{
    if (settings.eventId == 0)
        settings.eventId = m_eventId;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        const CsvFormat detected = CsvFormat::detect(&file);
        settings.format = detected;
    }
    return SpreadsheetImport::run(m_db->connection(), path, settings);
}

void SpreadsheetImportTest::detectsTheFormatOfEachShape_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<char>("delimiter");
    QTest::newRow("German Excel, UTF-8 with BOM")
        << u"german-excel-utf8-bom.csv"_qs << TextEncoding::Utf8 << ';';
    QTest::newRow("German Excel, windows-1252")
        << u"german-excel-windows-1252.csv"_qs << TextEncoding::Windows1252 << ';';
    QTest::newRow("Polish Excel, windows-1250")
        << u"polish-excel-windows-1250.csv"_qs << TextEncoding::Windows1250 << ';';
    QTest::newRow("online form") << u"online-form-export.csv"_qs << TextEncoding::Utf8 << ',';
}

void SpreadsheetImportTest::detectsTheFormatOfEachShape()
{
    QFETCH(QString, file);
    QFETCH(TextEncoding, encoding);
    QFETCH(char, delimiter);
    QFile input(fixture(file));
    QVERIFY(input.open(QIODevice::ReadOnly));
    const CsvFormat format = CsvFormat::detect(&input);
    QCOMPARE(format.encoding, encoding);
    QCOMPARE(format.delimiter, delimiter);
    QCOMPARE(format.headerRecord, 0);
    QCOMPARE(input.pos(), 0);
}

void SpreadsheetImportTest::importsEachShape_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("person");
    QTest::newRow("German Excel, UTF-8 with BOM")
        << u"german-excel-utf8-bom.csv"_qs << 5 << u"Müller-Lüdenscheidt"_qs;
    QTest::newRow("German Excel, windows-1252")
        << u"german-excel-windows-1252.csv"_qs << 4 << u"Kießling"_qs;
    QTest::newRow("Polish Excel, windows-1250")
        << u"polish-excel-windows-1250.csv"_qs << 5 << u"Kaczmarczyk-Ślęzak"_qs;
    QTest::newRow("online form") << u"online-form-export.csv"_qs << 4 << u"Jędrzejczyk"_qs;
}

void SpreadsheetImportTest::importsEachShape()
{
    QFETCH(QString, file);
    QFETCH(int, rows);
    QFETCH(QString, person);
    const ImportReport report = import(fixture(file));
    QVERIFY2(report.fileProblem.isEmpty(), qPrintable(report.fileProblem));
    QCOMPARE(report.invalid, 0);
    QVERIFY(report.written);
    QCOMPARE(report.rows, rows);
    QCOMPARE(report.created, rows);
    QCOMPARE(people(), rows);
    QCOMPARE(participations(), rows);
    QSqlQuery query(m_db->connection());
    QVERIFY(query.prepare(u"SELECT count(*) FROM people WHERE last_name = ?"_qs));
    query.addBindValue(person);
    QVERIFY(query.exec() && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void SpreadsheetImportTest::valuesComeBackExactly()
{
    import(fixture(u"german-excel-utf8-bom.csv"_qs));
    import(fixture(u"online-form-export.csv"_qs));
    PersonRepository people(m_db->connection());
    QSqlQuery query(m_db->connection());
    const auto personWith = [&](const QString &email) {
        query.prepare(u"SELECT id FROM people WHERE email = ?"_qs);
        query.addBindValue(email);
        query.exec();
        query.next();
        return *people.load(query.value(0).toInt());
    };
    const Person mueller = personWith(u"j.mueller@rvr.example.org"_qs);
    QCOMPARE(mueller.firstName, u"Jürgen"_qs);
    QCOMPARE(mueller.phone, u"0201 2069-200"_qs); // leading zero kept
    QVERIFY(mueller.organisationId > 0);

    const Event event = *EventRepository(m_db->connection()).load(m_eventId);
    const auto participationOf = [&](int personId) {
        for (const Participation &participation : event.participants) {
            if (participation.personId == personId)
                return participation;
        }
        return Participation{};
    };
    const Participation muellers = participationOf(mueller.id);
    QCOMPARE(muellers.role, u"delegate"_qs);
    QCOMPARE(muellers.status, u"confirmed"_qs);
    QCOMPARE(muellers.arrival, wallClock(QDate(2019, 7, 7), QTime(18, 30)));
    QCOMPARE(muellers.dietaryNeeds, u"vegetarisch"_qs);

    const Person puetz = personWith(u"h.puetz@essen.example.org"_qs);
    QCOMPARE(participationOf(puetz.id).notes, u"Kommt mit Begleitperson; Ankunft \"spät\""_qs);
    QCOMPARE(participationOf(puetz.id).accessibilityNeeds,
             u"Rollstuhl – stufenloser Zugang nötig"_qs);
    QCOMPARE(participationOf(puetz.id).role, u"delegate"_qs); // empty: the default

    const Person nowak = personWith(u"anna.nowak@katowice.example.org"_qs);
    QCOMPARE(nowak.firstName, u"Anna"_qs);
    QCOMPARE(nowak.position, u"Project officer"_qs);
    QCOMPARE(participationOf(nowak.id).notes,
             u"Looking forward to the visit,\nespecially \"MARK 51°7\"."_qs);
    const Person jedrzejczyk = personWith(u"Hanna.Jedrzejczyk@muzeumslaskie.example.org"_qs);
    QCOMPARE(jedrzejczyk.lastName, u"Jędrzejczyk"_qs);
    QCOMPARE(participationOf(jedrzejczyk.id).notes, u"Two lines:\r\nfirst, second"_qs);
}

void SpreadsheetImportTest::formulaIsStoredAsTextAndNeutralisedOnExport()
{
    import(fixture(u"german-excel-utf8-bom.csv"_qs));
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(u"SELECT notes FROM participations WHERE notes LIKE '=%'"_qs));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"=SUMME(A1:A3)"_qs);
    QCOMPARE(CsvWriter::escapedCell(query.value(0).toString(), u';'), u"'=SUMME(A1:A3)"_qs);
}

void SpreadsheetImportTest::secondImportMatchesInsteadOfDuplicating()
{
    QVERIFY(import(fixture(u"german-excel-utf8-bom.csv"_qs)).written);
    const ImportReport again = import(fixture(u"german-excel-utf8-bom.csv"_qs));
    QCOMPARE(again.created, 0);
    QCOMPARE(again.matched, 5);
    QCOMPARE(again.skipped, 5);
    QCOMPARE(people(), 5);
    QCOMPARE(participations(), 5);
}

void SpreadsheetImportTest::fillsEmptyFieldsAndKeepsStoredValues()
{
    Person stored;
    stored.firstName = u"Jürgen"_qs;
    stored.lastName = u"Müller-Lüdenscheidt"_qs;
    stored.email = u"J.Mueller@RVR.example.org"_qs; // another case: still the same address
    stored.phone = u"+49 201 2069-200"_qs;
    QVERIFY(!PersonRepository(m_db->connection()).save(stored).isValid());

    const ImportReport report = import(fixture(u"german-excel-utf8-bom.csv"_qs));
    QCOMPARE(report.matched, 1);
    QCOMPARE(report.created, 4);
    QCOMPARE(report.storedValuesKept, 1); // the phone
    const Person after = *PersonRepository(m_db->connection()).load(stored.id);
    QCOMPARE(after.phone, u"+49 201 2069-200"_qs);
    QVERIFY(after.organisationId > 0); // was empty: filled in
    QCOMPARE(after.email, u"J.Mueller@RVR.example.org"_qs);
}

void SpreadsheetImportTest::overwritesStoredValuesWhenChosen()
{
    Person stored;
    stored.lastName = u"Müller-Lüdenscheidt"_qs;
    stored.email = u"j.mueller@rvr.example.org"_qs;
    stored.phone = u"+49 201 2069-200"_qs;
    QVERIFY(!PersonRepository(m_db->connection()).save(stored).isValid());
    ImportSettings settings;
    settings.overwriteStoredValues = true;
    const ImportReport report = import(fixture(u"german-excel-utf8-bom.csv"_qs), settings);
    QCOMPARE(report.storedValuesReplaced, 1);
    QCOMPARE(PersonRepository(m_db->connection()).load(stored.id)->phone, u"0201 2069-200"_qs);
}

void SpreadsheetImportTest::matchesByNameAndOrganisationWithoutEmail()
{
    const QString path = write(u"names.csv"_qs, "Vorname;Nachname;Organisation\r\n"
                                                "Anna;Nowak;GZM\r\n"
                                                "Anna;Nowak;RVR\r\n"
                                                "ANNA;NOWAK;gzm\r\n");
    const ImportReport report = import(path);
    QCOMPARE(report.created, 2); // same name, another organisation: another person
    QCOMPARE(report.matched, 1);
    QCOMPARE(report.skipped, 1);
    QCOMPARE(report.organisationsCreated, 2);
}

void SpreadsheetImportTest::contactsAreMarkedAsContactPeople()
{
    ImportSettings settings;
    settings.target = ImportTarget::Contacts;
    const ImportReport report = import(fixture(u"polish-excel-windows-1250.csv"_qs), settings);
    QVERIFY(report.written);
    QCOMPARE(count(m_db->connection(), u"SELECT count(*) FROM people WHERE is_contact = 1"_qs), 5);
    QCOMPARE(participations(), 0);
    QCOMPARE(count(m_db->connection(),
                   u"SELECT count(*) FROM people WHERE notes = 'Przewodniczący delegacji'"_qs),
             1);
}

void SpreadsheetImportTest::oneInvalidRowImportsNothingAndListsEveryProblem()
{
    const QString path = write(u"mixed.csv"_qs, "First name,Last name,Email,Role,Arrival\n"
                                                "Anna,Nowak,anna@example.org,delegate,\n"
                                                "Jan,,jan@example.org,speaker,\n"
                                                "Ewa,Kowalska,ewa(at)example.org,VIP,tomorrow\n"
                                                "Piotr,Zieliński\n"
                                                "Olga,Tokarczuk,olga(at)example,speaker,,extra\n");
    const ImportReport report = import(path);
    QVERIFY(!report.written);
    QCOMPARE(report.rows, 5);
    QCOMPARE(report.invalid, 4);
    QCOMPARE(people(), 0);
    QCOMPARE(report.problems.size(), 7);
    QCOMPARE(report.problems[0].line, 3);
    QCOMPARE(report.problems[0].column, u"Last name"_qs);
    QVERIFY(report.problems[0].reason.contains(u"last name is missing"_qs));
    QCOMPARE(report.problems[1].line, 4);
    QCOMPARE(report.problems[1].column, u"Role"_qs);
    QVERIFY(report.problems[1].reason.contains(u"VIP"_qs));
    QCOMPARE(report.problems[2].column, u"Arrival"_qs);
    QCOMPARE(report.problems[3].column, u"Email"_qs);
    QVERIFY(report.problems[3].reason.contains(u"not an email address"_qs));
    QCOMPARE(report.problems[4].line, 5);
    QVERIFY(report.problems[4].reason.contains(u"header has 5"_qs));
    // A cell too many and a bad email: both said.
    QCOMPARE(report.problems[5].line, 6);
    QVERIFY(report.problems[5].reason.startsWith(u"6 cell"_qs));
    QCOMPARE(report.problems[6].line, 6);
    QCOMPARE(report.problems[6].column, u"Email"_qs);
    QVERIFY(report.problems[6].reason.contains(u"\"olga(at)example\" is not an email"_qs));
}

void SpreadsheetImportTest::invalidRowsCanBeLeftOut()
{
    const QString path = write(u"mixed.csv"_qs, "First name,Last name,Email\n"
                                                "Anna,Nowak,anna@example.org\n"
                                                "Jan,,jan@example.org\n"
                                                "Ewa,Kowalska,ewa@example.org\n");
    ImportSettings settings;
    settings.skipInvalidRows = true;
    const ImportReport report = import(path, settings);
    QVERIFY(report.written);
    QCOMPARE(report.invalid, 1);
    QCOMPARE(report.created, 2);
    QCOMPARE(people(), 2);
}

void SpreadsheetImportTest::dryRunWritesNothing()
{
    ImportSettings settings;
    settings.dryRun = true;
    const ImportReport dry = import(fixture(u"polish-excel-windows-1250.csv"_qs), settings);
    QVERIFY(!dry.written);
    QCOMPARE(dry.created, 5);
    QCOMPARE(dry.organisationsCreated, 3);
    QCOMPARE(people(), 0);
    QCOMPARE(count(m_db->connection(), u"SELECT count(*) FROM organisations"_qs), 0);
    const ImportReport real = import(fixture(u"polish-excel-windows-1250.csv"_qs));
    QCOMPARE(real.created, dry.created);
    QCOMPARE(people(), 5);
}

void SpreadsheetImportTest::cancellingWritesNothing()
{
    ImportSettings settings;
    settings.eventId = m_eventId;
    QFile file(fixture(u"german-excel-utf8-bom.csv"_qs));
    QVERIFY(file.open(QIODevice::ReadOnly));
    settings.format = CsvFormat::detect(&file);
    int rows = 0;
    const ImportReport report = SpreadsheetImport::run(
        m_db->connection(), file.fileName(), settings, [&](qint64, qint64) { return ++rows < 3; });
    QVERIFY(report.cancelled);
    QVERIFY(!report.written);
    QCOMPARE(people(), 0);
}

void SpreadsheetImportTest::badFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty file") << QByteArray() << u"no rows at all"_qs;
    QTest::newRow("header only") << QByteArray("Vorname;Nachname;E-Mail\r\n") << u"no data rows"_qs;
    QTest::newRow("binary file") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16)
                                 << u"not a text"_qs;
    QTest::newRow("Excel workbook (xlsx)")
        << QByteArray("PK\x03\x04\x14\0\x06\0\x08\0\0\0!\0[Content_Types].xml", 33)
        << u"is a spreadsheet workbook"_qs;
    QTest::newRow("old Excel workbook (xls)")
        << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0", 10)
        << u"is a spreadsheet workbook"_qs;
    QTest::newRow("20 MB line") << QByteArray("Name,Email\n") + QByteArray(20 * 1024 * 1024, 'x')
                                << u"longer than 1 MiB"_qs;
    QTest::newRow("unclosed quote")
        << QByteArray("Name,Email\n\"Nowak,a@b.org\n") << u"never closed"_qs;
    QTest::newRow("no name column")
        << QByteArray("Email,Phone\na@b.org,123\n") << u"no column holds the last name"_qs;
}

void SpreadsheetImportTest::badFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const QString path = write(u"bad.csv"_qs, content);
    const ImportReport report = import(path);
    QVERIFY2(report.fileProblem.contains(message), qPrintable(report.fileProblem));
    QVERIFY(!report.written);
    QCOMPARE(people(), 0);
}

void SpreadsheetImportTest::invalidUtf8IsReportedWithLineAndColumn()
{
    const QString path = write(u"utf8.csv"_qs, "Name,Stadt\nNowak,Katowice\nM\xFCller,Essen\n");
    ImportSettings settings;
    settings.eventId = m_eventId;
    settings.format.encoding = TextEncoding::Utf8;
    const ImportReport report = SpreadsheetImport::run(m_db->connection(), path, settings);
    QCOMPARE(report.invalid, 1);
    QCOMPARE(report.problems.first().line, 3);
    QCOMPARE(report.problems.first().column, u"Name"_qs);
    QVERIFY2(report.problems.first().reason.contains(u"0xfc"_qs),
             qPrintable(report.problems.first().reason));
    QCOMPARE(people(), 0);
}

void SpreadsheetImportTest::nonExistentEventIsRefused()
{
    ImportSettings settings;
    settings.eventId = 4711;
    const ImportReport report = import(fixture(u"german-excel-utf8-bom.csv"_qs), settings);
    QVERIFY(report.fileProblem.contains(u"no event 4711"_qs));
    QCOMPARE(people(), 0);
}

void SpreadsheetImportTest::datesAsSpreadsheetsWriteThem_data()
{
    QTest::addColumn<QByteArray>("written");
    QTest::addColumn<QString>("stored"); // empty: refused as not a date
    QTest::newRow("ISO date") << QByteArray("2019-07-08") << u"2019-07-08T00:00"_qs;
    QTest::newRow("ISO with T") << QByteArray("2019-07-08T14:30") << u"2019-07-08T14:30"_qs;
    QTest::newRow("ISO with seconds")
        << QByteArray("2019-07-08 14:30:00") << u"2019-07-08T14:30"_qs;
    QTest::newRow("German") << QByteArray("08.07.2019 9:05") << u"2019-07-08T09:05"_qs;
    QTest::newRow("German short") << QByteArray("8.7.2019") << u"2019-07-08T00:00"_qs;
    QTest::newRow("Polish slashes") << QByteArray("08/07/2019 18:30") << u"2019-07-08T18:30"_qs;
    QTest::newRow("spaces around") << QByteArray(" 08.07.2019  18:30 ") << u"2019-07-08T18:30"_qs;
    QTest::newRow("no such day") << QByteArray("31.02.2019") << QString();
    QTest::newRow("no such hour") << QByteArray("08.07.2019 25:00") << QString();
    QTest::newRow("minutes in one digit") << QByteArray("08.07.2019 14:3") << QString();
    QTest::newRow("two-digit year") << QByteArray("08.07.19") << QString();
    QTest::newRow("words") << QByteArray("Monday") << QString();
    QTest::newRow("Arabic-Indic digits")
        << QByteArray("\xD9\xA2\xD9\xA0\xD9\xA1\xD9\xA9-07-08") << QString();
}

void SpreadsheetImportTest::datesAsSpreadsheetsWriteThem()
{
    QFETCH(QByteArray, written);
    QFETCH(QString, stored);
    const QString path =
        write(u"dates.csv"_qs, "Vorname;Nachname;Anreise\nAnna;Nowak;" + written + '\n');
    ImportSettings settings;
    settings.eventId = m_eventId;
    settings.format.encoding = TextEncoding::Utf8;
    settings.format.delimiter = ';';
    const ImportReport report = SpreadsheetImport::run(m_db->connection(), path, settings);
    if (stored.isEmpty()) {
        QCOMPARE(report.invalid, 1);
        QCOMPARE(report.problems.first().column, u"Anreise"_qs);
        QVERIFY2(report.problems.first().reason.contains(u"is not a date"_qs),
                 qPrintable(report.problems.first().reason));
        QCOMPARE(participations(), 0);
        return;
    }
    QVERIFY2(report.written, qPrintable(report.fileProblem));
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(u"SELECT arrival FROM participations"_qs) && query.next());
    QCOMPARE(query.value(0).toString(), stored);
}

QTEST_GUILESS_MAIN(SpreadsheetImportTest)
#include "tst_spreadsheetimport.moc"
