// Backups that bring a day's work back (issue 15, items 7 and 8): at most
// one automatic copy a day into the data folder's backups/, rotated to 7
// daily and 4 weekly copies; the copies listed with their counts; a restore
// that checks the backup, keeps the database as it was, replaces it in one
// step, and is refused while another window or program has it open. Every
// database is a real SQLite file, compared table by table.

#include "storage/backups.h"
#include "storage/database.h"
#include "storage/demoprogramme.h"
#include "storage/restore.h"
#include "storage/schema.h"
#include "storage/sql.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace ep;

namespace {

int modeOf(const QString &path)
{
    struct stat status
    {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return -1;
    return int(status.st_mode & 07777);
}

ino_t inodeOf(const QString &path)
{
    struct stat status
    {};
    ::stat(QFile::encodeName(path).constData(), &status);
    return status.st_ino;
}

// Every row of every table of the database file, as text: two files hold
// the same data when these are equal.
QMap<QString, QStringList> tablesOf(const QString &path)
{
    Database database;
    if (!database.openToRead(path).ok())
        return {};
    QMap<QString, QStringList> tables;
    QSqlQuery names(database.connection());
    names.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                              "LIKE 'sqlite_%' ORDER BY name"));
    while (names.next()) {
        QSqlQuery rows(database.connection());
        rows.exec(u"SELECT * FROM "_qs % names.value(0).toString() % u" ORDER BY 1"_qs);
        QStringList &content = tables[names.value(0).toString()];
        while (rows.next()) {
            QStringList values;
            for (int column = 0; column < rows.record().count(); ++column)
                values.append(rows.value(column).toString());
            content.append(values.join(u'|'));
        }
    }
    return tables;
}

int countIn(const QString &path, const QString &table)
{
    return tablesOf(path).value(table).size();
}

void writeDemo(const QString &path)
{
    Database database;
    QVERIFY(database.open(path).ok());
    QFile programme(QStringLiteral(":/demo/demo-programme.json"));
    QVERIFY(programme.open(QIODevice::ReadOnly));
    QCOMPARE(DemoProgramme::write(database.connection(), programme.readAll()), QString());
}

QDateTime at(QDate day, int hour = 9)
{
    return QDateTime(day, QTime(hour, 0));
}

} // namespace

class BackupsTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void rotationKeepsSevenDaysAndFourWeeks_data();
    void rotationKeepsSevenDaysAndFourWeeks();
    void automaticCopyAtMostOnceADayForItsOwnerAlone();
    void emptyDatabaseIsNotCopied();
    void copiesOfTwoMonthsAreRotated();
    void copiesOfFilesOfOneNameStayApart();
    void listShowsEveryCopyWithItsCounts();
    void restoreBringsTheBackupBackAndKeepsTheDatabase();
    void restoreIsRefusedWhileAnotherWindowHasTheDatabase();
    void badBackupsChangeNothing_data();
    void badBackupsChangeNothing();
    void anotherProgramsFileIsNotReplaced();
    void backupOfAnOlderVersionIsRestoredAndUpgraded();
    void restoreIntoANewFile();
    void commandLineRestore();

private:
    std::unique_ptr<QTemporaryDir> m_home;
};

void BackupsTest::init()
{
    // The data folder, and with it backups/, of this test alone.
    m_home = std::make_unique<QTemporaryDir>();
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home->path()));
}

void BackupsTest::cleanup()
{
    qunsetenv("XDG_DATA_HOME");
    m_home.reset();
}

