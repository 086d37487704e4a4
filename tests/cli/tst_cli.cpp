// The command-line contract, run against the built program as scripts run it.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList &arguments, const QTemporaryDir &home)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // The default database lives in the temporary home, not the user's.
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + u"/data"_qs);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + u"/config"_qs);
    environment.remove(QStringLiteral("QT_QPA_PLATFORM")); // commands need no display
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(EXCHANGE_PLANNER_BINARY), arguments);
    if (!process.waitForFinished(60000))
        qFatal("exchange-planner did not finish");
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QByteArray content(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

} // namespace

class CommandLineTest : public QObject
{
    Q_OBJECT

private slots:
    void demoThenEventsAsJson();
    void eventsAsCsvAndTable();
    void optionsMayComeAfterArguments();
    void demoRefusesADatabaseWithData();
    void notADatabaseIsRefusedWithExitThreeAndLeftUnchanged();
    void missingDatabaseForEvents();
    void wrongUsage_data();
    void wrongUsage();
    void versionAndHelp();
    void defaultDatabaseIsInTheUsersDataFolder();

private:
    QTemporaryDir m_home;
};

void CommandLineTest::demoThenEventsAsJson()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    const Run demo = run({u"demo"_qs, u"--database"_qs, path}, m_home);
    QCOMPARE(demo.exitCode, 0);
    QVERIFY2(demo.err.isEmpty(), qPrintable(demo.err));

    const Run events =
        run({u"events"_qs, u"--database"_qs, path, u"--format"_qs, u"json"_qs}, m_home);
    QCOMPARE(events.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(events.out.toUtf8(), &error);
    QVERIFY2(document.isArray(), qPrintable(error.errorString()));
    const QJsonArray array = document.array();
    QCOMPARE(array.size(), 4);
    const QStringList keys{u"end"_qs, u"id"_qs, u"kind"_qs, u"start"_qs, u"status"_qs, u"title"_qs};
    const QList<std::tuple<QString, QString, QString>> expected{
        {u"study_visit"_qs, u"2019-07-08"_qs, u"2019-07-10"_qs},
        {u"study_visit"_qs, u"2019-08-26"_qs, u"2019-08-28"_qs},
        {u"workshop"_qs, u"2020-02-12"_qs, u"2020-02-13"_qs},
        {u"webinar"_qs, u"2020-10-21"_qs, u"2020-10-21"_qs},
    };
    for (int i = 0; i < array.size(); ++i) {
        const QJsonObject event = array[i].toObject();
        QCOMPARE(event.keys(), keys);
        QCOMPARE(event.value(u"kind").toString(), std::get<0>(expected[i]));
        QCOMPARE(event.value(u"start").toString(), std::get<1>(expected[i]));
        QCOMPARE(event.value(u"end").toString(), std::get<2>(expected[i]));
        QCOMPARE(event.value(u"status").toString(), u"held"_qs);
        QVERIFY(event.value(u"id").toInt() > 0);
        QVERIFY(!event.value(u"title").toString().isEmpty());
    }
}

void CommandLineTest::eventsAsCsvAndTable()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    QCOMPARE(run({u"demo"_qs, u"--database"_qs, path}, m_home).exitCode, 0);

    const Run csv = run({u"events"_qs, u"--database"_qs, path, u"--format"_qs, u"csv"_qs,
                         u"--language"_qs, u"pl"_qs},
                        m_home);
    QCOMPARE(csv.exitCode, 0);
    const QStringList lines = csv.out.split(u"\r\n"_qs, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines[0], u"id,kind,title,start,end,status"_qs);
    QVERIFY2(lines[2].contains(u"Rewizyta delegacji RVR na Górnym Śląsku"_qs),
             qPrintable(lines[2]));
    // A title with a comma would be quoted; this one has a colon and a dash.
    QVERIFY(lines[3].contains(u",workshop,"_qs));

    const Run table =
        run({u"events"_qs, u"--database"_qs, path, u"--language"_qs, u"de"_qs}, m_home);
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.contains(u"Studienreise der GZM-Delegation"_qs));
    QCOMPARE(table.out.count(u'\n'), 6); // header, rule, four events
}

void CommandLineTest::optionsMayComeAfterArguments()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    QCOMPARE(run({u"--database"_qs, path, u"demo"_qs}, m_home).exitCode, 0);
    const Run events = run({u"--format=json"_qs, u"events"_qs, u"--database"_qs, path}, m_home);
    QCOMPARE(events.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(events.out.toUtf8()).array().size(), 4);
}

void CommandLineTest::demoRefusesADatabaseWithData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    QCOMPARE(run({u"demo"_qs, u"--database"_qs, path}, m_home).exitCode, 0);
    const Run again = run({u"demo"_qs, u"--database"_qs, path}, m_home);
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains(path) && again.err.contains(u"already holds data"_qs),
             qPrintable(again.err));
    QCOMPARE(again.err.count(u'\n'), 1); // one message
    const Run events =
        run({u"events"_qs, u"--database"_qs, path, u"--format"_qs, u"json"_qs}, m_home);
    QCOMPARE(QJsonDocument::fromJson(events.out.toUtf8()).array().size(), 4); // not doubled
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

void CommandLineTest::missingDatabaseForEvents()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.sqlite"));
    const Run result = run({u"events"_qs, u"--database"_qs, path}, m_home);
    QCOMPARE(result.exitCode, 3);
    QVERIFY(result.err.contains(path));
    QVERIFY(!QFile::exists(path)); // listing does not create a database
}

void CommandLineTest::wrongUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown command") << QStringList{u"launch"_qs} << u"Unknown command"_qs;
    QTest::newRow("unknown option") << QStringList{u"events"_qs, u"--colour"_qs} << u"colour"_qs;
    QTest::newRow("unknown format")
        << QStringList{u"events"_qs, u"--format"_qs, u"xml"_qs} << u"xml"_qs;
    QTest::newRow("unknown language")
        << QStringList{u"events"_qs, u"--language"_qs, u"fr"_qs} << u"fr"_qs;
    QTest::newRow("option of another command")
        << QStringList{u"demo"_qs, u"--format"_qs, u"json"_qs} << u"--format"_qs;
    QTest::newRow("missing value") << QStringList{u"events"_qs, u"--format"_qs} << u"format"_qs;
    QTest::newRow("extra argument") << QStringList{u"events"_qs, u"7"_qs} << u"\"7\""_qs;
}

void CommandLineTest::wrongUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run result = run(arguments, m_home);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QCOMPARE(result.err.count(u'\n'), 1);
    QVERIFY(result.out.isEmpty());
}

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

void CommandLineTest::defaultDatabaseIsInTheUsersDataFolder()
{
    QTemporaryDir home;
    QCOMPARE(run({u"demo"_qs}, home).exitCode, 0);
    QVERIFY(QFile::exists(home.path() +
                          u"/data/exchange-planner/exchange-planner/exchange-planner.sqlite"_qs));
    const Run events = run({u"events"_qs, u"--format"_qs, u"json"_qs}, home);
    QCOMPARE(QJsonDocument::fromJson(events.out.toUtf8()).array().size(), 4);
}

QTEST_GUILESS_MAIN(CommandLineTest)
#include "tst_cli.moc"
