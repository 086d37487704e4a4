// The import from the command line beside other writers, and what it does
// with people it finds already stored: waiting for a lock, an event deleted
// meanwhile, re-importing with --update, two names for one email, and files
// that can be read only once (pipes). How the program gives up on a lock
// held too long is tested on the built program (tst_cli).

#include "domain/catalogues.h"
#include "inprocess.h"
#include "lockholder.h"
#include "storage/database.h"
#include "storage/personrepository.h"
#include "storage/removalsnapshot.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using ep::test::changeIn;
using ep::test::demoDatabase;
using ep::test::LockHolder;
using ep::test::rowsIn;
using ep::test::run;
using ep::test::Run;
using ep::test::valueIn;
using namespace std::chrono_literals;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// Two new people, as a registration form exports them.
const QByteArray twoNewPeople = "First name,Last name,Email,Organisation\r\n"
                                "Ewa,Zielińska,e.zielinska@gzm.example.org,GZM\r\n"
                                "Piotr,Wrona,p.wrona@gzm.example.org,GZM\r\n";

const QString orphans = u"SELECT count(*) FROM participations "
                        "WHERE event_id NOT IN (SELECT id FROM events)"_qs;

} // namespace

class ImportTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importWaitsForAnotherWriter();
    void importChecksItsEventInsideItsTransaction();
    void updateReplacesStoredValuesOfPeopleAndParticipations();
    void sameEmailWithAnotherNameIsAProblemOfTheRow();
    void importsFromANamedPipe();
    void importsFromProcessSubstitution();
    void importNeverGivesADeletedPersonsId();
    void importIntoAnEventThatIsGoneWritesNothing();
    void controlCharactersDoNotComeIn();
    void tooLongAValueIsAProblemOfItsRow();
    void columnsAreMappedAndLeftOutByName();
    void confirmationsBeyondTheCapacityWaitAndMoveUp();

private:
    // After every import: no participation or person refers to a record
    // that is not there.
    static bool referencesHold(const QString &database)
    {
        // PostgreSQL checks every reference itself, at each statement.
        return (onServer(database) ||
                rowsIn(database, u"SELECT count(*) FROM pragma_foreign_key_check"_qs) == 0) &&
               rowsIn(database, orphans) == 0;
    }

    static bool onServer(const QString &database) { return database.startsWith(u"postgresql://"); }
};

void ImportTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    ep::installTranslations(QLocale(QLocale::English));
}

void ImportTest::importWaitsForAnotherWriter()
{
    QTemporaryDir dir;
    const QString database = demoDatabase(dir);
    if (onServer(database))
        QSKIP("SQLite's write lock; PostgreSQL locks the rows a writer changes");
    const QString file = writeFile(dir, u"new.csv"_qs, twoNewPeople);
    const int before = rowsIn(database, u"SELECT count(*) FROM participations"_qs);
    // Another program writes for a second and a half: the import waits for it.
    LockHolder other(database, 1500ms, {u"UPDATE events SET capacity = 40 WHERE id = 1"_qs});
    QVERIFY2(other.waitUntilHeld(), qPrintable(other.error()));
    const Run result =
        run({u"import"_qs, u"participants"_qs, u"1"_qs, file, u"--database"_qs, database});
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(rowsIn(database, u"SELECT count(*) FROM participations"_qs), before + 2);
    QCOMPARE(rowsIn(database, u"SELECT capacity FROM events WHERE id = 1"_qs), 40);
    QVERIFY(referencesHold(database));
}

void ImportTest::importChecksItsEventInsideItsTransaction()
{
    QTemporaryDir dir;
    const QString database = demoDatabase(dir);
    if (onServer(database))
        QSKIP("SQLite's write lock; on PostgreSQL the import holds its event FOR SHARE");
    const QString file = writeFile(dir, u"new.csv"_qs, twoNewPeople);
    const int people = rowsIn(database, u"SELECT count(*) FROM people"_qs);
    Run result;
    {
        // Another window deletes the event while the import is on its way.
        LockHolder other(database, 1000ms, {u"DELETE FROM events WHERE id = 3"_qs});
        QVERIFY2(other.waitUntilHeld(), qPrintable(other.error()));
        result = run({u"import"_qs, u"participants"_qs, u"3"_qs, file, u"--database"_qs, database});
    }
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(u"There is no event 3"_qs), qPrintable(result.err));
    QVERIFY(referencesHold(database));
    QCOMPARE(rowsIn(database, u"SELECT count(*) FROM people"_qs), people);
}

