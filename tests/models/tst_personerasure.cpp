// Erasing a person on request (issue 15, item 4): every row that names them
// goes in one transaction, each event keeps a count, the privacy log says
// that it happened and by whom but not whom, the file keeps none of the
// erased text in its bytes (free pages, search index, write-ahead log),
// and the backups that still hold the person are named. On both engines,
// except where the bytes of a file are read.

#include "databasefiles.h"
#include "storage/actinguser.h"
#include "storage/backups.h"
#include "storage/personerasure.h"
#include "storage/personrepository.h"
#include "storage/privacylog.h"
#include "storage/sql.h"
#include "testdatabase.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ep;

namespace {

// Frank Straßburger of the demo programme: a participant of two events and
// a host of an agenda item.
constexpr int frank = 10;

int count(const QSqlDatabase &db, const QString &statement)
{
    QSqlError error;
    const int counted = sql::count(db, statement, {{u":id"_qs, frank}}, &error);
    if (error.isValid())
        qFatal("%s", qPrintable(error.text()));
    return counted;
}

QByteArray bytesOf(const QString &path)
{
    QByteArray bytes;
    for (const QString &file : Database::fileWithCompanions(path))
        bytes += test::fileContent(file);
    return bytes;
}

} // namespace

class PersonErasureTest final : public QObject
{
    Q_OBJECT

private slots:
    void personIsFoundByIdOrEmail();
    void everyRowNamingThePersonGoesAndEventsKeepACount();
    void erasedTextIsGoneFromTheFilesBytes();
    void backupsThatStillHoldThePersonAreNamed();
};

void PersonErasureTest::personIsFoundByIdOrEmail()
{
    test::TestDatabase db;
    db.writeDemoProgramme();
    QString error;
    QCOMPARE(PersonRepository(db.connection()).findByIdOrEmail(u"10"_qs, &error),
             std::optional<int>(frank));
    QCOMPARE(PersonRepository(db.connection())
                 .findByIdOrEmail(u" F.Strassburger@RVR.example.org"_qs, &error),
             std::optional<int>(frank));
    QCOMPARE(PersonRepository(db.connection()).findByIdOrEmail(u"9999"_qs, &error), std::nullopt);
    QCOMPARE(PersonRepository(db.connection()).findByIdOrEmail(u"nobody@example.org"_qs, &error),
             std::nullopt);
    QCOMPARE(error, QString());
    QVERIFY(!sql::run(db.connection(),
                      u"UPDATE people SET email = 'office@example.org' WHERE id IN (3, 4)"_qs)
                 .isValid());
    QCOMPARE(PersonRepository(db.connection()).findByIdOrEmail(u"office@example.org"_qs, &error),
             std::nullopt);
    QVERIFY2(error.contains(u"2 people have the email"_qs), qPrintable(error));
}

