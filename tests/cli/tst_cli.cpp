// The command-line contract, run against the built program as scripts run it.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
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
    void importsEachSpreadsheetShape_data();
    void importsEachSpreadsheetShape();
    void importWithInvalidRowsImportsNothing();
    void importDryRunWritesNothing();
    void importRefusesUnknownEventAndBadFiles();
    void importOptionsOverrideDetection();
    void importContacts();
    void defaultDatabaseIsInTheUsersDataFolder();
    void exportsEachDocument_data();
    void exportsEachDocument();
    void exportSignInSheetInPolishAndGerman();
    void exportedParticipantsImportBackUnchanged();
    void exportRefusesBadInputAndWritesNothing_data();
    void exportRefusesBadInputAndWritesNothing();
    void backupWritesAConsistentCopy();

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
    QTest::newRow("backup without output") << QStringList{u"backup"_qs} << u"--output"_qs;
    QTest::newRow("export without output")
        << QStringList{u"export"_qs, u"agenda"_qs, u"1"_qs} << u"--output"_qs;
    QTest::newRow("export of what")
        << QStringList{u"export"_qs, u"budget"_qs, u"--output"_qs, u"b.pdf"_qs} << u"budget"_qs;
    QTest::newRow("export agenda without event")
        << QStringList{u"export"_qs, u"agenda"_qs, u"--output"_qs, u"a.pdf"_qs} << u"event"_qs;
    QTest::newRow("sign-in sheet of an agenda")
        << QStringList{u"export"_qs,   u"agenda"_qs, u"1"_qs,
                       u"--output"_qs, u"a.pdf"_qs,  u"--sign-in-sheet"_qs}
        << u"--sign-in-sheet"_qs;
    QTest::newRow("unknown status")
        << QStringList{u"export"_qs,   u"participants"_qs,   u"1"_qs, u"--output"_qs, u"p.pdf"_qs,
                       u"--status"_qs, u"confirmed,maybe"_qs}
        << u"maybe"_qs;
    QTest::newRow("unknown second language")
        << QStringList{u"export"_qs,   u"agenda"_qs, u"1"_qs,
                       u"--output"_qs, u"a.pdf"_qs,  u"--second-language"_qs,
                       u"cz"_qs}
        << u"cz"_qs;
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

namespace {

QString importFixture(const QString &name)
{
    return QStringLiteral(EXCHANGE_PLANNER_TEST_DATA "/import/") + name;
}

// Counts rows in the database file, read as any SQLite client would.
int rowsIn(const QString &path, const QString &statement)
{
    int result = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"inspect"_qs);
        db.setDatabaseName(path);
        db.open();
        QSqlQuery query(db);
        if (query.exec(statement) && query.next())
            result = query.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(u"inspect"_qs);
    return result;
}

} // namespace

void CommandLineTest::importsEachSpreadsheetShape_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("rows");
    QTest::newRow("German Excel, UTF-8 with BOM") << u"german-excel-utf8-bom.csv"_qs << 5;
    QTest::newRow("German Excel, windows-1252") << u"german-excel-windows-1252.csv"_qs << 4;
    QTest::newRow("Polish Excel, windows-1250") << u"polish-excel-windows-1250.csv"_qs << 5;
    QTest::newRow("online form") << u"online-form-export.csv"_qs << 4;
}

void CommandLineTest::importsEachSpreadsheetShape()
{
    QFETCH(QString, file);
    QFETCH(int, rows);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    QCOMPARE(run({u"demo"_qs, u"--database"_qs, path}, m_home).exitCode, 0);
    const int before = rowsIn(path, u"SELECT count(*) FROM participations WHERE event_id = 2"_qs);
    const Run result = run(
        {u"import"_qs, u"participants"_qs, u"2"_qs, importFixture(file), u"--database"_qs, path},
        m_home);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith(u"Imported %1 rows: "_qs.arg(rows)), qPrintable(result.out));
    QVERIFY(result.err.isEmpty());
    const int after = rowsIn(path, u"SELECT count(*) FROM participations WHERE event_id = 2"_qs);
    QVERIFY2(after > before, qPrintable(result.out));
    // Again: everybody is matched and already takes part.
    const Run again = run(
        {u"import"_qs, u"participants"_qs, u"2"_qs, importFixture(file), u"--database"_qs, path},
        m_home);
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(u"0 people created"_qs), qPrintable(again.out));
    QCOMPARE(rowsIn(path, u"SELECT count(*) FROM participations WHERE event_id = 2"_qs), after);
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

