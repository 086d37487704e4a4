// The participants and contact people CSV files, read back as the import
// and a spreadsheet read them, with their headings in the file's language.

#include "csv/csvformat.h"
#include "domain/documentlanguage.h"
#include "domain/searchtext.h"
#include "export/contactlist.h"
#include "export/eventdocument.h"
#include "export/filewriting.h"
#include "export/participantlist.h"
#include "export/participantreader.h"
#include "import/importfields.h"
#include "storage/eventrepository.h"
#include "storage/searchindex.h"
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
    void streamedCsvIsTheDocumentsCsv_data();
    void streamedCsvIsTheDocumentsCsv();
    void streamedCsvSortsDelegationsWithFoldedLetters();
    void readerTellsAMissingEventAndStopsWhenAsked();

private:
    EventDocument studyVisit() const;
    void giveDelegations();
    QByteArray streamedCsv(int eventId, const ParticipantFilter &filter, OrganisationNames names,
                           Language language, const CsvOptions &options,
                           const QList<Field> &columns);

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

// Delegations typed as officers type them: with and without Polish
// letters, in both cases, and none; and notes on some participations.
void ListExportsTest::giveDelegations()
{
    EventRepository events(m_db.connection());
    std::optional<Event> event = events.load(1);
    QVERIFY(event);
    const QStringList delegations{u"Zabrze"_qs,    u"Śląsk"_qs, u"RVR Essen"_qs, u""_qs,
                                  u"rvr essen"_qs, u"slask"_qs, u"Ruhr"_qs};
    for (qsizetype i = 0; i < event->participants.size(); ++i) {
        event->participants[i].delegation = delegations[i % delegations.size()];
        if (i % 5 == 0)
            event->participants[i].notes = u"Anreise mit dem Zug; \"Gleis 3\""_qs;
    }
    QVERIFY(!events.save(*event).isValid());
}

QByteArray ListExportsTest::streamedCsv(int eventId, const ParticipantFilter &filter,
                                        OrganisationNames names, Language language,
                                        const CsvOptions &options, const QList<Field> &columns)
{
    QByteArray bytes;
    QBuffer device(&bytes);
    device.open(QIODevice::WriteOnly);
    ParticipantsCsvWriter csv(&device, DocumentLanguage(language), options, columns);
    ParticipantReader reader(m_db.connection(), eventId);
    const ParticipantReader::Status status =
        reader.read(csv.fields(), filter, names, [&csv](const ParticipantRow &row) {
            csv.write(row);
            return true;
        });
    if (status != ParticipantReader::Status::Read)
        qWarning("%s", qPrintable(reader.error().text()));
    return bytes;
}

void ListExportsTest::streamedCsvIsTheDocumentsCsv_data()
{
    QTest::addColumn<QStringList>("statuses");
    QTest::addColumn<QStringList>("roles");
    QTest::addColumn<bool>("shortNames");
    QTest::addColumn<int>("language");
    QTest::addColumn<bool>("excel");
    QTest::addColumn<QList<Field>>("columns");
    QTest::addColumn<int>("lines"); // the header and a row per participant that passes
    QTest::newRow("every column, German Excel")
        << QStringList() << QStringList() << false << int(Language::German) << true
        << QList<Field>() << 29;
    QTest::newRow("chosen columns, Polish, short names")
        << QStringList() << QStringList() << true << int(Language::Polish) << false
        << QList<Field>{Field::Name,    Field::Organisation, Field::Position, Field::Notes,
                        Field::Arrival, Field::City,         Field::Status}
        << 29;
    QTest::newRow("delegates and speakers who came or did not")
        << QStringList{u"attended"_qs, u"no_show"_qs} << QStringList{u"delegate"_qs, u"speaker"_qs}
        << false << int(Language::English) << false << QList<Field>() << 17;
    QTest::newRow("a status nobody has") << QStringList{u"confirmed"_qs} << QStringList() << false
                                         << int(Language::English) << false << QList<Field>() << 1;
}

// The command line writes a participants CSV straight from the database, a
// row at a time; the documents dialog writes it from the event in memory.
// Both files are the same, byte for byte, whatever is chosen.
void ListExportsTest::streamedCsvIsTheDocumentsCsv()
{
    QFETCH(QStringList, statuses);
    QFETCH(QStringList, roles);
    QFETCH(bool, shortNames);
    QFETCH(int, language);
    QFETCH(bool, excel);
    QFETCH(QList<Field>, columns);
    giveDelegations();
    const ParticipantFilter filter{statuses, roles};
    const OrganisationNames names = shortNames ? OrganisationNames::Short : OrganisationNames::Full;
    const CsvOptions options = excel ? CsvOptions::forExcel() : CsvOptions{};
    const QByteArray inMemory =
        participantsCsv(participantRows(studyVisit(), filter, names),
                        DocumentLanguage(Language(language)), options, columns);
    const QByteArray streamed = streamedCsv(1, filter, names, Language(language), options, columns);
    QCOMPARE(streamed, inMemory);
    QFETCH(int, lines);
    QCOMPARE(inMemory.count('\n'), lines);
}

void ListExportsTest::streamedCsvSortsDelegationsWithFoldedLetters()
{
    giveDelegations();
    const QByteArray bytes = streamedCsv(1, {}, OrganisationNames::Full, Language::English, {},
                                         {Field::Delegation, Field::LastName, Field::FirstName});
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    const QList<QStringList> records =
        CsvFormat::preview(&buffer, CsvFormat::detect(&buffer), 1000);
    QCOMPARE(records.size(), studyVisit().event.participants.size() + 1);
    QStringList groups; // each delegation's folded name, in the order the file has them
    QStringList names;  // last and first name within the current group
    for (qsizetype i = 1; i < records.size(); ++i) {
        const QString group = foldForSearch(records[i][0]);
        if (groups.isEmpty() || groups.last() != group) {
            QVERIFY2(!groups.contains(group), qPrintable(records[i][0] + u" comes twice"_qs));
            groups.append(group);
            names.clear();
        }
        names.append(sortNameOf(records[i][2], records[i][1]));
        QVERIFY2(std::is_sorted(names.cbegin(), names.cend()), qPrintable(names.join(u" | ")));
    }
    // "Śląsk" and "slask" are one delegation, between "Ruhr" and "Zabrze";
    // "RVR Essen" and "rvr essen" too.
    QCOMPARE(groups, (QStringList{u""_qs, u"ruhr"_qs, u"rvr essen"_qs, u"slask"_qs, u"zabrze"_qs}));
}

void ListExportsTest::readerTellsAMissingEventAndStopsWhenAsked()
{
    int handed = 0;
    const auto counted = [&handed](const ParticipantRow &) {
        return ++handed < 3;
    };
    ParticipantReader missing(m_db.connection(), 9999);
    QCOMPARE(missing.read({Field::Email}, {}, OrganisationNames::Full, counted),
             ParticipantReader::Status::NoSuchEvent);
    QCOMPARE(handed, 0);
    ParticipantReader reader(m_db.connection(), 1);
    QCOMPARE(reader.read({Field::Email}, {}, OrganisationNames::Full, counted),
             ParticipantReader::Status::Stopped);
    QCOMPARE(handed, 3);
    QVERIFY(!reader.error().isValid());
    // The connection is as it was: the next read starts afresh.
    handed = -100;
    QCOMPARE(reader.read({Field::Email}, {}, OrganisationNames::Full, counted),
             ParticipantReader::Status::Read);
    QCOMPARE(handed, -100 + studyVisit().event.participants.size());
}

QTEST_GUILESS_MAIN(ListExportsTest)
#include "tst_listexports.moc"
