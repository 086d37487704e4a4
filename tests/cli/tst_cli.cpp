// The command-line contract, run against the built program as scripts run it:
// what only the program itself does (the choice between the window and a
// command, the application object, the translations, the default database in
// the user's folder, the streams and the exit status). Everything else is
// tested in process, through the library (tst_clicommands, tst_clifiles).

#include "clitest.h"
#include "handedits.h"
#include "lockholder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using ep::test::content;
using ep::test::pdfText;
using ep::test::rowsIn;
using ep::test::Run;

namespace {

enum class Display
{
    None,      // no QT_QPA_PLATFORM: what a command gets in a terminal
    Offscreen, // a platform for Qt, which only the window needs
    Missing    // the X11 platform asked for, and no X server to reach
};

Run run(const QStringList &arguments, const QTemporaryDir &home, Display display = Display::None)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // The default database lives in the temporary home, not the user's.
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + u"/data"_qs);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + u"/config"_qs);
    environment.remove(QStringLiteral("QT_QPA_PLATFORM")); // commands need no display
    if (display == Display::Offscreen)
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    if (display == Display::Missing) {
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    }
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(EXCHANGE_PLANNER_BINARY), arguments);
    if (!process.waitForFinished(60000))
        qFatal("exchange-planner did not finish");
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// Runs the program as a user without root's privileges, whom file
// permissions bind as they bind everybody: when the tests run as root (a
// container), as the user nobody. `home` must be open to that user.
Run runUnprivileged(const QStringList &arguments, const QTemporaryDir &home)
{
    if (::geteuid() != 0)
        return run(arguments, home);
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + u"/data"_qs);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + u"/config"_qs);
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("setpriv"),
                  QStringList{u"--reuid=65534"_qs, u"--regid=65534"_qs, u"--clear-groups"_qs,
                              QStringLiteral(EXCHANGE_PLANNER_BINARY)} +
                      arguments);
    if (!process.waitForFinished(60000))
        qFatal("exchange-planner did not finish");
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// A folder every user may enter and read, and may write to when `writable`.
void openToEverybody(const QString &path, bool writable = true)
{
    using P = QFileDevice::Permission;
    QFileDevice::Permissions permissions =
        P::ReadOwner | P::ExeOwner | P::ReadGroup | P::ExeGroup | P::ReadOther | P::ExeOther;
    if (writable)
        permissions |= P::WriteOwner | P::WriteGroup | P::WriteOther;
    if (!QFile::setPermissions(path, permissions))
        qFatal("cannot set the permissions of %s", qPrintable(path));
}

// A spreadsheet of one new person, in `dir`.
QString newPersonFile(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(u"new.csv"_qs);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write("First name,Last name\r\nEwa,Zielińska\r\n") < 0)
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// A database holding the demo programme, in `dir`.
QString demoDatabase(const QTemporaryDir &dir, const QTemporaryDir &home)
{
    const QString database = dir.filePath(QStringLiteral("demo.sqlite"));
    if (run({u"demo"_qs, u"--database"_qs, database}, home).exitCode != 0)
        qFatal("demo failed");
    return database;
}

} // namespace

class CommandLineTest : public QObject
{
    Q_OBJECT

private slots:
    void versionAndHelp();
    void wrongUsageExitsWithOne_data();
    void wrongUsageExitsWithOne();
    void defaultDatabaseIsInTheUsersDataFolder();
    void notADatabaseIsRefusedWithExitThreeAndLeftUnchanged();
    void fileEditedByHandIsRefusedWithExitThree();
    void exportSignInSheetInPolishAndGerman();
    void textExportsStartNoGuiApplication();
    void windowQuitsAfterItsFirstPaintWhenAsked();
    void importWithInvalidRowsImportsNothing();
    void unreadableDatabaseIsNamedSo();
    void readOnlyFolderIsNamedSo();
    void readOnlyDatabaseIsNamedSo();
    void importWaitsForAnotherProgramThenNamesIt();

private:
    QTemporaryDir m_home;
};

void CommandLineTest::versionAndHelp()
{
    const Run version = run({u"--version"_qs}, m_home);
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out.trimmed(), u"exchange-planner " EXCHANGE_PLANNER_VERSION ""_qs);
    const Run help = run({u"--help"_qs}, m_home);
    QCOMPARE(help.exitCode, 0);
    for (const QString &part :
         {u"demo"_qs, u"events"_qs, u"--database"_qs, u"--format"_qs, u"Exit status"_qs}) {
        QVERIFY2(help.out.contains(part), qPrintable(part));
    }
}

void CommandLineTest::wrongUsageExitsWithOne_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("window");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown command") << QStringList{u"launch"_qs} << false << u"Unknown command"_qs;
    QTest::newRow("missing value")
        << QStringList{u"events"_qs, u"--format"_qs} << false << u"format"_qs;
    // No command: main() reads the options for the window, and opens none.
    QTest::newRow("option of a command, for the window")
        << QStringList{u"--format"_qs, u"json"_qs} << true << u"--format"_qs;
    QTest::newRow("option of the window, for a command")
        << QStringList{u"events"_qs, u"--quit-after-first-paint"_qs} << false
        << u"--quit-after-first-paint does not apply"_qs;
}

