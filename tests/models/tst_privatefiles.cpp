// Personal data for its owner only (issue 15, item 6): what the planner
// writes is 0600 and the folders it makes 0700 whatever the umask, the
// planner's own data folder and the files earlier versions left in it are
// tightened, and a folder the user chose keeps the mode the user gave it.
// Modes are read with stat(), as an administrator would.

#include "databasefiles.h"
#include "storage/database.h"
#include "storage/topicrepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace ep;
using ep::test::modeOf;

namespace {

// A database with a change in its write-ahead log, still open.
void writeSomething(Database &database)
{
    Topic topic{0, {u"Strukturwandel"_qs, {}, {}}};
    QVERIFY(!TopicRepository(database.connection()).save(topic).isValid());
}

} // namespace

class PrivateFilesTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void newDatabaseItsJournalsAndFoldersAreTheOwnersAlone();
    void backupIsTheOwnersAloneWhateverTheDatabasesMode();
    void upgradeBackupIsTheOwnersAlone();
    void commandLineCopiesAreTheOwnersAlone();
    void plannersOwnFolderFromAnEarlierVersionIsTightened();
    void folderTheUserChoseKeepsItsMode();

private:
    mode_t m_umask = 0;
};

void PrivateFilesTest::initTestCase()
{
    // The umask Debian gives a user, under which SQLite makes files 0644.
    m_umask = ::umask(022);
}

void PrivateFilesTest::cleanupTestCase()
{
    ::umask(m_umask);
}

void PrivateFilesTest::newDatabaseItsJournalsAndFoldersAreTheOwnersAlone()
{
    QTemporaryDir dir;
    const QString office = dir.filePath(u"office"_qs);
    QVERIFY(QDir().mkdir(office)); // 0755 under the umask
    const QString path = office + u"/2027/partnership.sqlite"_qs;
    Database database;
    QVERIFY(database.open(path).ok());
    writeSomething(database);
    QCOMPARE(modeOf(path), 0600);
    QCOMPARE(modeOf(path + u"-wal"_qs), 0600);
    QCOMPARE(modeOf(path + u"-shm"_qs), 0600);
    QCOMPARE(modeOf(office + u"/2027"_qs), 0700);
    // The folder that was there keeps its mode.
    QCOMPARE(modeOf(office), 0755);
}

void PrivateFilesTest::backupIsTheOwnersAloneWhateverTheDatabasesMode()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"partnership.sqlite"_qs);
    Database database;
    QVERIFY(database.open(path).ok());
    writeSomething(database);
    // Opened to the group by hand: the copies stay private all the same.
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                            QFile::ReadOther));
    const QString backup = dir.filePath(u"backup.sqlite"_qs);
    QVERIFY(!database.backupTo(backup).isValid());
    QCOMPARE(modeOf(backup), 0600);
    QCOMPARE(modeOf(backup + u".partial"_qs), -1);
}

void PrivateFilesTest::upgradeBackupIsTheOwnersAlone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.sqlite"_qs);
    QVERIFY(QFile::copy(QStringLiteral(EXCHANGE_PLANNER_TEST_DATA "/schema-v1.sqlite"), path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                            QFile::ReadOther));
    Database database;
    const Database::OpenResult opened = database.open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    QVERIFY(!opened.backupPath.isEmpty());
    QCOMPARE(modeOf(opened.backupPath), 0600);
}

void PrivateFilesTest::commandLineCopiesAreTheOwnersAlone()
{
    QTemporaryDir dir;
    const QString demo = dir.filePath(u"demo.sqlite"_qs);
    const auto run = [](const QStringList &arguments) {
        QProcess process;
        process.start(QStringLiteral(EXCHANGE_PLANNER_BINARY), arguments);
        return process.waitForFinished(60000) && process.exitCode() == 0;
    };
    QVERIFY(run({u"demo"_qs, u"--database"_qs, demo}));
    QVERIFY(run(
        {u"backup"_qs, u"--database"_qs, demo, u"--output"_qs, dir.filePath(u"backup.sqlite"_qs)}));
    QVERIFY(run({u"copy"_qs, u"--from"_qs, demo, u"--to"_qs, dir.filePath(u"copy.sqlite"_qs)}));
    for (const char *name : {"demo.sqlite", "backup.sqlite", "copy.sqlite"})
        QCOMPARE(modeOf(dir.filePath(QLatin1String(name))), 0600);
}

void PrivateFilesTest::plannersOwnFolderFromAnEarlierVersionIsTightened()
{
    QTemporaryDir home;
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.path()));
    const QString path = Database::defaultLocation();
    QVERIFY(path.startsWith(home.path()));
    {
        Database database;
        QVERIFY(database.open(path).ok());
    }
    // As versions before 0600 left them.
    const QString folder = QFileInfo(path).absolutePath();
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                              QFile::ReadGroup | QFile::ExeGroup |
                                              QFile::ReadOther | QFile::ExeOther));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                            QFile::ReadOther));
    QCOMPARE(modeOf(folder), 0755);
    Database database;
    QVERIFY(database.open(path).ok());
    QCOMPARE(modeOf(folder), 0700);
    QCOMPARE(modeOf(path), 0600);
    qunsetenv("XDG_DATA_HOME");
}

void PrivateFilesTest::folderTheUserChoseKeepsItsMode()
{
    QTemporaryDir dir;
    const QString shared = dir.filePath(u"shared"_qs);
    QVERIFY(QDir().mkdir(shared));
    QVERIFY(QFile::setPermissions(shared, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                              QFile::ReadGroup | QFile::WriteGroup |
                                              QFile::ExeGroup));
    const QString path = shared + u"/partnership.sqlite"_qs;
    {
        Database database;
        QVERIFY(database.open(path).ok());
    }
    // Given to the group by its owner on purpose.
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                            QFile::WriteGroup));
    Database database;
    QVERIFY(database.open(path).ok());
    QCOMPARE(modeOf(shared), 0770);
    QCOMPARE(modeOf(path), 0660);
}

QTEST_GUILESS_MAIN(PrivateFilesTest)
#include "tst_privatefiles.moc"
