// The participants and contact people CSV files, read back as the import
// and a spreadsheet read them, with their headings in the file's language.

#include "csv/csvformat.h"
#include "domain/documentlanguage.h"
#include "export/contactlist.h"
#include "export/eventdocument.h"
#include "export/filewriting.h"
#include "export/participantlist.h"
#include "import/importfields.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QTest>

using namespace ep;

class ListExportsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void organisationsAreNamedInFullUnlessShortNamesAreChosen();
    void suggestedFileNamesAreTakenEverywhere_data();
    void suggestedFileNamesAreTakenEverywhere();
    void participantsCsvParsesBackAndTheImportReadsItsHeader();
    void participantsCsvHasTheChosenColumns();
    void positionIsAColumnToChoose();
    void contactsCsvNeutralisesFormulas();

private:
    EventDocument studyVisit() const;

    test::TestDatabase m_db;
};

void ListExportsTest::initTestCase()
{
    m_db.writeDemoProgramme();
}

EventDocument ListExportsTest::studyVisit() const
{
    // The first demo event: three days in the Ruhr, 22 items, 28 participants.
    return *EventDocument::load(m_db.connection(), 1);
}

void ListExportsTest::participantsCsvParsesBackAndTheImportReadsItsHeader()
{
    EventDocument event = studyVisit();
    event.event.participants[0].notes = u"Zeile eins\nline two, with \"quotes\"; ąę"_qs;
    const QList<ParticipantRow> rows = participantRows(event);
    QByteArray bytes =
        participantsCsv(rows, DocumentLanguage(Language::German), CsvOptions::forExcel());
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));

    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvFormat format = CsvFormat::detect(&buffer);
    QCOMPARE(format.delimiter, ';');
    buffer.seek(0);
    const QList<QStringList> records = CsvFormat::preview(&buffer, format, 100000);
    QCOMPARE(records.size(), rows.size() + 1);
    const QList<Field> mapping = ImportFields::guessMapping(records[0], ImportTarget::Participants);
    QCOMPARE(mapping, (QList<Field>{Field::FirstName, Field::LastName, Field::Organisation,
                                    Field::Delegation, Field::Role, Field::Status, Field::Email,
                                    Field::Phone, Field::DietaryNeeds, Field::AccessibilityNeeds,
                                    Field::Arrival, Field::Departure, Field::Notes}));
    for (int i = 0; i < rows.size(); ++i) {
        const QStringList &record = records[i + 1];
        QCOMPARE(record[0], rows[i].person.firstName);
        QCOMPARE(record[1], rows[i].person.lastName);
        QCOMPARE(record[6], rows[i].person.email);
        QCOMPARE(ImportFields::statusCode(record[5]).value_or(QString()),
                 rows[i].participation.status);
        QCOMPARE(record[10], rows[i].participation.arrival.toString(u"yyyy-MM-dd HH:mm"_qs));
        QCOMPARE(record[12], rows[i].participation.notes);
    }
}

void ListExportsTest::participantsCsvHasTheChosenColumns()
{
    // For the hotel: who arrives and leaves when; a name as first and last
    // name, so that the file imports back.
    const QList<ParticipantRow> rows = participantRows(studyVisit());
    QByteArray bytes = participantsCsv(rows, DocumentLanguage(Language::Polish), {},
                                       {Field::Name, Field::Arrival, Field::Departure});
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const QList<QStringList> records = CsvFormat::preview(&buffer, CsvFormat{}, 100000);
    QCOMPARE(records.size(), rows.size() + 1);
    QCOMPARE(records[0], (QStringList{u"Imię"_qs, u"Nazwisko"_qs, u"Przyjazd"_qs, u"Wyjazd"_qs}));
    QCOMPARE(ImportFields::guessMapping(records[0], ImportTarget::Participants),
             (QList<Field>{Field::FirstName, Field::LastName, Field::Arrival, Field::Departure}));
    for (int i = 0; i < rows.size(); ++i) {
        QCOMPARE(records[i + 1][1], rows[i].person.lastName);
        QCOMPARE(records[i + 1][3],
                 rows[i].participation.departure.toString(u"yyyy-MM-dd HH:mm"_qs));
    }
}

