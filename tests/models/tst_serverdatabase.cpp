// The team database on PostgreSQL as its users meet it: a colleague's
// commit reaching an open connection, copying a file to the server and
// back, a role that may only read, and what the command line says when
// the server refuses — on the test run's throw-away server.

#include "lists/recordlistmodel.h"
#include "manywriters.h"
#include "serverdatabases.h"
#include "storage/database.h"
#include "storage/databasecopy.h"
#include "storage/externalchanges.h"
#include "storage/personrepository.h"
#include "storage/schema.h"
#include "storage/topicrepository.h"
#include "testdatabase.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ep;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The program, as a script on the officer's machine runs it.
Run program(const QStringList &arguments, const QString &home)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_qs, home);
    environment.remove(u"PGPASSWORD"_qs);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(EXCHANGE_PLANNER_BINARY), arguments);
    process.waitForFinished(120000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// A role of the server (the fixture makes members of ep_password_required
// log in with their password).
void runOnServer(const QString &uri, const QStringList &statements)
{
    QSqlDatabase db = test::addServerConnection(uri, u"administrator"_qs);
    QVERIFY2(db.open(), qPrintable(db.lastError().text()));
    for (const QString &statement : statements) {
        QSqlQuery query(db);
        QVERIFY2(query.exec(statement),
                 qPrintable(statement + u": "_qs + query.lastError().text()));
    }
    db.close();
    db = {};
    QSqlDatabase::removeDatabase(u"administrator"_qs);
}

QString withUser(QString uri, const QString &user)
{
    return uri.replace(u"postgresql://postgres@"_qs, u"postgresql://"_qs + user + u'@');
}

} // namespace

class ServerDatabaseTest final : public QObject
{
    Q_OBJECT

private slots:
    void commitOfAnotherConnectionReachesThisOneAtOnce();
    void copyFileToServerAndBackGivesIdenticalRecordsAndExports();
    void copyRefusesATargetHoldingData();
    void roleThatMayOnlyReadIsToldApart();
    void commandLineSaysWhyTheServerRefused();
    void peopleAreFoundThroughTheServersTrigramIndexWhereItMayBeMade();
};

void ServerDatabaseTest::commitOfAnotherConnectionReachesThisOneAtOnce()
{
    test::TestDatabase db;
    Database colleague;
    QVERIFY(colleague.open(db.path()).ok());
    ExternalChanges changes(db.connection());
    QSignalSpy committed(&changes, &ExternalChanges::committed);

    // Its own commits are not news to a connection.
    Topic own{0, {u"Grüne Infrastruktur"_qs, {}, {}}};
    QVERIFY(!TopicRepository(db.connection()).save(own).isValid());
    QTest::qWait(300);
    QCOMPARE(committed.count(), 0);

    Topic theirs{0, {{}, u"Rewitalizacja terenów poprzemysłowych"_qs, {}}};
    QVERIFY(!TopicRepository(colleague.connection()).save(theirs).isValid());
    QTRY_VERIFY_WITH_TIMEOUT(committed.count() >= 1, 2000);
}

void ServerDatabaseTest::copyFileToServerAndBackGivesIdenticalRecordsAndExports()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"office.sqlite"_qs);
    const QString back = dir.filePath(u"offline.sqlite"_qs);
    test::ServerDatabases server(test::TestDatabase::serverUri());
    const QString team = server.create();
    QCOMPARE(program({u"demo"_qs, u"--database"_qs, file}, dir.path()).exitCode, 0);
    // A deleted person's id stays used: the copies go on counting above it.
    QVERIFY(program({u"copy"_qs, u"--from"_qs, file, u"--to"_qs, team}, dir.path()).exitCode == 0);
    const Run down = program({u"copy"_qs, u"--from"_qs, team, u"--to"_qs, back}, dir.path());
    QCOMPARE(down.err, QString());
    QCOMPARE(down.exitCode, 0);
    QVERIFY(down.out.contains(u"the counts agree"_qs));

    Database original;
    Database offline;
    QVERIFY(original.open(file).ok());
    QVERIFY(offline.open(back).ok());
    QCOMPARE(test::everyRow(offline.connection()), test::everyRow(original.connection()));
    QCOMPARE(schema::databaseIdentity(offline.connection()),
             schema::databaseIdentity(original.connection()));

    // The documents an officer hands out come out byte for byte the same
    // from the file, the team database and its offline copy.
    for (const QString &kind : {u"agenda"_qs, u"participants"_qs}) {
        const QString ending = kind == u"agenda" ? u".ics"_qs : u".csv"_qs;
        QList<QByteArray> exports;
        for (const QString &database : {file, team, back}) {
            const QString output = dir.filePath(kind + QString::number(exports.size()) + ending);
            const Run exported = program(
                {u"export"_qs, kind, u"1"_qs, u"--output"_qs, output, u"--database"_qs, database},
                dir.path());
            QCOMPARE(exported.err, QString());
            QFile written(output);
            QVERIFY(written.open(QIODevice::ReadOnly));
            // The calendar's time stamp is the moment of writing.
            exports.append(QString::fromUtf8(written.readAll())
                               .replace(QRegularExpression(u"DTSTAMP:[^\r]*"_qs), u"DTSTAMP"_qs)
                               .toUtf8());
        }
        QVERIFY(exports.first().size() > 1000);
        QCOMPARE(exports.at(1), exports.at(0));
        QCOMPARE(exports.at(2), exports.at(0));
    }
}