void BackupsTest::rotationKeepsSevenDaysAndFourWeeks_data()
{
    QTest::addColumn<QList<QDateTime>>("copies");
    QTest::addColumn<QList<QDateTime>>("expected");

    // Thursday, 3 December 2026.
    const QDate today(2026, 12, 3);
    QList<QDateTime> daily;
    for (int age = 0; age < 60; ++age)
        daily.append(at(today.addDays(-age)));
    QList<QDateTime> dailyKept;
    for (int age = 0; age < 7; ++age)
        dailyKept.append(at(today.addDays(-age)));
    // Before 27 November, the newest of each ISO week: Thursday 26 (week
    // 48), Sunday 22 (47), Sunday 15 (46), Sunday 8 November (45).
    for (const QDate day :
         {QDate(2026, 11, 26), QDate(2026, 11, 22), QDate(2026, 11, 15), QDate(2026, 11, 8)})
        dailyKept.append(at(day));
    QTest::newRow("a start every day for two months") << daily << dailyKept;

    QTest::newRow("three copies of one day: the newest")
        << QList<QDateTime>{at(today, 8), at(today, 17), at(today, 12)}
        << QList<QDateTime>{at(today, 17)};

    QList<QDateTime> twiceAWeek;
    QList<QDateTime> twiceAWeekKept;
    // Mondays and Thursdays from 2 November: the 7 newest days reach back
    // to Thursday 12 November; then Monday 9 (week 46), Thursday 5 (45),
    // Thursday 29 October (44) and Thursday 22 (43).
    for (QDate monday(2026, 8, 31); monday <= QDate(2026, 11, 30); monday = monday.addDays(7)) {
        twiceAWeek.append(at(monday));
        twiceAWeek.append(at(monday.addDays(3)));
    }
    for (const QDate day :
         {QDate(2026, 12, 3), QDate(2026, 11, 30), QDate(2026, 11, 26), QDate(2026, 11, 23),
          QDate(2026, 11, 19), QDate(2026, 11, 16), QDate(2026, 11, 12), QDate(2026, 11, 9),
          QDate(2026, 11, 5), QDate(2026, 10, 29), QDate(2026, 10, 22)})
        twiceAWeekKept.append(at(day));
    QTest::newRow("an office that starts it twice a week") << twiceAWeek << twiceAWeekKept;

    const QList<QDateTime> few{at(today), at(today.addDays(-30)), at(today.addDays(-400))};
    QTest::newRow("fewer copies than kept: all") << few << few;
    QTest::newRow("none") << QList<QDateTime>{} << QList<QDateTime>{};
}

void BackupsTest::rotationKeepsSevenDaysAndFourWeeks()
{
    QFETCH(QList<QDateTime>, copies);
    QFETCH(QList<QDateTime>, expected);
    QList<QDateTime> kept;
    for (const qsizetype index : Backups::kept(copies))
        kept.append(copies[index]);
    std::sort(kept.begin(), kept.end(), std::greater<>());
    std::sort(expected.begin(), expected.end(), std::greater<>());
    QCOMPARE(kept, expected);
}

void BackupsTest::automaticCopyAtMostOnceADayForItsOwnerAlone()
{
    const QString path = Database::defaultLocation();
    writeDemo(path);
    Database window; // the window has the database open meanwhile
    QVERIFY(window.open(path).ok());
    const QDateTime morning = at(QDate::currentDate(), 8);

    const Backups::Outcome first = Backups::backUpIfDue(path, morning);
    QCOMPARE(first.status, Backups::Outcome::Status::Written);
    QCOMPARE(QFileInfo(first.path).absolutePath(), Backups::folderFor(path));
    // In the data folder, beside the default database.
    QVERIFY(first.path.startsWith(m_home->path()));
    QVERIFY(first.path.startsWith(QFileInfo(path).absolutePath() + u"/backups/"_qs));
    QCOMPARE(modeOf(first.path), 0600);
    QCOMPARE(modeOf(Backups::folderFor(path)), 0700);
    QCOMPARE(modeOf(QFileInfo(Backups::folderFor(path)).absolutePath()), 0700);
    QCOMPARE(tablesOf(first.path), tablesOf(path));

    // Later that day, and another start: nothing new.
    QCOMPARE(Backups::backUpIfDue(path, morning.addSecs(6 * 3600)).status,
             Backups::Outcome::Status::NotDue);
    // Back Up Now writes all the same.
    const Backups::Outcome now = Backups::backUpNow(path, morning.addSecs(6 * 3600));
    QCOMPARE(now.status, Backups::Outcome::Status::Written);
    QVERIFY(now.path != first.path);
    QCOMPARE(now.removedOlder, QStringList{first.path}); // a day keeps its newest copy
    // The next day's first start.
    const Backups::Outcome next = Backups::backUpIfDue(path, morning.addDays(1));
    QCOMPARE(next.status, Backups::Outcome::Status::Written);
    QCOMPARE(QDir(Backups::folderFor(path)).entryList(QDir::Files).size(), 2);
    QVERIFY(next.removedOlder.isEmpty());
}

