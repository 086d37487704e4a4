#include "lists/recordlistmodel.h"
#include "storage/organisationrepository.h"
#include "storage/personrepository.h"
#include "storage/transaction.h"
#include "testdatabase.h"

#include <QScopeGuard>
#include <QSqlQuery>
#include <QTest>

using namespace ep;

class ListModelTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fetchesLazily();
    void search_data();
    void search();
    void sortsByFoldedLastName();
    void findsRowOfRecordBeyondFirstPage();
    void eventsListShowsLabelsAndFallbackTitles();
    void filtersWhatLacksATranslation();
    void filtersPeopleByTheirLegalBasis();

private:
    std::unique_ptr<test::TestDatabase> m_db;
    int m_wojcikId = 0;
};

void ListModelTest::initTestCase()
{
    m_db = std::make_unique<test::TestDatabase>();
    QSqlDatabase db = m_db->connection();
    Transaction transaction(db);
    Organisation gzm;
    gzm.name = u"Górnośląsko-Zagłębiowska Metropolia"_qs;
    gzm.shortName = u"GZM"_qs;
    gzm.city = u"Katowice"_qs;
    OrganisationRepository(db).save(gzm);
    PersonRepository people(db);
    const QStringList lastNames{u"Nowak"_qs, u"Schmidt"_qs, u"Kowalska"_qs, u"Becker"_qs};
    for (int i = 0; i < 3000; ++i) {
        Person person;
        person.firstName = u"Person"_qs;
        person.lastName = lastNames[i % lastNames.size()] % QString::number(i);
        person.email = u"p"_qs % QString::number(i) % u"@example.org"_qs;
        people.save(person);
    }
    const QList<std::pair<QString, QString>> named{{u"Łukasz"_qs, u"Wójcik"_qs},
                                                   {u"Jürgen"_qs, u"Müller"_qs},
                                                   {u"Käthe"_qs, u"Groß"_qs},
                                                   {u"Agnieszka"_qs, u"Źródłowska"_qs},
                                                   {u"Anna"_qs, u"Łódzka"_qs}};
    for (const auto &[first, last] : named) {
        Person person;
        person.firstName = first;
        person.lastName = last;
        person.city = first == u"Łukasz" ? u"Katowice"_qs : u"Essen"_qs;
        person.organisationId = first == u"Łukasz" ? gzm.id : 0;
        people.save(person);
        if (last == u"Wójcik")
            m_wojcikId = person.id;
    }
    QVERIFY(transaction.commit());
}

void ListModelTest::fetchesLazily()
{
    RecordListModel model(ListDefinition::people(), m_db->connection());
    // A page at first on either engine, then pages as a view scrolls.
    QCOMPARE(model.rowCount(), 256);
    QVERIFY(model.canFetchMore());
    QCOMPARE(model.matchingCount(), 3005);
    int pages = 1;
    while (model.canFetchMore()) {
        model.fetchMore();
        ++pages;
    }
    QCOMPARE(model.rowCount(), 3005);
    // Each page as large as what is held: 256, 256, 512, 1024, then 957.
    QCOMPARE(pages, 5);
    // The pages join into the list's order, every person once.
    QList<int> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.idAt(row));
    QSqlQuery ordered(m_db->connection());
    QVERIFY(ordered.exec(u"SELECT id FROM people ORDER BY sort_name, id"_qs));
    QList<int> expected;
    while (ordered.next())
        expected.append(ordered.value(0).toInt());
    QCOMPARE(ids, expected);
}

void ListModelTest::search_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("lastNames");
    QTest::newRow("without Polish letters") << u"lukasz wojcik"_qs << QStringList{u"Wójcik"_qs};
    QTest::newRow("with Polish letters") << u"Łukasz"_qs << QStringList{u"Wójcik"_qs};
    QTest::newRow("German ue") << u"mueller"_qs << QStringList{u"Müller"_qs};
    QTest::newRow("German u") << u"muller"_qs << QStringList{u"Müller"_qs};
    QTest::newRow("sharp s as ss") << u"gross"_qs << QStringList{u"Groß"_qs};
    QTest::newRow("l with stroke") << u"lodz"_qs << QStringList{u"Łódzka"_qs};
    QTest::newRow("by organisation") << u"gzm"_qs << QStringList{u"Wójcik"_qs};
    QTest::newRow("by organisation, two letters") << u"gz"_qs << QStringList{u"Wójcik"_qs};
    QTest::newRow("words in any order") << u"katowice lukasz"_qs << QStringList{u"Wójcik"_qs};
    QTest::newRow("every word must match") << u"lukasz essen"_qs << QStringList();
    QTest::newRow("case") << u"ŹRÓDŁOWSKA"_qs << QStringList{u"Źródłowska"_qs};
    QTest::newRow("percent is no wildcard") << u"%"_qs << QStringList();
}

void ListModelTest::search()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, lastNames);
    RecordListModel model(ListDefinition::people(), m_db->connection());
    model.setSearchText(typed);
    QStringList found;
    for (int row = 0; row < model.rowCount(); ++row)
        found.append(model.data(model.index(row, 1)).toString());
    QCOMPARE(found, lastNames);
    QCOMPARE(model.matchingCount(), lastNames.size());
}

void ListModelTest::sortsByFoldedLastName()
{
    RecordListModel model(ListDefinition::people(), m_db->connection());
    model.setSearchText(u"essen"_qs);
    QStringList found;
    for (int row = 0; row < model.rowCount(); ++row)
        found.append(model.data(model.index(row, 1)).toString());
    // Ł sorts with L and Ź with Z, not after every ASCII letter.
    QCOMPARE(found, (QStringList{u"Groß"_qs, u"Łódzka"_qs, u"Müller"_qs, u"Źródłowska"_qs}));
    model.sort(1, Qt::DescendingOrder);
    QCOMPARE(model.data(model.index(0, 1)).toString(), u"Źródłowska"_qs);
}