void PersonErasureTest::everyRowNamingThePersonGoesAndEventsKeepACount()
{
    test::TestDatabase db;
    db.writeDemoProgramme();
    const QSqlDatabase connection = db.connection();
    QVERIFY(!sql::run(connection, u"UPDATE sites SET contact_person_id = :id WHERE id = 1"_qs,
                      {{u":id"_qs, frank}})
                 .isValid());
    const QList<int> events = sql::ids(connection,
                                       u"SELECT event_id FROM participations WHERE person_id = :id "
                                       u"ORDER BY event_id"_qs,
                                       {{u":id"_qs, frank}});
    QCOMPARE(events.size(), 2);
    QSqlError error;
    const std::optional<PersonErasure::Plan> plan = PersonErasure::plan(connection, frank, &error);
    QVERIFY(plan);
    QCOMPARE(plan->name, u"Frank Straßburger"_qs);
    QCOMPARE(plan->participations, 2);
    QCOMPARE(plan->hostRoles, count(connection, u"SELECT count(*) FROM agenda_item_hosts WHERE "
                                                u"person_id = :id"_qs));
    QCOMPARE(plan->siteContacts, 1);
    QCOMPARE(PersonErasure::describe(*plan).size(), 4);
    const int othersBefore = count(connection, u"SELECT count(*) FROM participations"_qs) - 2;
    const int logBefore = privacylog::lastEntry(connection);

    const PersonErasure::Result result = PersonErasure::erase(connection, *plan);
    QVERIFY2(result.ok(), qPrintable(result.error.text()));
    QCOMPARE(result.leftover, QString());
    for (const char *statement : {"SELECT count(*) FROM people WHERE id = :id",
                                  "SELECT count(*) FROM participations WHERE person_id = :id",
                                  "SELECT count(*) FROM event_organisers WHERE person_id = :id",
                                  "SELECT count(*) FROM agenda_item_hosts WHERE person_id = :id",
                                  "SELECT count(*) FROM sites WHERE contact_person_id = :id"})
        QCOMPARE(count(connection, QString::fromLatin1(statement)), 0);
    QCOMPARE(count(connection, u"SELECT count(*) FROM participations"_qs), othersBefore);
    QCOMPARE(sql::ids(connection, u"SELECT id FROM events WHERE erased_participants = 1 "
                                  u"ORDER BY id"_qs),
             events);
    QCOMPARE(count(connection, u"SELECT sum(erased_participants) FROM events"_qs), 2);
    // The log: when, what, how many, by whom; never whom.
    QVERIFY(privacylog::lastEntry(connection) > logBefore);
    QSqlQuery log(connection);
    QVERIFY(log.exec(u"SELECT * FROM privacy_log"_qs) && log.next());
    QCOMPARE(log.record().count(), 6);
    QCOMPARE(log.value(u"action"_qs).toString(), u"erasure"_qs);
    QCOMPARE(log.value(u"people"_qs).toInt(), 1);
    QCOMPARE(log.value(u"done_by"_qs).toString(), actingUser(connection));
    QVERIFY(!actingUser(connection).isEmpty());
    const QDateTime when =
        QDateTime::fromString(log.value(u"happened_at"_qs).toString(), Qt::ISODate);
    QVERIFY(qAbs(when.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QVERIFY(!log.next());

    // Erased is erased: a second attempt finds no one.
    QVERIFY(!PersonErasure::plan(connection, frank, &error));
    QVERIFY(!error.isValid());
}

void PersonErasureTest::erasedTextIsGoneFromTheFilesBytes()
{
    test::TestDatabase db;
    if (db.isServer())
        QSKIP("the bytes of a database file; a server's files are its own (VACUUM is run)");
    db.writeDemoProgramme();
    // Needs only the person had, and a phone number only they have.
    QVERIFY(!sql::run(db.connection(),
                      u"UPDATE participations SET dietary_needs = 'koszerne bez orzechów' "
                      u"WHERE person_id = :id"_qs,
                      {{u":id"_qs, frank}})
                 .isValid());
    QVERIFY(!sql::run(db.connection(),
                      u"UPDATE people SET phone = '+49 201 2069-4711' "
                      u"WHERE id = :id"_qs,
                      {{u":id"_qs, frank}})
                 .isValid());
    const QList<QByteArray> traces{"Straßburger", "f.strassburger@rvr.example.org",
                                   "+49 201 2069-4711", "koszerne bez orzechów"};
    // Another program keeps the file open meanwhile, so that the write-ahead
    // log stays: SQLite removes it when the last connection closes.
    QProcess other;
    other.start(u"python3"_qs, {u"-c"_qs,
                                u"import sqlite3, sys\n"
                                u"c = sqlite3.connect(sys.argv[1])\n"
                                u"c.execute('SELECT count(*) FROM people').fetchall()\n"
                                u"print('open', flush=True)\n"
                                u"sys.stdin.readline()\n"_qs,
                                db.path()});
    QVERIFY(other.waitForReadyRead(30000));
    QSqlError error;
    const std::optional<PersonErasure::Plan> plan =
        PersonErasure::plan(db.connection(), frank, &error);
    QVERIFY(plan);
    db.database().close();
    const QByteArray before = bytesOf(db.path());
    for (const QByteArray &trace : traces)
        QVERIFY2(before.contains(trace), trace.constData()); // what the check could find

    db.reopen();
    const PersonErasure::Result result = PersonErasure::erase(db.connection(), *plan);
    QVERIFY2(result.ok(), qPrintable(result.error.text()));
    QCOMPARE(result.leftover, QString());
    db.database().close();
    const QByteArray after = bytesOf(db.path());
    QVERIFY(QFile::exists(db.path() + u"-wal"_qs)); // kept by the other program, emptied
    for (const QByteArray &trace : traces)
        QVERIFY2(!after.contains(trace), trace.constData());
    other.write("\n");
    QVERIFY(other.waitForFinished(30000));
    db.reopen();
}

void PersonErasureTest::backupsThatStillHoldThePersonAreNamed()
{
    test::TestDatabase db;
    if (db.isServer())
        QSKIP("the planner's copies are of database files");
    QTemporaryDir home;
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.path()));
    db.writeDemoProgramme();
    const QDateTime monday(QDate(2026, 11, 30), QTime(9, 0));
    const Backups::Outcome before = Backups::backUpNow(db.path(), monday);
    QCOMPARE(before.status, Backups::Outcome::Status::Written);
    QSqlError error;
    const std::optional<PersonErasure::Plan> plan =
        PersonErasure::plan(db.connection(), frank, &error);
    QVERIFY(plan);
    QVERIFY(PersonErasure::erase(db.connection(), *plan).ok());
    const Backups::Outcome after = Backups::backUpNow(db.path(), monday.addDays(1));
    QCOMPARE(after.status, Backups::Outcome::Status::Written);
    const QList<Backups::Copy> holding = PersonErasure::backupsHolding(db.path(), *plan);
    QCOMPARE(holding.size(), 1);
    QCOMPARE(holding.first().path, before.path);
    QCOMPARE(holding.first().written, monday);
    qunsetenv("XDG_DATA_HOME");
}

QTEST_GUILESS_MAIN(PersonErasureTest)
#include "tst_personerasure.moc"