void ImportTest::updateReplacesStoredValuesOfPeopleAndParticipations()
{
    QTemporaryDir dir;
    const QString database = demoDatabase(dir);
    // Jürgen Müller-Lüdenscheidt hosts event 1; the file has him as speaker
    // with another phone, and one more person.
    const QString file =
        writeFile(dir, u"again.csv"_qs,
                  "First name,Last name,Email,Phone,Role,Status,Delegation,Arrival,Notes\r\n"
                  "Jürgen,Müller-Lüdenscheidt,J.Mueller-Luedenscheidt@rvr.example.org,+49 201 999,"
                  "speaker,confirmed,RVR Essen,2019-07-07 18:00,Brings the slides\r\n"
                  "Ewa,Zielińska,e.zielinska@gzm.example.org,,,,,,\r\n");
    const QString phone = u"SELECT phone FROM people WHERE id = 1"_qs;
    const QString participation =
        u"SELECT role || '|' || status || '|' || delegation || '|' || COALESCE(arrival, '') || "
        "'|' || notes FROM participations WHERE event_id = 1 AND person_id = 1"_qs;
    const QString stored = valueIn(database, participation);

    // Without --update, stored values stay, and the output says so.
    const Run keep =
        run({u"import"_qs, u"participants"_qs, u"1"_qs, file, u"--database"_qs, database});
    QCOMPARE(keep.exitCode, 0);
    QVERIFY2(keep.out.contains(u"kept"_qs), qPrintable(keep.out));
    QCOMPARE(valueIn(database, phone), u"+49 201 2069-200"_qs);
    QCOMPARE(valueIn(database, participation), stored);

    // What Ewa's participation has since the first run, the file leaves empty.
    const QString ewa = u"(SELECT id FROM people WHERE email = 'e.zielinska@gzm.example.org')"_qs;
    QCOMPARE(rowsIn(database, u"SELECT count(*) FROM participations WHERE event_id = 1 AND "
                              "person_id = "_qs %
                                  ewa),
             1);
    QVERIFY(changeIn(database, u"UPDATE participations SET status = 'confirmed', notes = 'Vegan' "
                               "WHERE event_id = 1 AND person_id = "_qs %
                                   ewa));

    const Run update = run({u"import"_qs, u"participants"_qs, u"1"_qs, file, u"--update"_qs,
                            u"--database"_qs, database});
    QCOMPARE(update.err, QString());
    QCOMPARE(update.exitCode, 0);
    QVERIFY2(update.out.contains(u"1 participation updated"_qs), qPrintable(update.out));
    QCOMPARE(valueIn(database, phone), u"+49 201 999"_qs);
    QCOMPARE(valueIn(database, participation),
             u"speaker|confirmed|RVR Essen|2019-07-07T18:00|Brings the slides"_qs);
    // An empty cell leaves the stored value.
    QCOMPARE(valueIn(database, u"SELECT status || '|' || notes FROM participations "
                               "WHERE event_id = 1 AND person_id = "_qs %
                                   ewa),
             u"confirmed|Vegan"_qs);
    QVERIFY(referencesHold(database));
}

void ImportTest::sameEmailWithAnotherNameIsAProblemOfTheRow()
{
    QTemporaryDir dir;
    const QString database = demoDatabase(dir);
    const int people = rowsIn(database, u"SELECT count(*) FROM people"_qs);
    const QString file =
        writeFile(dir, u"mixed.csv"_qs,
                  "First name,Last name,Email\r\n"
                  "Anna,Kowalska,j.mueller-luedenscheidt@rvr.example.org\r\n" // line 2: stored
                  "Ewa,Nowak,ewa.nowak@gzm.example.org\r\n"
                  "Adam,Nowak,Ewa.Nowak@gzm.example.org\r\n" // line 4: as line 3
                  "Jurgen,Muller-Ludenscheidt,j.mueller-luedenscheidt@rvr.example.org\r\n");
    for (const QString &update : {QString(), u"--update"_qs}) {
        QStringList arguments{u"import"_qs, u"participants"_qs, u"2"_qs,
                              file,         u"--database"_qs,   database};
        if (!update.isEmpty())
            arguments.append(update);
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(u"mixed.csv:2: column \"Email\": \"Anna Kowalska\" has the "
                                     "email of Jürgen Müller-Lüdenscheidt, stored as person 1"_qs),
                 qPrintable(result.err));
        QVERIFY2(result.err.contains(u"mixed.csv:4: column \"Email\": \"Adam Nowak\" has the "
                                     "email of Ewa Nowak, on line 3"_qs),
                 qPrintable(result.err));
        // Line 5 is Jürgen without his diacritics: the same person.
        QVERIFY2(!result.err.contains(u"mixed.csv:5"_qs), qPrintable(result.err));
        QVERIFY2(result.err.contains(u"2 invalid rows"_qs), qPrintable(result.err));
        QCOMPARE(rowsIn(database, u"SELECT count(*) FROM people"_qs), people);
    }
}

