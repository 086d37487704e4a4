// Restoring a backup (issue 15, item 8): the backup is checked (a planner
// database this planner reads, SQLite's integrity check), the database as
// it was is kept beside it, the restore replaces it in one step and leaves
// the file the same file, and it is refused while another window or
// program has the database open, from the models and from the command
// line. Every database is a real SQLite file, compared row by row.

#include "databasefiles.h"
#include "storage/database.h"
#include "storage/restore.h"
#include "storage/schema.h"
#include "storage/sql.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ep;

class RestoreTest final : public QObject
{
    Q_OBJECT

private slots:
    void restoreBringsTheBackupBackAndKeepsTheDatabase();
    void restoreIsRefusedWhileAnotherWindowHasTheDatabase();
    void badBackupsChangeNothing_data();
    void badBackupsChangeNothing();
    void anotherProgramsFileIsNotReplaced();
    void backupOfAnOlderVersionIsRestoredAndUpgraded();
    void restoreIntoANewFile();
    void commandLineRestore();
};

void RestoreTest::restoreBringsTheBackupBackAndKeepsTheDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"partnership.sqlite"_qs);
    test::writeDemo(path);
    const QString backup = dir.filePath(u"monday.sqlite"_qs);
    {
        Database database;
        QVERIFY(database.open(path).ok());
        QVERIFY(!database.backupTo(backup).isValid());
        // A day's work lost: an event gone, a person renamed.
        QVERIFY(!sql::run(database.connection(),
                          u"DELETE FROM events WHERE id = (SELECT min(id) FROM events)"_qs)
                     .isValid());
        QVERIFY(!sql::run(database.connection(),
                          u"UPDATE people SET last_name = 'Falsch' WHERE id = 3"_qs)
                     .isValid());
    } // the change may still be in the write-ahead log: closed, it is checkpointed
    const QStringList before = test::rowsOf(path);
    const ino_t inode = test::inodeOf(path);
    QVERIFY(before != test::rowsOf(backup));

    const Restore::Outcome outcome = Restore::fromBackup(backup, path, QDate(2026, 12, 3));
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QCOMPARE(outcome.keptPath, dir.filePath(u"partnership.before-restore-2026-12-03.sqlite"_qs));
    QCOMPARE(test::rowsOf(path), test::rowsOf(backup));
    QCOMPARE(test::rowsOf(outcome.keptPath), before);
    QCOMPARE(test::modeOf(outcome.keptPath), 0600);
    // The same file, its mode and its journal as they were.
    QCOMPARE(test::inodeOf(path), inode);
    QCOMPARE(test::modeOf(path), 0600);
    QVERIFY(!QFileInfo::exists(path + u"-wal"_qs));
    Database reopened;
    QVERIFY(reopened.open(path).ok());
    QCOMPARE(sql::count(reopened.connection(), u"SELECT count(*) FROM people WHERE last_name = "
                                               u"'Falsch'"_qs),
             0);
    QSqlQuery journal(reopened.connection());
    QVERIFY(journal.exec(u"PRAGMA journal_mode"_qs) && journal.next());
    QCOMPARE(journal.value(0).toString(), u"wal"_qs);
    reopened.close();

    // A second restore that day keeps the database under a name of its own.
    const Restore::Outcome again = Restore::fromBackup(backup, path, QDate(2026, 12, 3));
    QVERIFY2(again.ok(), qPrintable(again.message));
    QCOMPARE(again.keptPath, dir.filePath(u"partnership.before-restore-2026-12-03-2.sqlite"_qs));
    QCOMPARE(test::rowsOf(outcome.keptPath), before);
}