void ServerDatabaseTest::copyRefusesATargetHoldingData()
{
    QTemporaryDir dir;
    test::TestDatabase team;
    team.writeDemoProgramme();
    const QString file = dir.filePath(u"office.sqlite"_qs);
    QCOMPARE(program({u"demo"_qs, u"--database"_qs, file}, dir.path()).exitCode, 0);
    const QStringList before = test::everyRow(team.connection());
    const Run refused =
        program({u"copy"_qs, u"--from"_qs, file, u"--to"_qs, team.path()}, dir.path());
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(u"already holds data"_qs), qPrintable(refused.err));
    QCOMPARE(refused.err.count(u'\n'), 1);
    QCOMPARE(test::everyRow(team.connection()), before);
}

void ServerDatabaseTest::roleThatMayOnlyReadIsToldApart()
{
    test::TestDatabase team;
    team.writeDemoProgramme();
    // Roles belong to the whole server: named after this run.
    const QString pid = QString::number(QCoreApplication::applicationPid());
    const QString reader = u"reader_"_qs + pid;
    const QString editor = u"editor_"_qs + pid;
    // The README's lines for an office's two kinds of role.
    runOnServer(
        team.path(),
        {u"CREATE ROLE %1 LOGIN"_qs.arg(reader),
         u"GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1"_qs.arg(reader),
         u"CREATE ROLE %1 LOGIN"_qs.arg(editor),
         u"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1"_qs.arg(
             editor),
         u"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %1"_qs.arg(editor)});
    Database asReader;
    const Database::OpenResult opened = asReader.open(withUser(team.path(), reader));
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    QVERIFY(!asReader.mayWrite());
    QCOMPARE(Database::displayLocation(asReader.connection()).section(u'@', 0, 0), reader);
    // Were a save tried anyway, the refusal says why, naming no table.
    Topic topic{0, {u"Strukturwandel"_qs, {}, {}}};
    const QSqlError refused = TopicRepository(asReader.connection()).save(topic);
    QVERIFY(refused.isValid());
    const QString message = Database::describeFailure(asReader.connection(), refused);
    QVERIFY2(message.contains(u"your database role may not make it"_qs), qPrintable(message));

    Database asEditor;
    QVERIFY(asEditor.open(withUser(team.path(), editor)).ok());
    QVERIFY(asEditor.mayWrite());
    QVERIFY(!TopicRepository(asEditor.connection()).save(topic).isValid());
    QVERIFY(topic.id > 0);
}