void CommandLineTest::importDryRunWritesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    QCOMPARE(run({u"demo"_qs, u"--database"_qs, path}, m_home).exitCode, 0);
    const int people = rowsIn(path, u"SELECT count(*) FROM people"_qs);
    const Run result =
        run({u"import"_qs, u"participants"_qs, u"1"_qs, importFixture(u"online-form-export.csv"_qs),
             u"--dry-run"_qs, u"--database"_qs, path},
            m_home);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith(u"Dry run of 4 rows, nothing written"_qs),
             qPrintable(result.out));
    QCOMPARE(rowsIn(path, u"SELECT count(*) FROM people"_qs), people);
}

void CommandLineTest::importRefusesUnknownEventAndBadFiles()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    QCOMPARE(run({u"demo"_qs, u"--database"_qs, path}, m_home).exitCode, 0);
    const QString fixture = importFixture(u"german-excel-utf8-bom.csv"_qs);
    const Run unknown =
        run({u"import"_qs, u"participants"_qs, u"99"_qs, fixture, u"--database"_qs, path}, m_home);
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(u"no event 99"_qs), qPrintable(unknown.err));
    const Run notNumber = run(
        {u"import"_qs, u"participants"_qs, u"first"_qs, fixture, u"--database"_qs, path}, m_home);
    QCOMPARE(notNumber.exitCode, 2);
    const Run missing = run({u"import"_qs, u"participants"_qs, u"1"_qs,
                             dir.filePath(u"missing.csv"_qs), u"--database"_qs, path},
                            m_home);
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains(u"missing.csv"_qs));
    for (const QStringList &arguments :
         {QStringList{u"import"_qs}, QStringList{u"import"_qs, u"participants"_qs, u"1"_qs},
          QStringList{u"import"_qs, u"people"_qs, fixture},
          QStringList{u"import"_qs, u"contacts"_qs, fixture, u"--encoding"_qs, u"latin2"_qs},
          QStringList{u"import"_qs, u"contacts"_qs, fixture, u"--delimiter"_qs, u"|"_qs}}) {
        const Run wrong = run(arguments, m_home);
        QCOMPARE(wrong.exitCode, 1);
        QCOMPARE(wrong.err.count(u'\n'), 1);
    }
}

void CommandLineTest::importOptionsOverrideDetection()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    QCOMPARE(run({u"demo"_qs, u"--database"_qs, path}, m_home).exitCode, 0);
    // Read as UTF-8, the German windows-1252 file has bytes that are not UTF-8.
    const Run wrong = run({u"import"_qs, u"participants"_qs, u"1"_qs,
                           importFixture(u"german-excel-windows-1252.csv"_qs), u"--encoding"_qs,
                           u"utf-8"_qs, u"--database"_qs, path},
                          m_home);
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY2(wrong.err.contains(u"not valid UTF-8"_qs), qPrintable(wrong.err));
    // Split at commas, the semicolon file has no name column.
    const Run commas = run({u"import"_qs, u"participants"_qs, u"1"_qs,
                            importFixture(u"german-excel-utf8-bom.csv"_qs), u"--delimiter"_qs,
                            u","_qs, u"--database"_qs, path},
                           m_home);
    QCOMPARE(commas.exitCode, 2);
    const Run right = run({u"import"_qs, u"participants"_qs, u"1"_qs,
                           importFixture(u"german-excel-windows-1252.csv"_qs), u"--encoding"_qs,
                           u"windows-1252"_qs, u"--delimiter"_qs, u";"_qs, u"--database"_qs, path},
                          m_home);
    QCOMPARE(right.exitCode, 0);
}