void RestoreTest::restoreIsRefusedWhileAnotherWindowHasTheDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"partnership.sqlite"_qs);
    test::writeDemo(path);
    const QString backup = dir.filePath(u"monday.sqlite"_qs);
    Database window;
    QVERIFY(window.open(path).ok());
    QVERIFY(!window.backupTo(backup).isValid());
    QVERIFY(!sql::run(window.connection(), u"DELETE FROM participations"_qs).isValid());
    const int participations =
        sql::count(window.connection(), u"SELECT count(*) FROM participations"_qs);

    const Restore::Outcome refused = Restore::fromBackup(backup, path, QDate::currentDate());
    QCOMPARE(refused.status, Restore::Outcome::Status::InUse);
    QVERIFY2(refused.message.contains(u"open in another window or program"_qs),
             qPrintable(refused.message));
    QVERIFY(refused.keptPath.isEmpty());
    QCOMPARE(QDir(dir.path()).entryList({u"*before-restore*"_qs}, QDir::Files), QStringList());
    // The window reads and writes on as before.
    QCOMPARE(sql::count(window.connection(), u"SELECT count(*) FROM participations"_qs),
             participations);
    QVERIFY(!sql::run(window.connection(), u"UPDATE people SET notes = 'still here'"_qs).isValid());

    window.close();
    QVERIFY(Restore::fromBackup(backup, path, QDate::currentDate()).ok());
    QVERIFY(test::countIn(path, u"participations"_qs) > 0);
}

void RestoreTest::badBackupsChangeNothing_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("said");
    QTest::newRow("missing") << u"missing"_qs << u"does not exist"_qs;
    QTest::newRow("a text file") << u"text"_qs << u"not a database file at all"_qs;
    QTest::newRow("another program's database") << u"foreign"_qs << u"another program"_qs;
    QTest::newRow("a newer version's") << u"newer"_qs << u"newer version"_qs;
    QTest::newRow("damaged pages") << u"damaged"_qs << u"monday.sqlite"_qs;
    QTest::newRow("the database itself") << u"itself"_qs << u"the database itself"_qs;
}

void RestoreTest::badBackupsChangeNothing()
{
    QFETCH(QString, kind);
    QFETCH(QString, said);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"partnership.sqlite"_qs);
    test::writeDemo(path);
    QString backup = dir.filePath(u"monday.sqlite"_qs);
    if (kind == u"text") {
        QFile text(backup);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("Name;Vorname\nNowak;Anna\n");
    } else if (kind == u"foreign") {
        QVERIFY(test::fileContent(backup).isEmpty());
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"foreign"_qs);
        other.setDatabaseName(backup);
        QVERIFY(other.open());
        QVERIFY(!sql::run(other, u"CREATE TABLE invoices (id INTEGER)"_qs).isValid());
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"foreign"_qs);
    } else if (kind == u"newer" || kind == u"damaged") {
        Database database;
        QVERIFY(database.open(path).ok());
        QVERIFY(!database.backupTo(backup).isValid());
        if (kind == u"newer") {
            Database copy;
            QVERIFY(copy.openToRead(backup).ok());
            QVERIFY(!sql::run(copy.connection(),
                              u"UPDATE meta SET value = '999' WHERE key = 'schema_version'"_qs)
                         .isValid());
        } else {
            // Pages in the middle of the file overwritten, as a failing disk
            // or a cut-off copy leaves them; the first page is whole.
            QFile file(backup);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.size() > 40 * 4096);
            QVERIFY(file.seek(20 * 4096));
            file.write(QByteArray(16 * 4096, '\x5a'));
        }
    } else if (kind == u"itself") {
        backup = path;
    }
    const QByteArray content = test::fileContent(path);
    const Restore::Outcome outcome = Restore::fromBackup(backup, path, QDate::currentDate());
    QCOMPARE(outcome.status, Restore::Outcome::Status::BadBackup);
    QVERIFY2(outcome.message.contains(said), qPrintable(outcome.message));
    QCOMPARE(test::fileContent(path), content);
    QCOMPARE(QDir(dir.path()).entryList({u"*before-restore*"_qs, u"*.partial"_qs}, QDir::Files),
             QStringList());
}

void RestoreTest::anotherProgramsFileIsNotReplaced()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"accounts.sqlite"_qs);
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"accounts"_qs);
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QVERIFY(!sql::run(other, u"CREATE TABLE accounts (id INTEGER)"_qs).isValid());
        other.close();
    }
    QSqlDatabase::removeDatabase(u"accounts"_qs);
    const QString backup = dir.filePath(u"planner.sqlite"_qs);
    test::writeDemo(backup);
    const QByteArray content = test::fileContent(path);
    const Restore::Outcome outcome = Restore::fromBackup(backup, path, QDate::currentDate());
    QCOMPARE(outcome.status, Restore::Outcome::Status::BadDatabase);
    QCOMPARE(test::fileContent(path), content);
}