void ListModelTest::findsRowOfRecordBeyondFirstPage()
{
    RecordListModel model(ListDefinition::people(), m_db->connection());
    const int row = model.rowOfId(m_wojcikId);
    QVERIFY(row > 256);
    QCOMPARE(model.idAt(row), m_wojcikId);
    model.setSearchText(u"nowak"_qs);
    QCOMPARE(model.rowOfId(m_wojcikId), -1);
}

void ListModelTest::eventsListShowsLabelsAndFallbackTitles()
{
    test::TestDatabase db;
    db.writeDemoProgramme();
    RecordListModel model(ListDefinition::events(Language::Polish), db.connection());
    QCOMPARE(model.rowCount(), 4);
    // The latest first; kinds and statuses as labels, not codes.
    QCOMPARE(model.data(model.index(0, 2)).toString(), u"Webinar"_qs);
    QCOMPARE(model.data(model.index(0, 7)).toString(), u"Held"_qs);
    QCOMPARE(model.data(model.index(3, 1)).toString(),
             u"Wizyta studyjna delegacji GZM w Metropolii Ruhry"_qs);

    QSqlQuery query(db.connection());
    QVERIFY(query.exec(
        QStringLiteral("UPDATE events SET title_pl = '' WHERE start_date = '2019-07-08'")));
    model.refresh();
    // Polish missing: English, the working language, is shown instead.
    QCOMPARE(model.data(model.index(3, 1)).toString(),
             u"Study visit of the GZM delegation to the Ruhr metropolis"_qs);
}

void ListModelTest::filtersWhatLacksATranslation()
{
    test::TestDatabase demo;
    demo.writeDemoProgramme();
    QSqlDatabase db = demo.connection();
    // The demo programme is translated throughout…
    for (const ListDefinition &definition :
         {ListDefinition::events(Language::English), ListDefinition::sites(Language::English),
          ListDefinition::topics()}) {
        RecordListModel list(definition, db);
        const int all = list.matchingCount();
        QVERIFY(all > 0);
        for (Language language : allLanguages) {
            list.setFilter(int(language)); // missing German, Polish, English
            QCOMPARE(list.matchingCount(), 0);
            QCOMPARE(list.rowCount(), 0);
        }
        list.setFilter(std::nullopt);
        QCOMPARE(list.matchingCount(), all);
    }
    // …until a Polish agenda item title, a German site description and an
    // English topic name go missing.
    QSqlQuery edit(db);
    QVERIFY(edit.exec(u"UPDATE agenda_items SET title_pl = '' WHERE id = "
                      "(SELECT min(id) FROM agenda_items WHERE event_id = 2)"_qs));
    QVERIFY(edit.exec(u"UPDATE sites SET description_de = '' WHERE id = 3"_qs));
    QVERIFY(edit.exec(u"UPDATE topics SET name_en = '' WHERE id = 1"_qs));
    // A description that was never written in any language is not missing.
    QVERIFY(edit.exec(u"UPDATE sites SET description_de = '', description_pl = '', "
                      "description_en = '' WHERE id = 4"_qs));

    RecordListModel events(ListDefinition::events(Language::English), db);
    events.setFilter(int(Language::Polish)); // missing Polish
    QCOMPARE(events.rowCount(), 1);
    QCOMPARE(events.idAt(0), 2);
    events.setFilter(int(Language::German)); // missing German
    QCOMPARE(events.rowCount(), 0);

    RecordListModel sites(ListDefinition::sites(Language::English), db);
    sites.setFilter(int(Language::German)); // missing German
    QCOMPARE(sites.rowCount(), 1);
    QCOMPARE(sites.idAt(0), 3);
    // Search and filter together.
    sites.setSearchText(u"zzz-no-such-site"_qs);
    QCOMPARE(sites.rowCount(), 0);

    RecordListModel topics(ListDefinition::topics(), db);
    topics.setFilter(int(Language::English)); // missing English
    QCOMPARE(topics.rowCount(), 1);
    QCOMPARE(topics.idAt(0), 1);
}

void ListModelTest::filtersPeopleByTheirLegalBasis()
{
    QSqlDatabase db = m_db->connection();
    QSqlQuery edit(db);
    // Everyone but Wójcik as imported, with no legal basis; he consented,
    // then withdrew.
    QVERIFY(edit.exec(u"UPDATE people SET legal_basis = 'consent', consent_date = '2019-05-02', "
                      "consent_purpose = 'Exchange', consent_withdrawn = '2024-03-01' "
                      "WHERE id = %1"_qs.arg(m_wojcikId)));
    const auto restore = qScopeGuard([&] {
        QSqlQuery(db).exec(
            u"UPDATE people SET legal_basis = '', consent_date = NULL, "
            "consent_purpose = '', consent_withdrawn = NULL WHERE id = %1"_qs.arg(m_wojcikId));
    });
    RecordListModel list(ListDefinition::people(), db);
    QCOMPARE(list.matchingCount(), 3005);
    list.setFilter(0); // no legal basis recorded
    QCOMPARE(list.matchingCount(), 3004);
    QCOMPARE(list.rowOfId(m_wojcikId), -1);
    list.setFilter(1); // consent withdrawn
    QCOMPARE(list.matchingCount(), 1);
    QCOMPARE(list.idAt(0), m_wojcikId);
    list.setSearchText(u"nowak"_qs); // search and filter together
    QCOMPARE(list.rowCount(), 0);
    list.setFilter(std::nullopt);
    QCOMPARE(list.matchingCount(), 750);
}

QTEST_GUILESS_MAIN(ListModelTest)
#include "tst_listmodel.moc"
