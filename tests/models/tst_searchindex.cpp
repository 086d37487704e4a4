// The People list's trigram index (issue 14, schema version 8): it finds
// what LIKE found, stays in step with every writer through its triggers, and
// is what a search of three letters or more reads.

#include "import/importwriter.h"
#include "import/spreadsheetimport.h"
#include "lists/recordlistmodel.h"
#include "storage/database.h"
#include "storage/personrepository.h"
#include "storage/schema.h"
#include "storage/sql.h"
#include "testdatabase.h"

#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <functional>

using namespace ep;

class SearchIndexTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writersElsewhereAreFoundThroughTheIndex();
    void shortWordsAndQuotesStillFind();
    void longWordsAreLookedUpInTheIndex();
    void importIndexesEachOfItsPeopleOnce();
    void cancelledImportLeavesTheTriggersAtWork();

private:
    QList<int> found(const QString &typed);
    // Imports `rows` new participants of event 1 (several of the import's
    // batches), the last of them completing the first; `rowsBeforeCancel`
    // rows are read before the import is cancelled (0: never), and
    // `beforeCancelling` runs then.
    ImportReport importMany(int rows, int rowsBeforeCancel = 0,
                            const std::function<void()> &beforeCancelling = {});
    // One row in the index per person, none left over (FTS5's own
    // integrity-check does not compare with the table in SQLite 3.40).
    void checkEveryPersonIndexedOnce();
    bool deferralMarked();

    std::unique_ptr<test::TestDatabase> m_db;
};

void SearchIndexTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_db = std::make_unique<test::TestDatabase>();
    m_db->writeDemoProgramme();
    if (m_db->isServer())
        QSKIP("a team database searches by LIKE; the index is a SQLite file's");
}

QList<int> SearchIndexTest::found(const QString &typed)
{
    RecordListModel model(ListDefinition::people(), m_db->connection());
    model.setSearchText(typed);
    QList<int> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.idAt(row));
    return ids;
}

void SearchIndexTest::writersElsewhereAreFoundThroughTheIndex()
{
    Person person;
    person.firstName = u"Bożena"_qs;
    person.lastName = u"Źdźbłowska"_qs;
    person.email = u"b.zdzblowska@example.org"_qs;
    PersonRepository people(m_db->connection());
    QVERIFY(!people.save(person).isValid());
    QCOMPARE(found(u"zdzbl"_qs), QList<int>{person.id});
    QCOMPARE(found(u"ŹDŹBŁ"_qs), QList<int>{person.id});

    // Renamed and deleted by plain SQL, as another program would: the
    // triggers keep the index in step.
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(
        u"UPDATE people SET search_text = 'bozena nowakowska' WHERE id = %1"_qs.arg(person.id)));
    QCOMPARE(found(u"zdzbl"_qs), QList<int>{});
    QCOMPARE(found(u"nowakowsk"_qs), QList<int>{person.id});
    QVERIFY(query.exec(u"DELETE FROM people WHERE id = %1"_qs.arg(person.id)));
    QCOMPARE(found(u"nowakowsk"_qs), QList<int>{});
}

void SearchIndexTest::shortWordsAndQuotesStillFind()
{
    // Under three letters the index knows nothing: LIKE finds them.
    const QList<int> all = found(QString());
    QVERIFY(found(u"ma"_qs).size() > 0);
    QVERIFY(found(u"ma"_qs).size() < all.size());
    // A quote is part of the word, not of the index's syntax.
    QCOMPARE(found(u"o\"brien"_qs), QList<int>{});
    QCOMPARE(found(u"\"\"\""_qs), QList<int>{});
}

void SearchIndexTest::longWordsAreLookedUpInTheIndex()
{
    QSqlQuery plan(m_db->connection());
    QVERIFY(
        plan.exec(u"EXPLAIN QUERY PLAN SELECT p.id FROM people p WHERE p.id IN"
                  " (SELECT rowid FROM people_search WHERE people_search MATCH '\"nowak\"')"_qs));
    QString steps;
    while (plan.next())
        steps += plan.value(3).toString() + u'\n';
    QVERIFY2(steps.contains(u"VIRTUAL TABLE INDEX"_qs), qPrintable(steps));
    // What the list finds through the index is what LIKE over every row finds.
    for (const QString &word : {u"nowak"_qs, u"rvr"_qs, u"katowice"_qs, u"example.org"_qs}) {
        QSqlQuery like(m_db->connection());
        QVERIFY(sql::run(like,
                         u"SELECT count(*) FROM people p LEFT JOIN organisations o"
                         " ON o.id = p.organisation_id WHERE p.search_text LIKE :w ESCAPE '\\'"
                         " OR o.search_text LIKE :w ESCAPE '\\'"_qs,
                         {{u":w"_qs, sql::containsPattern(word)}})
                    .type() == QSqlError::NoError);
        QVERIFY(like.next());
        QCOMPARE(found(word).size(), like.value(0).toInt());
    }
}