void ListExportsTest::positionIsAColumnToChoose()
{
    const QList<ParticipantRow> rows = participantRows(studyVisit());
    QVERIFY(fieldsWith(FieldUse::ListColumn).contains(Field::Position));
    QVERIFY(!defaultParticipantColumns().contains(Field::Position));
    // Not in the contract's CSV unless asked for.
    const QByteArray standard =
        participantsCsv(rows, DocumentLanguage(Language::German), CsvOptions::forExcel());
    QVERIFY(!QString::fromUtf8(standard).section(u"\r\n"_qs, 0, 0).contains(u"Funktion"_qs));

    for (const auto &[language, heading] : {std::pair(Language::German, u"Funktion"_qs),
                                            std::pair(Language::Polish, u"Stanowisko"_qs),
                                            std::pair(Language::English, u"Function"_qs)}) {
        QByteArray bytes = participantsCsv(rows, DocumentLanguage(language), {},
                                           {Field::Name, Field::Organisation, Field::Position});
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        const QList<QStringList> records = CsvFormat::preview(&buffer, CsvFormat{}, 100000);
        QCOMPARE(records[0].value(3), heading);
        // The import reads the column back as the position.
        QCOMPARE(ImportFields::guessMapping(records[0], ImportTarget::Participants).value(3),
                 Field::Position);
        int withPosition = 0;
        for (int i = 0; i < rows.size(); ++i) {
            QCOMPARE(records[i + 1][3], rows[i].person.position);
            withPosition += rows[i].person.position.isEmpty() ? 0 : 1;
        }
        QVERIFY(withPosition > 10); // the demo's people have their job titles
    }
}

void ListExportsTest::contactsCsvNeutralisesFormulas()
{
    Person person;
    person.firstName = u"Anna"_qs;
    person.lastName = u"=HYPERLINK(\"http://x\")"_qs;
    person.phone = u"+48 32 123 45 67"_qs;
    const QByteArray bytes =
        contactsCsv(ContactList{{person}, {}}, DocumentLanguage(Language::Polish), {});
    const QString text = QString::fromUtf8(bytes);
    QVERIFY(text.startsWith(u"Tytu"_qs) || text.contains(u"Imię"_qs));
    QVERIFY(text.contains(u"\"'=HYPERLINK(\"\"http://x\"\")\""_qs));
    QVERIFY(text.contains(u"'+48 32 123 45 67"_qs));
    QVERIFY(text.endsWith(u"\r\n"_qs));
}

void ListExportsTest::organisationsAreNamedInFullUnlessShortNamesAreChosen()
{
    const EventDocument event = studyVisit();
    const QList<ParticipantRow> full = participantRows(event);
    const QList<ParticipantRow> shortNames = participantRows(event, {}, OrganisationNames::Short);
    QCOMPARE(full.size(), shortNames.size());
    int abbreviated = 0;
    for (qsizetype row = 0; row < full.size(); ++row) {
        const Organisation *employer = event.organisation(full[row].person.organisationId);
        if (!employer)
            continue;
        // An auditor reads "Regionalverband Ruhr", not "RVR".
        QCOMPARE(full[row].organisation, employer->name);
        QCOMPARE(shortNames[row].organisation,
                 employer->shortName.isEmpty() ? employer->name : employer->shortName);
        if (!employer->shortName.isEmpty())
            ++abbreviated;
    }
    QVERIFY(abbreviated > 5);
    const QByteArray csv = participantsCsv(full, DocumentLanguage(Language::German), {});
    QVERIFY(csv.contains("Regionalverband Ruhr"));
}

void ListExportsTest::suggestedFileNamesAreTakenEverywhere_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("name");
    QTest::newRow("colon") << u"Programm: Studienreise ins Ruhrgebiet"_qs
                           << u"Programm - Studienreise ins Ruhrgebiet"_qs;
    QTest::newRow("every refused character")
        << u"a:b\\c/d*e?f\"g<h>i|j"_qs << u"a - b - c - d - e - f - g - h - i - j"_qs;
    QTest::newRow("Polish letters stay")
        << u"Wizyta studyjna w Bochum – program"_qs << u"Wizyta studyjna w Bochum – program"_qs;
    QTest::newRow("a hyphen stays")
        << u"Kaczmarczyk-Ślęzak 2019-07-08"_qs << u"Kaczmarczyk-Ślęzak 2019-07-08"_qs;
    QTest::newRow("no dot or space at the end")
        << u"Lista uczestników. "_qs << u"Lista uczestników"_qs;
    QTest::newRow("control characters")
        << u"Liste\tder\nTeilnehmenden"_qs << u"Liste - der - Teilnehmenden"_qs;
    QTest::newRow("reserved by Windows") << u"CON"_qs << u"_CON"_qs;
    QTest::newRow("nothing left") << u"???"_qs << u"document"_qs;
    QTest::newRow("long") << QString(300, u'x') << QString(120, u'x');
}

void ListExportsTest::suggestedFileNamesAreTakenEverywhere()
{
    QFETCH(QString, title);
    QFETCH(QString, name);
    QCOMPARE(portableFileName(title), name);
    static const QRegularExpression refused(u"[:\\\\/*?\"<>|\\x00-\\x1f]"_qs);
    QVERIFY(!portableFileName(title).contains(refused));
}

QTEST_GUILESS_MAIN(ListExportsTest)
#include "tst_listexports.moc"