void BackupsTest::emptyDatabaseIsNotCopied()
{
    const QString path = Database::defaultLocation();
    {
        Database database;
        QVERIFY(database.open(path).ok());
    }
    QCOMPARE(Backups::backUpIfDue(path, QDateTime::currentDateTime()).status,
             Backups::Outcome::Status::NotDue);
    QVERIFY(!QFileInfo::exists(Backups::folderFor(path)));
}

void BackupsTest::copiesOfTwoMonthsAreRotated()
{
    const QString path = Database::defaultLocation();
    writeDemo(path);
    const QDate today(2026, 12, 3);
    QStringList written;
    // A start every day, the oldest first, as the weeks went by.
    for (int age = 59; age >= 0; --age) {
        const Backups::Outcome outcome = Backups::backUpIfDue(path, at(today.addDays(-age)));
        QCOMPARE(outcome.status, Backups::Outcome::Status::Written);
        written.append(QFileInfo(outcome.path).fileName());
    }
    QStringList expected;
    for (const QDate day :
         {QDate(2026, 11, 8), QDate(2026, 11, 15), QDate(2026, 11, 22), QDate(2026, 11, 26),
          QDate(2026, 11, 27), QDate(2026, 11, 28), QDate(2026, 11, 29), QDate(2026, 11, 30),
          QDate(2026, 12, 1), QDate(2026, 12, 2), QDate(2026, 12, 3)})
        expected.append(u"exchange-planner-"_qs % day.toString(Qt::ISODate) % u"-090000.sqlite"_qs);
    QCOMPARE(QDir(Backups::folderFor(path)).entryList(QDir::Files, QDir::Name), expected);
    QCOMPARE(written.size(), 60);
}

void BackupsTest::copiesOfFilesOfOneNameStayApart()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(u"2026"_qs) && QDir(dir.path()).mkpath(u"2027"_qs));
    const QString older = dir.filePath(u"2026/partnership.sqlite"_qs);
    const QString newer = dir.filePath(u"2027/partnership.sqlite"_qs);
    writeDemo(older);
    writeDemo(newer);
    QVERIFY(Backups::folderFor(older) != Backups::folderFor(newer));
    QVERIFY(QFileInfo(Backups::folderFor(older)).fileName().startsWith(u"partnership-"_qs));
    const QDateTime now = QDateTime::currentDateTime();
    QCOMPARE(Backups::backUpIfDue(older, now).status, Backups::Outcome::Status::Written);
    QCOMPARE(Backups::backUpIfDue(newer, now).status, Backups::Outcome::Status::Written);
    QCOMPARE(Backups::list(older).size(), 1);
    QCOMPARE(Backups::list(newer).size(), 1);
}