void CommandLineTest::wrongUsageExitsWithOne()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, window);
    QFETCH(QString, message);
    const Run result = run(arguments, m_home, window ? Display::Offscreen : Display::None);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    if (!window)
        QCOMPARE(result.err.count(u'\n'), 1);
    QVERIFY(result.out.isEmpty());
}

void CommandLineTest::defaultDatabaseIsInTheUsersDataFolder()
{
    QTemporaryDir home;
    QCOMPARE(run({u"demo"_qs}, home).exitCode, 0);
    QVERIFY(QFile::exists(home.path() +
                          u"/data/exchange-planner/exchange-planner/exchange-planner.sqlite"_qs));
    const Run events = run({u"events"_qs, u"--format"_qs, u"json"_qs}, home);
    QCOMPARE(QJsonDocument::fromJson(events.out.toUtf8()).array().size(), 4);
}

void CommandLineTest::notADatabaseIsRefusedWithExitThreeAndLeftUnchanged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("participants.csv"));
    const QByteArray text("Vorname;Nachname\r\nJürgen;Müller\r\n");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
    file.close();
    for (const QString &command : {u"events"_qs, u"demo"_qs}) {
        const Run result = run({command, u"--database"_qs, path}, m_home);
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains(path) &&
                     result.err.contains(u"not an Exchange Planner database"_qs),
                 qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
        QCOMPARE(content(path), text);
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"participants.csv"_qs});
}

void CommandLineTest::fileEditedByHandIsRefusedWithExitThree()
{
    QTemporaryDir dir;
    const QString database = demoDatabase(dir, m_home);
    QCOMPARE(ep::test::editByHand(database, {u"DROP TABLE participations"_qs}), QString());
    const QByteArray before = content(database);
    const QString output = dir.filePath(u"participants.csv"_qs);
    for (const QStringList &command :
         {QStringList{u"events"_qs},
          QStringList{u"export"_qs, u"participants"_qs, u"1"_qs, u"--output"_qs, output}}) {
        const Run result = run(command + QStringList{u"--database"_qs, database}, m_home);
        QCOMPARE(result.exitCode, 3);
        QCOMPARE(result.err,
                 u"The database %1 is damaged or was edited by hand: the table "
                 u"participations is missing. It was left unchanged.\n"_qs.arg(database));
        QVERIFY(result.out.isEmpty());
    }
    QVERIFY(!QFile::exists(output));
    QCOMPARE(content(database), before);
}

void CommandLineTest::exportSignInSheetInPolishAndGerman()
{
    QTemporaryDir dir;
    const QString database = demoDatabase(dir, m_home);
    for (const auto &[language, word] :
         {std::pair(u"pl"_qs, u"Podpis"_qs), std::pair(u"de"_qs, u"Unterschrift"_qs)}) {
        const QString output = dir.filePath(u"sheet-"_qs % language % u".pdf");
        const Run result = run({u"export"_qs, u"participants"_qs, u"1"_qs, u"--sign-in-sheet"_qs,
                                u"--language"_qs, language, u"--blank-rows"_qs, u"5"_qs,
                                u"--output"_qs, output, u"--database"_qs, database},
                               m_home);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(pdfText(output).contains(word), qPrintable(language));
    }
}

// A CSV, calendar or address book is text: written by a core application,
// without fonts or a platform plugin, it is written even where Qt's X11
// platform is asked for and no X server answers (a GUI application aborts).
void CommandLineTest::textExportsStartNoGuiApplication()
{
    QTemporaryDir dir;
    const QString database = demoDatabase(dir, m_home);
    const QList<QStringList> exports{
        {u"participants"_qs, u"1"_qs, u"--output"_qs, dir.filePath(u"list.csv"_qs)},
        {u"agenda"_qs, u"1"_qs, u"--output"_qs, dir.filePath(u"agenda.ics"_qs)},
        {u"contacts"_qs, u"--output"_qs, dir.filePath(u"contacts.vcf"_qs)}};
    for (const QStringList &what : exports) {
        const Run result =
            run(QStringList{u"export"_qs} + what + QStringList{u"--database"_qs, database}, m_home,
                Display::Missing);
        QVERIFY2(result.exitCode == 0, qPrintable(what.join(u' ') % u": "_qs % result.err));
        QVERIFY(QFileInfo(what.last()).size() > 0);
    }
}

// The diagnostic that times start-up from outside (tests/benchmarks/
// bench_startup): the window opens on the database, paints, and the program
// ends by itself, with nothing said.
void CommandLineTest::windowQuitsAfterItsFirstPaintWhenAsked()
{
    QTemporaryDir dir;
    const QString database = demoDatabase(dir, m_home);
    const Run result = run({u"--quit-after-first-paint"_qs, u"--database"_qs, database}, m_home,
                           Display::Offscreen);
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.isEmpty());
}