void ImportTest::importsFromANamedPipe()
{
    QTemporaryDir dir;
    const QString database = demoDatabase(dir);
    const QString fifo = dir.filePath(u"registrations.csv"_qs);
    QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    std::atomic<bool> done = false;
    // The writer writes once, as `printf … > fifo` would. Should the import
    // open the pipe a second time, it is given an end after a while rather
    // than left waiting for ever.
    std::thread writer([&] {
        const QByteArray name = QFile::encodeName(fifo);
        const int fd = ::open(name.constData(), O_WRONLY);
        ::write(fd, twoNewPeople.constData(), size_t(twoNewPeople.size()));
        ::close(fd);
        while (!done) {
            std::this_thread::sleep_for(3s);
            if (const int again = ::open(name.constData(), O_WRONLY | O_NONBLOCK); again >= 0)
                ::close(again);
        }
    });
    const int before = rowsIn(database, u"SELECT count(*) FROM participations"_qs);
    const Run result =
        run({u"import"_qs, u"participants"_qs, u"1"_qs, fifo, u"--database"_qs, database});
    done = true;
    writer.join();
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith(u"Imported 2 rows"_qs), qPrintable(result.out));
    QCOMPARE(rowsIn(database, u"SELECT count(*) FROM participations"_qs), before + 2);
    QVERIFY(referencesHold(database));
}

void ImportTest::importsFromProcessSubstitution()
{
    QTemporaryDir dir;
    const QString database = demoDatabase(dir);
    // exchange-planner import participants 1 <(printf …), as a shell runs it.
    QProcess shell;
    shell.start(u"bash"_qs, {u"-c"_qs,
                             u"exec \"$0\" import participants 1 <(printf '%s' \"$1\") "
                             "--database \"$2\""_qs,
                             QStringLiteral(EXCHANGE_PLANNER_BINARY),
                             QString::fromUtf8(twoNewPeople), database});
    QVERIFY(shell.waitForFinished(60000));
    const QString err = QString::fromUtf8(shell.readAllStandardError());
    QVERIFY2(!err.contains(u"no rows"_qs), qPrintable(err));
    QCOMPARE(shell.exitCode(), 0);
    QVERIFY(QString::fromUtf8(shell.readAllStandardOutput()).startsWith(u"Imported 2 rows"_qs));
}

// A person deleted in the window, a new person imported meanwhile: she gets
// an id of her own, and undo of the deletion brings the deleted person back
// under hers without touching the new one.
void ImportTest::importNeverGivesADeletedPersonsId()
{
    QTemporaryDir dir;
    const QString database = demoDatabase(dir);
    int deletedId = 0;
    ep::RemovalSnapshot snapshot;
    {
        ep::Database db;
        QVERIFY(db.open(database).ok());
        ep::PersonRepository people(db.connection());
        ep::Person temporary;
        temporary.firstName = u"Tomasz"_qs;
        temporary.lastName = u"Tymczasowy"_qs;
        QVERIFY(!people.save(temporary).isValid());
        deletedId = temporary.id;
        QCOMPARE(rowsIn(database, u"SELECT max(id) FROM people"_qs), deletedId);
        QVERIFY(!people.remove(deletedId, &snapshot).isValid());
    }
    const QString file = writeFile(dir, u"new.csv"_qs,
                                   "First name,Last name,Email\r\n"
                                   "Ewa,Zielińska,e.zielinska@gzm.example.org\r\n");
    const Run result =
        run({u"import"_qs, u"participants"_qs, u"1"_qs, file, u"--database"_qs, database});
    QCOMPARE(result.exitCode, 0);
    const int ewa =
        rowsIn(database, u"SELECT id FROM people WHERE email = 'e.zielinska@gzm.example.org'"_qs);
    QVERIFY2(ewa > deletedId, qPrintable(QString::number(ewa)));
    QVERIFY(referencesHold(database));
    // Undo of the deletion, in the window.
    ep::Database db;
    QVERIFY(db.open(database).ok());
    QVERIFY(!ep::PersonRepository(db.connection()).restore(snapshot).isValid());
    QCOMPARE(valueIn(database,
                     u"SELECT last_name FROM people WHERE id = "_qs % QString::number(deletedId)),
             u"Tymczasowy"_qs);
    QCOMPARE(
        valueIn(database, u"SELECT last_name FROM people WHERE id = "_qs % QString::number(ewa)),
        u"Zielińska"_qs);
}

