// Backups that bring a day's work back (issue 15, item 7): at most one
// automatic copy a day into the data folder's backups/, rotated to 7 daily
// and 4 weekly copies, and every copy the planner kept listed with its
// counts. Every database is a real SQLite file, compared row by row.

#include "databasefiles.h"
#include "storage/backups.h"
#include "storage/database.h"
#include "storage/schema.h"
#include "storage/sql.h"

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
    test::writeDemo(path);
    Database window; // the window has the database open meanwhile
    QVERIFY(window.open(path).ok());
    const QDateTime morning = at(QDate::currentDate(), 8);

    const Backups::Outcome first = Backups::backUpIfDue(path, morning);
    QCOMPARE(first.status, Backups::Outcome::Status::Written);
    QCOMPARE(QFileInfo(first.path).absolutePath(), Backups::folderFor(path));
    // In the data folder, beside the default database.
    QVERIFY(first.path.startsWith(m_home->path()));
    QVERIFY(first.path.startsWith(QFileInfo(path).absolutePath() + u"/backups/"_qs));
    QCOMPARE(test::modeOf(first.path), 0600);
    QCOMPARE(test::modeOf(Backups::folderFor(path)), 0700);
    QCOMPARE(test::modeOf(QFileInfo(Backups::folderFor(path)).absolutePath()), 0700);
    QCOMPARE(test::rowsOf(first.path), test::rowsOf(path));

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
    test::writeDemo(path);
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
    test::writeDemo(older);
    test::writeDemo(newer);
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
    test::writeDemo(path);
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
    QCOMPARE(automaticCopy->events, test::countIn(path, u"events"_qs));
    QCOMPARE(automaticCopy->people, test::countIn(path, u"people"_qs));
    QVERIFY(automaticCopy->people > 50);
    QCOMPARE(automaticCopy->schemaVersion, schema::currentVersion());
    QCOMPARE(automaticCopy->size, QFileInfo(automatic.path).size());
    const auto upgrade = std::find_if(copies.cbegin(), copies.cend(), [](const auto &copy) {
        return copy.kind == Backups::Kind::BeforeUpgrade;
    });
    QVERIFY(upgrade != copies.cend());
    QCOMPARE(upgrade->path, upgradeCopy);
    QCOMPARE(upgrade->schemaVersion, 1);
    QCOMPARE(upgrade->events, test::countIn(upgradeCopy, u"events"_qs));
    QVERIFY(upgrade->problem.isEmpty());
}

QTEST_GUILESS_MAIN(BackupsTest)
#include "tst_backups.moc"
