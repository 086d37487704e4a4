// The People list's trigram index (issue 14, schema version 8): it finds
// what LIKE found, stays in step with every writer through its triggers, and
// is what a search of three letters or more reads.

#include "lists/recordlistmodel.h"
#include "storage/personrepository.h"
#include "storage/sql.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace ep;

class SearchIndexTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writersElsewhereAreFoundThroughTheIndex();
    void shortWordsAndQuotesStillFind();
    void longWordsAreLookedUpInTheIndex();

private:
    QList<int> found(const QString &typed);

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

QTEST_MAIN(SearchIndexTest)
#include "tst_searchindex.moc"
