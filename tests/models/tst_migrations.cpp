#include "domain/textlanguage.h"
#include "serverdatabases.h"
#include "storage/eventrepository.h"
#include "storage/schema.h"
#include "storage/siterepository.h"
#include "storage/sql.h"
#include "storage/sqldialect.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace ep;

Q_DECLARE_METATYPE(ep::Language)

// Upgrades of a database written by an earlier version of the program, on
// SQLite and on the team server: every stored value ends where the new
// schema keeps it.
class MigrationsTest final : public QObject
{
    Q_OBJECT

private slots:
    void guessesTheLanguageOfAShortText_data();
    void guessesTheLanguageOfAShortText();
    void version6PutsMeetingPointsAndAccessibilityIntoTheirLanguage();
};

void MigrationsTest::guessesTheLanguageOfAShortText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Language>("language");
    QTest::newRow("German letters") << u"Hotellobby, Eingang Süd"_qs << Language::German;
    QTest::newRow("German words") << u"Haupteingang am Tor 2"_qs << Language::German;
    QTest::newRow("Polish letters") << u"Przystanek przy wejściu"_qs << Language::Polish;
    QTest::newRow("Polish words") << u"Brama przy ul. Mickiewicza"_qs << Language::Polish;
    QTest::newRow("English words") << u"Main gate of the park"_qs << Language::English;
    QTest::newRow("nothing tells") << u"O-Werk 12"_qs << Language::English;
    QTest::newRow("a Polish name in German")
        << u"Treffpunkt vor dem Muzeum Śląskie"_qs << Language::German;
}

void MigrationsTest::guessesTheLanguageOfAShortText()
{
    QFETCH(QString, text);
    QFETCH(Language, language);
    QCOMPARE(guessLanguage(text), language);
}

void MigrationsTest::version6PutsMeetingPointsAndAccessibilityIntoTheirLanguage()
{
    // A database as version 5 of the schema left it, with one-language texts.
    test::TestDatabase fresh; // for its folder, and on the server for a database of its own
    const QString location =
        fresh.isServer() ? fresh.newServerDatabase() : fresh.folder() + u"/version5.sqlite"_qs;
    {
        QSqlDatabase db = fresh.isServer()
                              ? test::addServerConnection(location, u"version5"_qs)
                              : QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"version5"_qs);
        if (!fresh.isServer())
            db.setDatabaseName(location);
        QVERIFY(db.open());
        const SqlDialect dialect = fresh.isServer() ? SqlDialect::PostgreSQL : SqlDialect::SQLite;
        for (int version = 1; version <= 5; ++version)
            QVERIFY(!schema::migrateOneStep(db, dialect, version).isValid());
        const QStringList rows{
            u"INSERT INTO sites (id, name_en, accessibility) VALUES"
            " (1, 'Zollverein', 'Aufzug am Eingang, barrierefreie Toiletten'),"
            " (2, 'Nikiszowiec', 'Bruk na ulicach, wejście do muzeum bez schodów'),"
            " (3, 'Ruhr Museum', '')"_qs,
            u"INSERT INTO events (id, kind, title_en, start_date, end_date)"
            " VALUES (1, 'study_visit', 'Visit', '2027-06-10', '2027-06-11')"_qs,
            u"INSERT INTO agenda_items (id, event_id, day, start_time, end_time, title_en, kind,"
            " site_id, meeting_point) VALUES"
            " (1, 1, '2027-06-10', '08:30', '09:00', 'Coach', 'travel', NULL,"
            "  'Treffpunkt in der Hotellobby'),"
            " (2, 1, '2027-06-10', '09:30', '11:00', 'Visit', 'site_visit', 2,"
            "  'Przystanek przy wejściu głównym'),"
            " (3, 1, '2027-06-11', '09:00', '10:00', 'Talk', 'talk', NULL, 'Main gate'),"
            " (4, 1, '2027-06-11', '10:00', '11:00', 'Lunch', 'meal', NULL, '')"_qs};
        for (const QString &row : rows)
            QVERIFY2(!sql::run(db, row).isValid(), qPrintable(row));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"version5"_qs);

    Database database;
    const Database::OpenResult opened = database.open(location);
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    QCOMPARE(opened.migratedFrom, 5);
    QCOMPARE(database.schemaVersion(), schema::currentVersion());

    const Event event = *EventRepository(database.connection()).load(1);
    QCOMPARE(event.agenda.size(), 4);
    QCOMPARE(event.agenda[0].meetingPoint,
             (LocalizedText{u"Treffpunkt in der Hotellobby"_qs, {}, {}}));
    QCOMPARE(event.agenda[1].meetingPoint,
             (LocalizedText{{}, u"Przystanek przy wejściu głównym"_qs, {}}));
    QCOMPARE(event.agenda[2].meetingPoint, (LocalizedText{{}, {}, u"Main gate"_qs}));
    QVERIFY(event.agenda[3].meetingPoint.isEmpty());
    for (const AgendaItem &item : event.agenda)
        QCOMPARE(item.group, QString()); // everyone, as before

    SiteRepository sites(database.connection());
    QCOMPARE(sites.load(1)->accessibility,
             (LocalizedText{u"Aufzug am Eingang, barrierefreie Toiletten"_qs, {}, {}}));
    QCOMPARE(sites.load(2)->accessibility,
             (LocalizedText{{}, u"Bruk na ulicach, wejście do muzeum bez schodów"_qs, {}}));
    QVERIFY(sites.load(3)->accessibility.isEmpty());

    // The one-language columns are gone: the tables are exactly those a new
    // database gets, which is what the program checks at every open.
    const schema::TableColumns tables = schema::tablesOf(database.connection());
    QVERIFY(!tables.value(u"agenda_items"_qs).contains(u"meeting_point"_qs));
    QVERIFY(!tables.value(u"sites"_qs).contains(u"accessibility"_qs));
    database.close();
    Database again;
    const Database::OpenResult reopened = again.open(location);
    QVERIFY2(reopened.ok(), qPrintable(reopened.message));
    QCOMPARE(reopened.migratedFrom, 0);
}

QTEST_GUILESS_MAIN(MigrationsTest)
#include "tst_migrations.moc"