void CommandLineTest::importContacts()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    QCOMPARE(run({u"demo"_qs, u"--database"_qs, path}, m_home).exitCode, 0);
    const int contacts = rowsIn(path, u"SELECT count(*) FROM people WHERE is_contact = 1"_qs);
    const Run result =
        run({u"import"_qs, u"contacts"_qs, importFixture(u"polish-excel-windows-1250.csv"_qs),
             u"--database"_qs, path},
            m_home);
    QCOMPARE(result.exitCode, 0);
    QVERIFY(rowsIn(path, u"SELECT count(*) FROM people WHERE is_contact = 1"_qs) > contacts);
    QCOMPARE(rowsIn(path, u"SELECT count(*) FROM people WHERE "
                          "email = 'm.zolkiewska@katowice.example.org' AND is_contact = 1"_qs),
             1);
}

// A database holding the demo programme, in `dir`.
QString demoDatabase(const QTemporaryDir &dir, const QTemporaryDir &home)
{
    const QString database = dir.filePath(QStringLiteral("demo.sqlite"));
    if (run({u"demo"_qs, u"--database"_qs, database}, home).exitCode != 0)
        qFatal("demo failed");
    return database;
}

Run exportTo(const QStringList &arguments, const QString &output, const QString &database,
             const QTemporaryDir &home)
{
    return run(QStringList{u"export"_qs} + arguments +
                   QStringList{u"--output"_qs, output, u"--database"_qs, database},
               home);
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {path, u"-"_qs});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

void CommandLineTest::exportsEachDocument_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("agenda pdf") << QStringList{u"agenda"_qs, u"1"_qs, u"--language"_qs, u"pl"_qs}
                                << u"agenda.pdf"_qs << u"Wizyta studyjna delegacji GZM"_qs;
    QTest::newRow("bilingual agenda")
        << QStringList{u"agenda"_qs, u"1"_qs, u"--language"_qs, u"de"_qs, u"--second-language"_qs,
                       u"pl"_qs}
        << u"both.pdf"_qs << u"Studienreise der GZM-Delegation"_qs;
    QTest::newRow("calendar") << QStringList{u"agenda"_qs, u"1"_qs} << u"agenda.ics"_qs
                              << u"BEGIN:VCALENDAR\r\n"_qs;
    QTest::newRow("participants csv")
        << QStringList{u"participants"_qs, u"1"_qs,          u"--delimiter"_qs, u";"_qs,
                       u"--bom"_qs,        u"--language"_qs, u"de"_qs}
        << u"participants.csv"_qs << u"Vorname;Nachname"_qs;
    QTest::newRow("participant list")
        << QStringList{u"participants"_qs, u"1"_qs,         u"--status"_qs,
                       u"attended"_qs,     u"--columns"_qs, u"name,email,arrival"_qs}
        << u"list.pdf"_qs << u"Participant list"_qs;
    QTest::newRow("contacts csv") << QStringList{u"contacts"_qs} << u"contacts.csv"_qs
                                  << u"Müller-Lüdenscheidt"_qs;
    QTest::newRow("contacts vcard") << QStringList{u"contacts"_qs} << u"contacts.vcf"_qs
                                    << u"BEGIN:VCARD\r\nVERSION:3.0\r\n"_qs;
}

void CommandLineTest::exportsEachDocument()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, file);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString database = demoDatabase(dir, m_home);
    const QString output = dir.filePath(file);
    const Run result = exportTo(arguments, output, database, m_home);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    QVERIFY(result.out.contains(output));
    const QString text =
        file.endsWith(u".pdf") ? pdfText(output) : QString::fromUtf8(content(output));
    QVERIFY2(text.contains(expected), qPrintable(text.left(300)));
    if (arguments.contains(u"--bom"_qs))
        QVERIFY(content(output).startsWith("\xEF\xBB\xBF"));
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