ImportReport SearchIndexTest::importMany(int rows, int rowsBeforeCancel,
                                         const std::function<void()> &beforeCancelling)
{
    static int imports = 0;
    const QString tag = u"imp%1x"_qs.arg(++imports);
    // Row 0 lacks a first name; the last row names the same person (by
    // email) with one, after row 0 was written with the first batch.
    QByteArray csv = "First name;Last name;Email\r\n";
    for (int i = 0; i < rows - 1; ++i) {
        csv += (i == 0 ? QByteArray() : QByteArray("Jan")) + ";Kowalczyk-" + tag.toLatin1() +
               QByteArray::number(i) + ";" + tag.toLatin1() + QByteArray::number(i) +
               "@example.org\r\n";
    }
    csv += "Wies\xc5\x82"
           "awa;Kowalczyk-" +
           tag.toLatin1() + "0;" + tag.toLatin1() + "0@example.org\r\n";
    const QString path = m_db->folder() + u"/"_qs + tag + u".csv"_qs;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(csv);
    file.close();
    ImportSettings settings;
    settings.eventId = 1;
    file.open(QIODevice::ReadOnly);
    settings.format = CsvFormat::detect(&file);
    int read = 0;
    return SpreadsheetImport::run(m_db->connection(), path, settings, [&](qint64, qint64) {
        if (rowsBeforeCancel == 0 || ++read < rowsBeforeCancel)
            return true;
        if (beforeCancelling)
            beforeCancelling();
        return false;
    });
}

void SearchIndexTest::checkEveryPersonIndexedOnce()
{
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(u"SELECT (SELECT count(*) FROM people),"
                       " (SELECT count(*) FROM people_search_docsize),"
                       " (SELECT count(*) FROM people_search_docsize d"
                       "  WHERE NOT EXISTS (SELECT 1 FROM people p WHERE p.id = d.id))"_qs));
    QVERIFY(query.next());
    QCOMPARE(query.value(1).toInt(), query.value(0).toInt());
    QCOMPARE(query.value(2).toInt(), 0);
}

bool SearchIndexTest::deferralMarked()
{
    QSqlQuery query(m_db->connection());
    query.exec(u"SELECT count(*) FROM meta WHERE key = 'people_search_from'"_qs);
    query.next();
    return query.value(0).toInt() != 0;
}

void SearchIndexTest::importIndexesEachOfItsPeopleOnce()
{
    const int rows = ImportWriter::batchSize + 100;
    const ImportReport report = importMany(rows);
    QVERIFY(report.written);
    QCOMPARE(report.created, rows - 1);
    QVERIFY(!deferralMarked());
    checkEveryPersonIndexedOnce();
    // The first person as the last row completed them, not as first written.
    const QList<int> wieslawa = found(u"wiesława kowalczyk-imp1x0"_qs);
    QCOMPARE(wieslawa.size(), 1);
    QCOMPARE(found(u"kowalczyk-imp1x1000"_qs).size(), 1);
    RecordListModel list(ListDefinition::people(), m_db->connection());
    list.setSearchText(u"kowalczyk-imp1x"_qs);
    QCOMPARE(list.matchingCount(), rows - 1);
    // Later writers are indexed by the triggers again.
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(u"UPDATE people SET search_text = 'wieslawa nowicka' WHERE id = %1"_qs.arg(
        wieslawa.constFirst())));
    QCOMPARE(found(u"nowicka"_qs), wieslawa);
    // Nothing of the text before is left in the index.
    QCOMPARE(found(u"imp1x0@"_qs), QList<int>{});
    checkEveryPersonIndexedOnce();
}

void SearchIndexTest::cancelledImportLeavesTheTriggersAtWork()
{
    // Cancelled after the first batch was written: all of it is undone.
    RecordListModel list(ListDefinition::people(), m_db->connection());
    const int before = list.matchingCount();
    // Meanwhile another program reads the file: it sees neither the mark
    // nor the rows written so far, and finds what it found before.
    QString markSeenElsewhere = u"not looked"_qs;
    int foundElsewhere = -1;
    const ImportReport report =
        importMany(ImportWriter::batchSize + 500, ImportWriter::batchSize + 200, [&] {
            QVERIFY(deferralMarked());
            Database other;
            QCOMPARE(other.open(m_db->path()).message, QString());
            markSeenElsewhere = schema::metaValue(other.connection(), u"people_search_from"_qs);
            RecordListModel otherList(ListDefinition::people(), other.connection());
            foundElsewhere = otherList.matchingCount();
        });
    QCOMPARE(markSeenElsewhere, QString());
    QCOMPARE(foundElsewhere, before);
    QVERIFY(report.cancelled);
    QVERIFY(!report.written);
    QVERIFY(!deferralMarked());
    list.refresh();
    QCOMPARE(list.matchingCount(), before);
    checkEveryPersonIndexedOnce();
    Person person;
    person.firstName = u"Ewelina"_qs;
    person.lastName = u"Żurawska"_qs;
    QVERIFY(!PersonRepository(m_db->connection()).save(person).isValid());
    QCOMPARE(found(u"zurawsk"_qs), QList<int>{person.id});
    checkEveryPersonIndexedOnce();
}

QTEST_MAIN(SearchIndexTest)
#include "tst_searchindex.moc"