void ImportTest::importIntoAnEventThatIsGoneWritesNothing()
{
    QTemporaryDir dir;
    const QString database = demoDatabase(dir);
    const QString file = writeFile(dir, u"new.csv"_qs, twoNewPeople);
    QVERIFY(changeIn(database, u"DELETE FROM events WHERE id = 2"_qs));
    const int people = rowsIn(database, u"SELECT count(*) FROM people"_qs);
    const int participations = rowsIn(database, u"SELECT count(*) FROM participations"_qs);
    const Run result =
        run({u"import"_qs, u"participants"_qs, u"2"_qs, file, u"--database"_qs, database});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.err, u"There is no event 2 (any more); nothing was imported.\n"_qs);
    QCOMPARE(rowsIn(database, u"SELECT count(*) FROM people"_qs), people);
    QCOMPARE(rowsIn(database, u"SELECT count(*) FROM participations"_qs), participations);
    QVERIFY(referencesHold(database));
}

// A registration form's export with an escape sequence and a bell in it:
// stored without them, the line breaks of the notes kept.
void ImportTest::controlCharactersDoNotComeIn()
{
    QTemporaryDir dir;
    const QString database = demoDatabase(dir);
    const QString file = writeFile(dir, u"form.csv"_qs,
                                   "First name,Last name,Email,Notes\r\n"
                                   "Ewa\x07,Zieli\x1b[2Jńska,e.zielinska@gzm.example.org,"
                                   "\"Vegan\r\nno\x1b nuts\"\r\n");
    const Run result =
        run({u"import"_qs, u"participants"_qs, u"1"_qs, file, u"--database"_qs, database});
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    const QString where = u" FROM people WHERE email = 'e.zielinska@gzm.example.org'"_qs;
    QCOMPARE(valueIn(database, u"SELECT first_name || '|' || last_name"_qs % where),
             u"Ewa|Zieli[2Jńska"_qs);
    QCOMPARE(valueIn(database, u"SELECT notes FROM participations WHERE person_id = "
                               "(SELECT id"_qs %
                                   where % u')'),
             u"Vegan\r\nno nuts"_qs);
}

void ImportTest::tooLongAValueIsAProblemOfItsRow()
{
    QTemporaryDir dir;
    const QString database = demoDatabase(dir);
    const int people = rowsIn(database, u"SELECT count(*) FROM people"_qs);
    const QString file =
        writeFile(dir, u"pasted.csv"_qs,
                  QByteArray("First name,Last name\r\nEwa,") + QByteArray(400, 'x') + "\r\n");
    const Run result =
        run({u"import"_qs, u"participants"_qs, u"1"_qs, file, u"--database"_qs, database});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(u"pasted.csv:2: column \"Last name\": The text \"xxx"_qs),
             qPrintable(result.err));
    QVERIFY2(result.err.contains(u"at most 300 characters fit here, it has 400"_qs),
             qPrintable(result.err));
    QCOMPARE(rowsIn(database, u"SELECT count(*) FROM people"_qs), people);
}

void ImportTest::columnsAreMappedAndLeftOutByName()
{
    QTemporaryDir dir;
    const QString database = demoDatabase(dir);
    const int people = rowsIn(database, u"SELECT count(*) FROM people"_qs);
    const QString file = writeFile(dir, u"partners.csv"_qs,
                                   "Surname,Given,Mail,Tier\r\n"
                                   "Zielińska,Ewa,e.zielinska@gzm.example.org,VIP\r\n"
                                   "Wrona,Piotr,p.wrona@gzm.example.org,Gold\r\n");
    const QStringList import{u"import"_qs, u"participants"_qs, u"1"_qs,
                             file,         u"--database"_qs,   database};

    // "Tier" as the status: "VIP" is none, said per row; nothing written.
    const Run asStatus = run(import + QStringList{u"--map"_qs, u"Tier=status"_qs});
    QCOMPARE(asStatus.exitCode, 2);
    QVERIFY2(asStatus.err.contains(u"partners.csv:2: column \"Tier\": unknown status \"VIP\""_qs),
             qPrintable(asStatus.err));
    QCOMPARE(rowsIn(database, u"SELECT count(*) FROM people"_qs), people);

    // A field that is none, a column that is not there: refused, nothing written.
    const Run badField = run(import + QStringList{u"--map"_qs, u"Given=nickname"_qs});
    QCOMPARE(badField.exitCode, 1); // a wrong command line
    QVERIFY2(badField.err.startsWith(u"--map needs COLUMN=FIELD, FIELD one of: "_qs),
             qPrintable(badField.err));
    const Run noColumn = run(import + QStringList{u"--ignore-column"_qs, u"Company"_qs});
    QCOMPARE(noColumn.exitCode, 2);
    QVERIFY2(noColumn.err.contains(u"no column is named \"Company\". The columns are: Surname, "
                                   "Given, Mail, Tier."_qs),
             qPrintable(noColumn.err));

    // "Given" as the first name, "Tier" left out: imported.
    const Run mapped = run(import + QStringList{u"--map"_qs, u"Given=first_name"_qs,
                                                u"--ignore-column"_qs, u"Tier"_qs});
    QCOMPARE(mapped.exitCode, 0);
    QVERIFY2(mapped.out.startsWith(u"Imported 2 rows: 2 people created"_qs),
             qPrintable(mapped.out));
    QCOMPARE(valueIn(database, u"SELECT first_name FROM people WHERE last_name = 'Wrona'"_qs),
             u"Piotr"_qs);
}