void CommandLineTest::exportedParticipantsImportBackUnchanged()
{
    QTemporaryDir dir;
    const QString database = demoDatabase(dir, m_home);
    const QString file = dir.filePath(u"uczestnicy.csv"_qs);
    QCOMPARE(exportTo({u"participants"_qs, u"1"_qs, u"--language"_qs, u"pl"_qs, u"--delimiter"_qs,
                       u";"_qs, u"--bom"_qs},
                      file, database, m_home)
                 .exitCode,
             0);
    // Phone numbers go out as '+48 …, so a spreadsheet does not add them up.
    QVERIFY(content(file).contains("'+48 32"));
    // Into the next study visit: everyone is found by email, and nothing
    // read back differs from what is stored (the apostrophe included).
    const Run result = run({u"import"_qs, u"participants"_qs, u"2"_qs, file, u"--dry-run"_qs,
                            u"--database"_qs, database},
                           m_home);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(u"0 people created"_qs), qPrintable(result.out));
    QVERIFY2(!result.out.contains(u"kept"_qs), qPrintable(result.out));
}

void CommandLineTest::exportRefusesBadInputAndWritesNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown event")
        << QStringList{u"agenda"_qs, u"99"_qs} << u"a.pdf"_qs << u"99"_qs;
    QTest::newRow("not an event id")
        << QStringList{u"participants"_qs, u"first"_qs} << u"p.csv"_qs << u"first"_qs;
    QTest::newRow("unknown ending")
        << QStringList{u"agenda"_qs, u"1"_qs} << u"agenda.docx"_qs << u"agenda.docx"_qs;
    QTest::newRow("sign-in sheet as csv")
        << QStringList{u"participants"_qs, u"1"_qs, u"--sign-in-sheet"_qs} << u"s.csv"_qs
        << u".pdf"_qs;
    QTest::newRow("unwritable folder")
        << QStringList{u"agenda"_qs, u"1"_qs} << u"no-such-folder/agenda.pdf"_qs
        << u"no-such-folder/agenda.pdf"_qs;
    QTest::newRow("unwritable calendar")
        << QStringList{u"agenda"_qs, u"1"_qs} << u"no-such-folder/agenda.ics"_qs
        << u"no-such-folder/agenda.ics"_qs;
}

void CommandLineTest::exportRefusesBadInputAndWritesNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, file);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString database = demoDatabase(dir, m_home);
    const QByteArray before = content(database);
    const QString output = dir.filePath(file);
    const Run result = exportTo(arguments, output, database, m_home);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QCOMPARE(result.err.count(u'\n'), 1);
    QVERIFY(!QFile::exists(output));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1); // the database alone
    QCOMPARE(content(database), before);
}

void CommandLineTest::backupWritesAConsistentCopy()
{
    QTemporaryDir dir;
    const QString database = demoDatabase(dir, m_home);
    const QString copy = dir.filePath(u"copy.sqlite"_qs);
    const Run result =
        run({u"backup"_qs, u"--output"_qs, copy, u"--database"_qs, database}, m_home);
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(copy));
    // The copy is a database of its own, with everything in it.
    QCOMPARE(rowsIn(copy, u"SELECT count(*) FROM events"_qs), 4);
    QCOMPARE(rowsIn(copy, u"SELECT count(*) FROM participations"_qs),
             rowsIn(database, u"SELECT count(*) FROM participations"_qs));
    const Run events =
        run({u"events"_qs, u"--format"_qs, u"json"_qs, u"--database"_qs, copy}, m_home);
    QCOMPARE(events.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(events.out.toUtf8()).array().size(), 4);

    // An existing file is never replaced; a folder that is not there is
    // refused; neither leaves anything behind.
    const QByteArray before = content(copy);
    const Run again = run({u"backup"_qs, u"--output"_qs, copy, u"--database"_qs, database}, m_home);
    QCOMPARE(again.exitCode, 2);
    QVERIFY(again.err.contains(copy));
    QCOMPARE(content(copy), before);
    const QString nowhere = dir.filePath(u"missing/copy.sqlite"_qs);
    const Run refused =
        run({u"backup"_qs, u"--output"_qs, nowhere, u"--database"_qs, database}, m_home);
    QCOMPARE(refused.exitCode, 2);
    QCOMPARE(refused.err.count(u'\n'), 1);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2); // the database and its copy
}

QTEST_GUILESS_MAIN(CommandLineTest)
#include "tst_cli.moc"