void CommandLineTest::importWithInvalidRowsImportsNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    QCOMPARE(run({u"demo"_qs, u"--database"_qs, path}, m_home).exitCode, 0);
    const QString csv = dir.filePath(QStringLiteral("registrations.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Vorname;Nachname;E-Mail\r\nAnna;Nowak;anna@example.org\r\nJan;;jan@example.org\r\n"
               "Ewa;Kowalska;ewa-at-example.org\r\n");
    file.close();
    const int people = rowsIn(path, u"SELECT count(*) FROM people"_qs);
    const Run result =
        run({u"import"_qs, u"participants"_qs, u"1"_qs, csv, u"--database"_qs, path}, m_home);
    QCOMPARE(result.exitCode, 2);
    const QStringList lines = result.err.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[0], csv + u":3: column \"Nachname\": the last name is missing"_qs);
    QVERIFY(lines[1].startsWith(csv + u":4: column \"E-Mail\": "_qs));
    QVERIFY(lines[2].contains(u"nothing was imported"_qs));
    QVERIFY(result.out.isEmpty());
    QCOMPARE(rowsIn(path, u"SELECT count(*) FROM people"_qs), people);
}

// What keeps the program from a database file is named as it is (here as
// the user nobody where the tests run as root, whom permissions do not bind),
// never "not an Exchange Planner database" nor "Unknown error"; exit 3.
void CommandLineTest::unreadableDatabaseIsNamedSo()
{
    QTemporaryDir dir;
    openToEverybody(dir.path());
    const QString path = demoDatabase(dir, m_home);
    QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
    QTemporaryDir home;
    openToEverybody(home.path());
    const Run result = runUnprivileged({u"events"_qs, u"--database"_qs, path}, home);
    QCOMPARE(result.exitCode, 3);
    QCOMPARE(result.err, path % u" cannot be read: permission denied.\n"_qs);
}

void CommandLineTest::readOnlyFolderIsNamedSo()
{
    QTemporaryDir dir;
    const QString path = demoDatabase(dir, m_home);
    const QString csv = newPersonFile(dir);
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions(0x6666)));
    openToEverybody(dir.path(), false);
    const QByteArray before = content(path);
    QTemporaryDir home;
    openToEverybody(home.path());
    const Run result = runUnprivileged(
        {u"import"_qs, u"participants"_qs, u"1"_qs, csv, u"--database"_qs, path}, home);
    openToEverybody(dir.path());
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains(u"permission denied"_qs), qPrintable(result.err));
    QVERIFY2(result.err.contains(QDir::toNativeSeparators(dir.path())), qPrintable(result.err));
    QCOMPARE(result.err.count(u'\n'), 1);
    QCOMPARE(content(path), before);
}

void CommandLineTest::readOnlyDatabaseIsNamedSo()
{
    QTemporaryDir dir;
    openToEverybody(dir.path());
    const QString path = demoDatabase(dir, m_home);
    const QString csv = newPersonFile(dir);
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions(0x4444)));
    const QByteArray before = content(path);
    QTemporaryDir home;
    openToEverybody(home.path());
    const Run result = runUnprivileged(
        {u"import"_qs, u"participants"_qs, u"1"_qs, csv, u"--database"_qs, path}, home);
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains(u"read-only"_qs), qPrintable(result.err));
    QVERIFY2(!result.err.contains(u"Line"_qs), qPrintable(result.err));
    QCOMPARE(result.err.count(u'\n'), 1);
    QCOMPARE(content(path), before);
}

// Another program writes for two seconds: the import waits and succeeds.
// It holds on longer than the import waits: the import says the database is
// in use, exit 3, and blames no line of the file.
void CommandLineTest::importWaitsForAnotherProgramThenNamesIt()
{
    using namespace std::chrono_literals;
    QTemporaryDir dir;
    const QString path = demoDatabase(dir, m_home);
    const QString csv = newPersonFile(dir);
    const QStringList import{u"import"_qs, u"participants"_qs, u"1"_qs,
                             csv,          u"--database"_qs,   path};
    const int people = rowsIn(path, u"SELECT count(*) FROM people"_qs);
    Run refused;
    {
        ep::test::LockHolder other(path, 8s);
        QVERIFY2(other.waitUntilHeld(), qPrintable(other.error()));
        refused = run(import, m_home);
    }
    QCOMPARE(refused.exitCode, 3);
    QCOMPARE(refused.err, path %
                              u" is in use by another program, which holds it locked; nothing "
                              "was changed. Try again when the other program has finished.\n"_qs);
    QCOMPARE(rowsIn(path, u"SELECT count(*) FROM people"_qs), people);

    Run waited;
    {
        ep::test::LockHolder other(path, 2s);
        QVERIFY2(other.waitUntilHeld(), qPrintable(other.error()));
        waited = run(import, m_home);
    }
    QCOMPARE(waited.err, QString());
    QCOMPARE(waited.exitCode, 0);
    QCOMPARE(rowsIn(path, u"SELECT count(*) FROM people"_qs), people + 1);
}

QTEST_GUILESS_MAIN(CommandLineTest)
#include "tst_cli.moc"
