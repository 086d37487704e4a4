// The import writes new people and participations a batch at a time
// (ImportWriter::batchSize rows to a statement on SQLite, COPY by the
// thousand on PostgreSQL): rows on both sides of a batch's end arrive whole.

#include "domain/wallclock.h"
#include "import/importwriter.h"
#include "import/spreadsheetimport.h"
#include "lists/listdefinition.h"
#include "lists/recordlistmodel.h"
#include "storage/eventrepository.h"
#include "storage/personrepository.h"
#include "testdatabase.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace ep;

class ImportBatchesTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rowsOfSeveralBatchesAreWrittenAndFound();

private:
    int count(const QString &statement)
    {
        QSqlQuery query(m_db.connection());
        query.exec(statement);
        query.next();
        return query.value(0).toInt();
    }

    test::TestDatabase m_db;
    int m_eventId = 0;
};

void ImportBatchesTest::initTestCase()
{
    Event event;
    event.title.en = u"Study visit to the Ruhr"_qs;
    event.startDate = QDate(2019, 7, 8);
    event.endDate = QDate(2019, 7, 10);
    QVERIFY(!EventRepository(m_db.connection()).save(event).isValid());
    m_eventId = event.id;
}

void ImportBatchesTest::rowsOfSeveralBatchesAreWrittenAndFound()
{
    // Two full batches and part of a third; the last row names a person of
    // the first batch again, with a phone number the first row lacked.
    const int rows = 2 * ImportWriter::batchSize + 37;
    QByteArray csv = "First name;Last name;Organisation;Email;Phone;Arrival;Notes\r\n";
    for (int i = 0; i < rows; ++i) {
        csv += "Zofia;Wr\xc3\xb3"
               "bel" +
               QByteArray::number(i) + ";Metropolia GZM;zofia" + QByteArray::number(i) +
               "@gzm.example.org;" + (i == 5 ? QByteArray() : "+48 32 " + QByteArray::number(i)) +
               ";07.07.2019 18:30;Row " + QByteArray::number(i) + "\r\n";
    }
    csv += "Zofia;Wr\xc3\xb3"
           "bel5;Metropolia GZM;zofia5@gzm.example.org;+48 32 555;;\r\n";
    const QString path = m_db.folder() + u"/many.csv"_qs;
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(csv);
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    ImportSettings settings;
    settings.eventId = m_eventId;
    settings.format = CsvFormat::detect(&file);
    const ImportReport report = SpreadsheetImport::run(m_db.connection(), path, settings);
    QVERIFY(report.written);
    QCOMPARE(report.created, rows);
    QCOMPARE(count(u"SELECT count(*) FROM people"_qs), rows);
    QCOMPARE(count(u"SELECT count(*) FROM participations"_qs), rows);

    PersonRepository repository(m_db.connection());
    const Event event = *EventRepository(m_db.connection()).load(m_eventId);
    for (int i : {0, 5, ImportWriter::batchSize, rows - 1}) {
        QSqlQuery query(m_db.connection());
        query.prepare(u"SELECT id FROM people WHERE email = ?"_qs);
        query.addBindValue(u"zofia%1@gzm.example.org"_qs.arg(i));
        QVERIFY(query.exec() && query.next());
        const Person person = *repository.load(query.value(0).toInt());
        QCOMPARE(person.lastName, u"Wróbel%1"_qs.arg(i));
        QCOMPARE(person.phone, i == 5 ? u"+48 32 555"_qs : u"+48 32 %1"_qs.arg(i));
        const auto participation = std::find_if(
            event.participants.begin(), event.participants.end(),
            [&person](const Participation &each) { return each.personId == person.id; });
        QVERIFY(participation != event.participants.end());
        QCOMPARE(participation->arrival, wallClock(QDate(2019, 7, 7), QTime(18, 30)));
        QCOMPARE(participation->notes, u"Row %1"_qs.arg(i));
    }

    // Found by search as typed, from the first batch to the last, folded.
    RecordListModel found(ListDefinition::people(), m_db.connection());
    for (int i : {0, 5, ImportWriter::batchSize, rows - 1}) {
        found.setSearchText(u"wrobel zofia%1@"_qs.arg(i));
        QCOMPARE(found.matchingCount(), 1);
    }
    found.setSearchText(u"wróbel"_qs);
    QCOMPARE(found.matchingCount(), rows);
}

QTEST_GUILESS_MAIN(ImportBatchesTest)
#include "tst_importbatches.moc"