void BackupsTest::listShowsEveryCopyWithItsCounts()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.sqlite"_qs);
    QVERIFY(QFile::copy(QStringLiteral(EXCHANGE_PLANNER_TEST_DATA "/schema-v1.sqlite"), path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    QString upgradeCopy;
    {
        Database database; // the upgrade writes its copy beside the file
        const Database::OpenResult opened = database.open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        upgradeCopy = opened.backupPath;
    }
    QFile::remove(path);
    writeDemo(path);
    const Backups::Outcome automatic = Backups::backUpNow(path, QDateTime::currentDateTime());
    QCOMPARE(automatic.status, Backups::Outcome::Status::Written);

    const QList<Backups::Copy> copies = Backups::list(path);
    QCOMPARE(copies.size(), 2);
    QVERIFY(copies[0].written >= copies[1].written); // the newest first
    const auto automaticCopy = std::find_if(copies.cbegin(), copies.cend(), [](const auto &copy) {
        return copy.kind == Backups::Kind::Automatic;
    });
    QVERIFY(automaticCopy != copies.cend());
    QCOMPARE(automaticCopy->path, automatic.path);
    QCOMPARE(automaticCopy->events, countIn(path, u"events"_qs));
    QCOMPARE(automaticCopy->people, countIn(path, u"people"_qs));
    QVERIFY(automaticCopy->people > 50);
    QCOMPARE(automaticCopy->schemaVersion, schema::currentVersion());
    QCOMPARE(automaticCopy->size, QFileInfo(automatic.path).size());
    const auto upgrade = std::find_if(copies.cbegin(), copies.cend(), [](const auto &copy) {
        return copy.kind == Backups::Kind::BeforeUpgrade;
    });
    QVERIFY(upgrade != copies.cend());
    QCOMPARE(upgrade->path, upgradeCopy);
    QCOMPARE(upgrade->schemaVersion, 1);
    QCOMPARE(upgrade->events, countIn(upgradeCopy, u"events"_qs));
    QVERIFY(upgrade->problem.isEmpty());
}

void BackupsTest::restoreBringsTheBackupBackAndKeepsTheDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"partnership.sqlite"_qs);
    writeDemo(path);
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
    const QMap<QString, QStringList> before = tablesOf(path);
    const ino_t inode = inodeOf(path);
    QVERIFY(before != tablesOf(backup));

    const Restore::Outcome outcome = Restore::fromBackup(backup, path, QDate(2026, 12, 3));
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QCOMPARE(outcome.keptPath, dir.filePath(u"partnership.before-restore-2026-12-03.sqlite"_qs));
    QCOMPARE(tablesOf(path), tablesOf(backup));
    QCOMPARE(tablesOf(outcome.keptPath), before);
    QCOMPARE(modeOf(outcome.keptPath), 0600);
    // The same file, its mode and its journal as they were.
    QCOMPARE(inodeOf(path), inode);
    QCOMPARE(modeOf(path), 0600);
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
    QCOMPARE(tablesOf(outcome.keptPath), before);
}

void BackupsTest::restoreIsRefusedWhileAnotherWindowHasTheDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"partnership.sqlite"_qs);
    writeDemo(path);
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
    QVERIFY(countIn(path, u"participations"_qs) > 0);
}

void BackupsTest::badBackupsChangeNothing_data()
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

void BackupsTest::badBackupsChangeNothing()
{
    QFETCH(QString, kind);
    QFETCH(QString, said);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"partnership.sqlite"_qs);
    writeDemo(path);
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

void BackupsTest::anotherProgramsFileIsNotReplaced()
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
    writeDemo(backup);
    const QByteArray content = test::fileContent(path);
    const Restore::Outcome outcome = Restore::fromBackup(backup, path, QDate::currentDate());
    QCOMPARE(outcome.status, Restore::Outcome::Status::BadDatabase);
    QCOMPARE(test::fileContent(path), content);
}

void BackupsTest::backupOfAnOlderVersionIsRestoredAndUpgraded()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"partnership.sqlite"_qs);
    writeDemo(path);
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

void BackupsTest::restoreIntoANewFile()
{
    QTemporaryDir dir;
    const QString backup = dir.filePath(u"monday.sqlite"_qs);
    writeDemo(backup);
    const QString path = dir.filePath(u"restored/partnership.sqlite"_qs);
    QVERIFY(QDir(dir.path()).mkdir(u"restored"_qs));
    const Restore::Outcome outcome = Restore::fromBackup(backup, path, QDate::currentDate());
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QVERIFY(outcome.keptPath.isEmpty());
    QCOMPARE(modeOf(path), 0600);
    QCOMPARE(tablesOf(path), tablesOf(backup));
}

void BackupsTest::commandLineRestore()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"partnership.sqlite"_qs);
    writeDemo(path);
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
    QVERIFY(countIn(path, u"participations"_qs) > 0);
    QCOMPARE(tablesOf(path), tablesOf(backup));
    QCOMPARE(QDir(dir.path()).entryList({u"*before-restore*"_qs}, QDir::Files).size(), 1);
}

QTEST_GUILESS_MAIN(BackupsTest)
#include "tst_backups.moc"