void RestoreTest::backupOfAnOlderVersionIsRestoredAndUpgraded()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"partnership.sqlite"_qs);
    test::writeDemo(path);
    const QString backup = dir.filePath(u"2019.sqlite"_qs);
    QVERIFY(QFile::copy(QStringLiteral(EXCHANGE_PLANNER_TEST_DATA "/schema-v1.sqlite"), backup));
    const QByteArray backupContent = test::fileContent(backup);
    const Restore::Outcome outcome = Restore::fromBackup(backup, path, QDate::currentDate());
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QCOMPARE(outcome.backupVersion, 1);
    QCOMPARE(test::fileContent(backup), backupContent); // a backup is only read
    Database database;
    const Database::OpenResult opened = database.open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    QCOMPARE(opened.migratedFrom, 1);
    QCOMPARE(database.schemaVersion(), schema::currentVersion());
}

void RestoreTest::restoreIntoANewFile()
{
    QTemporaryDir dir;
    const QString backup = dir.filePath(u"monday.sqlite"_qs);
    test::writeDemo(backup);
    const QString path = dir.filePath(u"restored/partnership.sqlite"_qs);
    QVERIFY(QDir(dir.path()).mkdir(u"restored"_qs));
    const Restore::Outcome outcome = Restore::fromBackup(backup, path, QDate::currentDate());
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QVERIFY(outcome.keptPath.isEmpty());
    QCOMPARE(test::modeOf(path), 0600);
    QCOMPARE(test::rowsOf(path), test::rowsOf(backup));
}

void RestoreTest::commandLineRestore()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"partnership.sqlite"_qs);
    test::writeDemo(path);
    const QString backup = dir.filePath(u"monday.sqlite"_qs);
    const auto run = [](const QStringList &arguments, QString *err = nullptr) {
        QProcess process;
        process.start(QStringLiteral(EXCHANGE_PLANNER_BINARY), arguments);
        process.waitForFinished(60000);
        if (err)
            *err = QString::fromUtf8(process.readAllStandardError());
        return process.exitCode();
    };
    QCOMPARE(run({u"backup"_qs, u"--database"_qs, path, u"--output"_qs, backup}), 0);
    QCOMPARE(run({u"restore"_qs, u"--database"_qs, path}), 1); // no --from
    {
        Database database;
        QVERIFY(database.open(path).ok());
        QVERIFY(!sql::run(database.connection(), u"DELETE FROM participations"_qs).isValid());
    }
    // Another program has the file open: Python's sqlite3, idle after a read.
    QProcess holder;
    holder.start(u"python3"_qs, {u"-c"_qs,
                                 u"import sqlite3, sys\n"
                                 u"c = sqlite3.connect(sys.argv[1])\n"
                                 u"c.execute('SELECT count(*) FROM events').fetchall()\n"
                                 u"print('open', flush=True)\n"
                                 u"sys.stdin.readline()\n"_qs,
                                 path});
    QVERIFY(holder.waitForReadyRead(30000));
    const QByteArray before = test::fileContent(path);
    QString err;
    QCOMPARE(run({u"restore"_qs, u"--from"_qs, backup, u"--database"_qs, path}, &err), 3);
    QVERIFY2(err.contains(u"open in another window or program"_qs), qPrintable(err));
    QCOMPARE(test::fileContent(path), before);
    holder.write("\n");
    QVERIFY(holder.waitForFinished(30000));

    QCOMPARE(
        run({u"restore"_qs, u"--from"_qs, dir.filePath(u"none.sqlite"_qs), u"--database"_qs, path},
            &err),
        2);
    QCOMPARE(run({u"restore"_qs, u"--from"_qs, backup, u"--database"_qs, path}, &err), 0);
    QVERIFY(test::countIn(path, u"participations"_qs) > 0);
    QCOMPARE(test::rowsOf(path), test::rowsOf(backup));
    QCOMPARE(QDir(dir.path()).entryList({u"*before-restore*"_qs}, QDir::Files).size(), 1);
}

QTEST_GUILESS_MAIN(RestoreTest)
#include "tst_restore.moc"