void ImportTest::confirmationsBeyondTheCapacityWaitAndMoveUp()
{
    QTemporaryDir dir;
    const QString database = demoDatabase(dir);
    const QString confirmed =
        u"SELECT count(*) FROM participations WHERE event_id = 1 AND status = 'confirmed'"_qs;
    const int places = rowsIn(database, confirmed) + 2;
    QVERIFY(changeIn(database, u"UPDATE events SET capacity = %1 WHERE id = 1"_qs.arg(places)));
    const QString file = writeFile(dir, u"late.csv"_qs,
                                   "First name,Last name,Email,Status\r\n"
                                   "Ewa,Zielińska,e.zielinska@gzm.example.org,confirmed\r\n"
                                   "Jan,Kowal,j.kowal@gzm.example.org,confirmed\r\n"
                                   "Olga,Bruns,o.bruns@rvr.example.org,confirmed\r\n"
                                   "Piotr,Lis,p.lis@gzm.example.org,confirmed\r\n");
    // The four people's statuses in the order of the file.
    const auto statuses = [&database] {
        return ep::test::rowsOf(database,
                                u"SELECT t.status FROM participations t JOIN people p ON p.id = "
                                u"t.person_id WHERE t.event_id = 1 AND p.email IN "
                                u"('e.zielinska@gzm.example.org', 'j.kowal@gzm.example.org', "
                                u"'o.bruns@rvr.example.org', 'p.lis@gzm.example.org') "
                                u"ORDER BY t.id"_qs)
            .join(u',');
    };
    const QString said =
        u"2 confirmed beyond the event's %1 places put on the waiting list"_qs.arg(places);

    // A dry run says so and writes nothing.
    const Run dry = run({u"import"_qs, u"participants"_qs, u"1"_qs, file, u"--dry-run"_qs,
                         u"--database"_qs, database});
    QCOMPARE(dry.exitCode, 0);
    QVERIFY2(dry.out.contains(said), qPrintable(dry.out));
    QCOMPARE(statuses(), QString());

    // The first two of the file take the places left; the last two wait.
    const Run imported =
        run({u"import"_qs, u"participants"_qs, u"1"_qs, file, u"--database"_qs, database});
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(imported.out.contains(said), qPrintable(imported.out));
    QCOMPARE(statuses(), u"confirmed,confirmed,waitlisted,waitlisted"_qs);
    QCOMPARE(rowsIn(database, confirmed), places);
    // The move is in the person's history, as every change of a participation.
    QCOMPARE(valueIn(database, u"SELECT action || ':' || fields FROM person_changes WHERE "
                               u"person_id = (SELECT id FROM people WHERE email = "
                               u"'p.lis@gzm.example.org') AND action = 'participation'"_qs),
             u"participation:status"_qs);

    // A cancellation in the file frees a place: the first who waits moves up.
    const QString cancelled = writeFile(dir, u"cancelled.csv"_qs,
                                        "First name,Last name,Email,Status\r\n"
                                        "Jan,Kowal,j.kowal@gzm.example.org,cancelled\r\n");
    const Run freed = run({u"import"_qs, u"participants"_qs, u"1"_qs, cancelled, u"--update"_qs,
                           u"--database"_qs, database});
    QCOMPARE(freed.exitCode, 0);
    QVERIFY2(freed.out.contains(u"1 moved up from the waiting list"_qs), qPrintable(freed.out));
    QCOMPARE(statuses(), u"confirmed,cancelled,confirmed,waitlisted"_qs);
    QVERIFY(referencesHold(database));
}

QTEST_MAIN(ImportTest)
#include "tst_cliimport.moc"