void ServerDatabaseTest::commandLineSaysWhyTheServerRefused()
{
    QTemporaryDir home;
    test::TestDatabase team;
    team.writeDemoProgramme();
    const QString user = u"officer_"_qs + QString::number(QCoreApplication::applicationPid());
    runOnServer(
        team.path(),
        {u"CREATE ROLE %1 LOGIN PASSWORD 'Kattowitz-2019' IN ROLE ep_password_required"_qs.arg(
             user),
         u"GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1"_qs.arg(user)});
    const QString asOfficer = withUser(team.path(), user);

    // Without a password the command never asks: it says where to put one.
    const Run unasked = program({u"events"_qs, u"--database"_qs, asOfficer}, home.path());
    QCOMPARE(unasked.exitCode, 3);
    QVERIFY2(unasked.err.contains(u"~/.pgpass"_qs) && unasked.err.contains(u"PGPASSWORD"_qs),
             qPrintable(unasked.err));
    QCOMPARE(unasked.err.count(u'\n'), 1);
    QCOMPARE(unasked.out, QString());
    // libpq's own ~/.pgpass serves.
    QFile pgpass(home.filePath(u".pgpass"_qs));
    QVERIFY(pgpass.open(QIODevice::WriteOnly));
    pgpass.write(u"*:*:*:%1:Kattowitz-2019\n"_qs.arg(user).toUtf8());
    pgpass.close();
    pgpass.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    const Run served = program({u"events"_qs, u"--database"_qs, asOfficer}, home.path());
    QCOMPARE(served.err, QString());
    QCOMPARE(served.exitCode, 0);
    QVERIFY(served.out.contains(u"Ruhr"_qs));

    // A database that is not there, a server that is not there: libpq's reason.
    QString missing = team.path();
    missing.replace(QRegularExpression(u"/ep_test_\\w+"_qs), u"/no_such_database"_qs);
    const Run noDatabase = program({u"events"_qs, u"--database"_qs, missing}, home.path());
    QCOMPARE(noDatabase.exitCode, 3);
    QVERIFY2(noDatabase.err.contains(u"database \"no_such_database\" does not exist"_qs),
             qPrintable(noDatabase.err));
    QString noServer = team.path();
    noServer.replace(QRegularExpression(u"port=\\d+"_qs), u"port=1"_qs);
    const Run refused = program({u"events"_qs, u"--database"_qs, noServer}, home.path());
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.err.startsWith(u"Cannot connect to the team database"_qs),
             qPrintable(refused.err));
    // A URI libpq does not read is wrong input of the database, said as such.
    // It names the address, never a password the address holds.
    const Run garbled = program(
        {u"events"_qs, u"--database"_qs, u"postgresql://anna:Kattowitz-2019@[::1"_qs}, home.path());
    QCOMPARE(garbled.exitCode, 3);
    QVERIFY2(garbled.err.startsWith(u"postgresql://anna@[::1 is not a team database address "
                                    u"libpq reads"_qs),
             qPrintable(garbled.err));
    QVERIFY(!garbled.err.contains(u"Kattowitz"_qs));
}

namespace {

// The names the list finds for `typed` on `db`, and whether the server has
// the trigram index over the people's search text (schema version 11).
std::pair<QStringList, bool> searchOnServer(QSqlDatabase db, const QString &typed)
{
    RecordListModel list(ListDefinition::people(), db);
    list.setSearchText(typed);
    QStringList found;
    for (int row = 0; row < list.rowCount(); ++row)
        found.append(list.data(list.index(row, 1)).toString());
    const bool indexed = sql::count(db, u"SELECT count(*) FROM pg_indexes WHERE tablename = "
                                        u"'people' AND indexdef LIKE '%gin_trgm_ops%'"_qs) == 1;
    return {found, indexed};
}

} // namespace

void ServerDatabaseTest::peopleAreFoundThroughTheServersTrigramIndexWhereItMayBeMade()
{
    test::ServerDatabases server(test::TestDatabase::serverUri());
    Person person;
    person.firstName = u"Łukasz"_qs;
    person.lastName = u"Wójcik"_qs;

    // A database its owner made: the planner adds pg_trgm and its index.
    Database made;
    QVERIFY(made.open(server.create()).ok());
    QVERIFY(!PersonRepository(made.connection()).save(person).isValid());
    QCOMPARE(searchOnServer(made.connection(), u"lukasz woj"_qs),
             std::make_pair(QStringList{u"Wójcik"_qs}, true));

    // A role that may not add extensions to its database (no CREATE on it):
    // the tables are made all the same, the people found by reading them all.
    const QString uri = server.create();
    const QString name = uri.section(u'/', 3).section(u'?', 0, 0);
    const QString owner = u"owner_"_qs + QString::number(QCoreApplication::applicationPid());
    runOnServer(uri, {u"CREATE ROLE %1 LOGIN"_qs.arg(owner),
                      u"ALTER DATABASE %1 OWNER TO %2"_qs.arg(name, owner),
                      u"REVOKE CREATE ON DATABASE %1 FROM %2"_qs.arg(name, owner)});
    Database limited;
    const Database::OpenResult opened = limited.open(withUser(uri, owner));
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    person.id = 0;
    QVERIFY(!PersonRepository(limited.connection()).save(person).isValid());
    QCOMPARE(searchOnServer(limited.connection(), u"lukasz woj"_qs),
             std::make_pair(QStringList{u"Wójcik"_qs}, false));
}

QTEST_GUILESS_MAIN(ServerDatabaseTest)
#include "tst_serverdatabase.moc"
