// No litter (issue 15, item 9): a backup or a copy killed while it writes
// leaves its partial file only until the planner next starts, a running
// writer's file is left alone, and an upgrade that fails keeps its one
// backup instead of writing another at every open, until another program
// changes the file.

#include "storage/database.h"
#include "storage/unfinishedfiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace ep;

namespace {

// Runs `statement` on the file through a connection of another program's
// (SQLite's defaults: foreign keys off), closed again.
void writeAsAnotherProgram(const QString &path, const QString &statement)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"another"_qs);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery edit(db);
        QVERIFY2(edit.exec(statement), qPrintable(edit.lastError().text()));
        edit.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"another"_qs);
}

} // namespace

class UnfinishedFilesTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void killedBackupLeavesNothingAfterTheNextStart();
    void runningWritersFileIsLeftAlone();
    void failedUpgradeKeepsItsOneBackup();

private:
    // Runs the program as an officer's script would, with this test's home.
    int program(const QStringList &arguments);
    // The files in `folder`, by name.
    static QStringList filesIn(const QString &folder);

    QTemporaryDir m_home;
    QByteArray m_realHome;
};

void UnfinishedFilesTest::initTestCase()
{
    // The records live in the user's settings: this test's own, shared
    // with the programs it starts, as an officer's processes share theirs.
    m_realHome = qgetenv("HOME");
    qputenv("HOME", QFile::encodeName(m_home.path()));
    qunsetenv("XDG_CONFIG_HOME");
    QCoreApplication::setOrganizationName(u"exchange-planner"_qs);
    QCoreApplication::setApplicationName(u"exchange-planner"_qs);
}

void UnfinishedFilesTest::cleanupTestCase()
{
    qputenv("HOME", m_realHome);
}

int UnfinishedFilesTest::program(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(EXCHANGE_PLANNER_BINARY), arguments);
    return process.waitForFinished(120000) ? process.exitCode() : -1;
}

QStringList UnfinishedFilesTest::filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files, QDir::Name);
}

void UnfinishedFilesTest::killedBackupLeavesNothingAfterTheNextStart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"partnership.sqlite"_qs);
    QCOMPARE(program({u"demo"_qs, u"--database"_qs, path}), 0);
    {
        // Years of notes: large enough that the backup is still writing
        // when it is killed.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"filler"_qs);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery fill(db);
        QVERIFY2(fill.exec(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                           "WHERE i < 200000) INSERT INTO people (first_name, last_name, notes) "
                           "SELECT 'Anna', 'Nowak ' || i, hex(randomblob(400)) FROM n"_qs),
                 qPrintable(fill.lastError().text()));
        fill.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"filler"_qs);

    // A backup and a copy to a new file, each killed while it writes.
    for (const QString &command : {u"backup"_qs, u"copy"_qs}) {
        const QString target = dir.filePath(command + u".sqlite"_qs);
        const QString partial = target + u".partial"_qs;
        QProcess writer;
        writer.start(QStringLiteral(EXCHANGE_PLANNER_BINARY),
                     command == u"backup"
                         ? QStringList{command, u"--database"_qs, path, u"--output"_qs, target}
                         : QStringList{command, u"--from"_qs, path, u"--to"_qs, target});
        QVERIFY(writer.waitForStarted());
        QElapsedTimer waited;
        waited.start();
        while (QFileInfo(partial).size() == 0 && waited.elapsed() < 20000)
            QTest::qSleep(2);
        QVERIFY2(QFileInfo(partial).size() > 0, qPrintable(command + u" wrote nothing to kill"_qs));
        ::kill(pid_t(writer.processId()), SIGKILL);
        QVERIFY(writer.waitForFinished());
        QVERIFY(QFile::exists(partial)); // what a killed writer leaves
        QVERIFY(!QFile::exists(target));
    }

    // The next start of the planner, whatever it is asked to do.
    QCOMPARE(program({u"events"_qs, u"--database"_qs, path}), 0);
    QCOMPARE(filesIn(dir.path()), QStringList{u"partnership.sqlite"_qs});
}

void UnfinishedFilesTest::runningWritersFileIsLeftAlone()
{
    QTemporaryDir dir;
    const QString demo = dir.filePath(u"demo.sqlite"_qs);
    QCOMPARE(program({u"demo"_qs, u"--database"_qs, demo}), 0);
    const QString partial = dir.filePath(u"copy.sqlite.partial"_qs);
    QFile file(partial);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    {
        // This process writes it, and runs while another program starts.
        const UnfinishedFile writing(partial);
        QCOMPARE(program({u"events"_qs, u"--database"_qs, demo}), 0);
        QVERIFY(QFile::exists(partial));
    }
    // Done with it (as a writer that renamed it would be): no record, and a
    // file the planner did not record is never removed.
    QCOMPARE(program({u"events"_qs, u"--database"_qs, demo}), 0);
    QVERIFY(QFile::exists(partial));
}

void UnfinishedFilesTest::failedUpgradeKeepsItsOneBackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.sqlite"_qs);
    QVERIFY(QFile::copy(QStringLiteral(EXCHANGE_PLANNER_TEST_DATA "/schema-v1.sqlite"), path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    // A participation of a person who is not there (written with the foreign
    // keys off): the upgrade's check refuses it.
    writeAsAnotherProgram(path,
                          u"INSERT INTO participations (event_id, person_id) VALUES (1, 999)"_qs);
    const QByteArray before = [&] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();

    QString firstBackup;
    for (int attempt = 0; attempt < 3; ++attempt) {
        Database database;
        const Database::OpenResult opened = database.open(path);
        QCOMPARE(opened.status, Database::Status::MigrationFailed);
        if (attempt == 0)
            firstBackup = opened.backupPath;
        QVERIFY(QFile::exists(opened.backupPath));
        QCOMPARE(opened.backupPath, firstBackup);
        QTest::qSleep(20); // a later second, were a new copy written
    }
    const QStringList files = filesIn(dir.path());
    QCOMPARE(files.size(), 2);
    QVERIFY2(files.contains(QFileInfo(firstBackup).fileName()),
             qPrintable(files.join(u", "_qs) + u" / "_qs + firstBackup));
    QVERIFY(firstBackup.contains(u"old.schema-v1-backup-"_qs));
    // The file itself as it was: only the journal mode the planner sets.
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.size(), before.size());
    }

    // Another program (an older planner) writes to the file: the copy no
    // longer holds what the file holds, and the next attempt makes a new one.
    writeAsAnotherProgram(path, u"UPDATE people SET notes = 'changed by an older version'"_qs);
    Database database;
    const Database::OpenResult opened = database.open(path);
    QCOMPARE(opened.status, Database::Status::MigrationFailed);
    QVERIFY(opened.backupPath != firstBackup);
    QVERIFY(QFile::exists(opened.backupPath));
    QCOMPARE(filesIn(dir.path()).size(), 3);
}

QTEST_GUILESS_MAIN(UnfinishedFilesTest)
#include "tst_unfinishedfiles.moc"
