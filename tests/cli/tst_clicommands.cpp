// The command-line contract in process, through the library as main() runs
// it: usage, the help, demo, events and backup. Imports and exports are in
// tst_clifiles; what only the program does is in tst_cli.

#include "cli/command.h"
#include "cli/helptext.h"
#include "cli/option.h"
#include "cli/run.h"
#include "domain/catalogues.h"
#include "domain/field.h"
#include "inprocess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using ep::test::changeIn;
using ep::test::content;
using ep::test::demoDatabase;
using ep::test::rowsIn;
using ep::test::run;
using ep::test::Run;
using ep::test::valueIn;

class CommandsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoThenEventsAsJson();
    void eventsAsCsvAndTable();
    void peopleWithTheirLegalBasisAndConsent();
    void optionsMayComeAfterArguments();
    void demoRefusesADatabaseWithData();
    void missingDatabaseForEvents();
    void wrongUsage_data();
    void wrongUsage();
    void withoutACommandNothingRuns();
    void helpNamesEveryCommandAndOption();
    void modeAndApplicationObject();
    void backupWritesAConsistentCopy();
    void backupRefusesTheDatabaseUnderAnotherName_data();
    void backupRefusesTheDatabaseUnderAnotherName();
    void controlCharactersAreNeverPrintedOrExported();
};

void CommandsTest::initTestCase()
{
    // A command that reaches for the default database finds a test folder,
    // never the user's data.
    QStandardPaths::setTestModeEnabled(true);
    ep::installTranslations(QLocale(QLocale::English));
}

void CommandsTest::demoThenEventsAsJson()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    const Run demo = run({u"demo"_qs, u"--database"_qs, path});
    QCOMPARE(demo.exitCode, 0);
    QVERIFY2(demo.err.isEmpty(), qPrintable(demo.err));

    const Run events = run({u"events"_qs, u"--database"_qs, path, u"--format"_qs, u"json"_qs});
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

void CommandsTest::eventsAsCsvAndTable()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    QCOMPARE(run({u"demo"_qs, u"--database"_qs, path}).exitCode, 0);

    const Run csv = run({u"events"_qs, u"--database"_qs, path, u"--format"_qs, u"csv"_qs,
                         u"--language"_qs, u"pl"_qs});
    QCOMPARE(csv.exitCode, 0);
    const QStringList lines = csv.out.split(u"\r\n"_qs, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines[0], u"id,kind,title,start,end,status"_qs);
    QVERIFY2(lines[2].contains(u"Rewizyta delegacji RVR na Górnym Śląsku"_qs),
             qPrintable(lines[2]));
    // A title with a comma would be quoted; this one has a colon and a dash.
    QVERIFY(lines[3].contains(u",workshop,"_qs));

    const Run table = run({u"events"_qs, u"--database"_qs, path, u"--language"_qs, u"de"_qs});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.contains(u"Studienreise der GZM-Delegation"_qs));
    QCOMPARE(table.out.count(u'\n'), 6); // header, rule, four events
}

// The People list's filters for the data-protection officer, on the
// command line (issue 15, item 1): who has no legal basis recorded, whose
// consent was withdrawn, as a table, CSV and JSON.
void CommandsTest::peopleWithTheirLegalBasisAndConsent()
{
    const QTemporaryDir dir;
    const QString path = demoDatabase(dir);
    QVERIFY(changeIn(path, u"UPDATE people SET legal_basis = '' WHERE id IN (3, 4)"_qs));
    const Run withdrawn = run({u"people"_qs, u"--database"_qs, path, u"--filter"_qs,
                               u"consent_withdrawn"_qs, u"--format"_qs, u"json"_qs});
    QCOMPARE(withdrawn.exitCode, 0);
    const QJsonArray array = QJsonDocument::fromJson(withdrawn.out.toUtf8()).array();
    QCOMPARE(array.size(), rowsIn(path, u"SELECT count(*) FROM people WHERE consent_withdrawn IS "
                                        u"NOT NULL"_qs));
    const QJsonObject frank = array.first().toObject();
    QCOMPARE(frank.value(u"name"_qs).toString(), u"Frank Straßburger"_qs);
    QCOMPARE(frank.value(u"legal_basis"_qs).toString(), u"consent"_qs);
    QCOMPARE(frank.value(u"consent_date"_qs).toString(), u"2019-07-26"_qs);
    QCOMPARE(frank.value(u"consent_withdrawn"_qs).toString(), u"2024-03-01"_qs);

    const Run none = run({u"people"_qs, u"--database"_qs, path, u"--filter"_qs,
                          u"no_legal_basis"_qs, u"--format"_qs, u"csv"_qs});
    QCOMPARE(none.exitCode, 0);
    const QStringList lines = none.out.split(u"\r\n"_qs, Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), u"id,name,organisation,email,legal_basis,consent_date,"
                            u"consent_purpose,consent_source,consent_withdrawn"_qs);
    QCOMPARE(lines.size() - 1,
             rowsIn(path, u"SELECT count(*) FROM people WHERE legal_basis = ''"_qs));
    QVERIFY(lines.size() > 3);

    const Run everyone = run({u"people"_qs, u"--database"_qs, path, u"--language"_qs, u"de"_qs});
    QCOMPARE(everyone.exitCode, 0);
    QVERIFY(everyone.out.contains(u"Einwilligung"_qs));
    QCOMPARE(everyone.out.count(u'\n') - 2, rowsIn(path, u"SELECT count(*) FROM people"_qs));

    const Run wrong = run({u"people"_qs, u"--database"_qs, path, u"--filter"_qs, u"vip"_qs});
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY(wrong.err.contains(u"no_legal_basis or consent_withdrawn"_qs));
}

void CommandsTest::optionsMayComeAfterArguments()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    QCOMPARE(run({u"--database"_qs, path, u"demo"_qs}).exitCode, 0);
    const Run events = run({u"--format=json"_qs, u"events"_qs, u"--database"_qs, path});
    QCOMPARE(events.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(events.out.toUtf8()).array().size(), 4);
}

void CommandsTest::demoRefusesADatabaseWithData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    QCOMPARE(run({u"demo"_qs, u"--database"_qs, path}).exitCode, 0);
    const Run again = run({u"demo"_qs, u"--database"_qs, path});
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains(path) && again.err.contains(u"already holds data"_qs),
             qPrintable(again.err));
    QCOMPARE(again.err.count(u'\n'), 1); // one message
    const Run events = run({u"events"_qs, u"--database"_qs, path, u"--format"_qs, u"json"_qs});
    QCOMPARE(QJsonDocument::fromJson(events.out.toUtf8()).array().size(), 4); // not doubled
}

void CommandsTest::missingDatabaseForEvents()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.sqlite"));
    const Run result = run({u"events"_qs, u"--database"_qs, path});
    QCOMPARE(result.exitCode, 3);
    QVERIFY(result.err.contains(path));
    QVERIFY(!QFile::exists(path)); // listing does not create a database
}

void CommandsTest::wrongUsage_data()
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
    // The options of the sign-in sheet are its own (the document catalogue).
    QTest::newRow("blank rows on the participant list")
        << QStringList{u"export"_qs, u"participants"_qs, u"1"_qs, u"--output"_qs,
                       u"p.pdf"_qs,  u"--blank-rows"_qs, u"5"_qs}
        << u"--blank-rows applies to \"export participants --sign-in-sheet\" only."_qs;
    QTest::newRow("blank rows without a number")
        << QStringList{u"export"_qs,       u"participants"_qs, u"1"_qs,
                       u"--output"_qs,     u"p.pdf"_qs,        u"--sign-in-sheet"_qs,
                       u"--blank-rows"_qs, u"many"_qs}
        << u"--blank-rows needs a number"_qs;
}

void CommandsTest::wrongUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QCOMPARE(result.err.count(u'\n'), 1);
    QVERIFY(result.out.isEmpty());
}

void CommandsTest::withoutACommandNothingRuns()
{
    // The window is main()'s; the library only says what is wrong.
    const Run bare = run({});
    QCOMPARE(bare.exitCode, 1);
    QVERIFY2(bare.err.contains(u"command is missing"_qs), qPrintable(bare.err));
    const Run withOption = run({u"--format"_qs, u"json"_qs});
    QCOMPARE(withOption.exitCode, 1);
    QCOMPARE(withOption.err,
             u"--format needs a command that uses it (events, people, conflicts, stats).\n"_qs);
}

void CommandsTest::helpNamesEveryCommandAndOption()
{
    const Run help = run({u"--help"_qs});
    QCOMPARE(help.exitCode, 0);
    QCOMPARE(help.out, ep::cli::helpText());
    for (const ep::cli::Command &command : ep::cli::commandTable())
        QVERIFY2(help.out.contains(u"\n  "_qs % QLatin1StringView(command.name)), command.name);
    for (const ep::cli::OptionSpec &option : ep::cli::optionTable())
        QVERIFY2(help.out.contains(u"--"_qs % QLatin1StringView(option.name)), option.name);
    // The columns come from the field descriptions, wrapped into the help's
    // column: every key is there, and no line of the entry is too long.
    const QStringList lines = help.out.split(u'\n');
    qsizetype line = lines.indexOf(QRegularExpression(u"  --columns .*"_qs));
    QVERIFY(line > 0);
    QStringList entry{lines[line]};
    while (lines[++line].startsWith(QString(23, u' ')))
        entry.append(lines[line]);
    for (const QString &each : entry)
        QVERIFY2(each.size() <= 79, qPrintable(each));
    QVERIFY2(
        entry.join(u' ').simplified().contains(ep::fieldKeys(ep::FieldUse::ListColumn).join(u", ")),
        qPrintable(entry.join(u'\n')));
}

void CommandsTest::modeAndApplicationObject()
{
    using ep::cli::Mode;
    const QString program = u"exchange-planner"_qs;
    QCOMPARE(ep::cli::modeOf({program}), Mode::Window);
    QCOMPARE(ep::cli::modeOf({program, u"--database"_qs, u"events"_qs}), Mode::Window);
    QCOMPARE(ep::cli::modeOf({program, u"events"_qs}), Mode::Command);
    QCOMPARE(ep::cli::modeOf({program, u"events"_qs, u"-h"_qs}), Mode::Help);
    QCOMPARE(ep::cli::modeOf({program, u"--version"_qs}), Mode::Version);
    // Only a command that renders documents needs a GUI application.
    QVERIFY(ep::cli::rendersDocuments({program, u"export"_qs, u"contacts"_qs}));
    QVERIFY(!ep::cli::rendersDocuments({program, u"export"_qs, u"--help"_qs}));
    QVERIFY(!ep::cli::rendersDocuments({program, u"events"_qs}));
    QVERIFY(!ep::cli::rendersDocuments({program, u"--output"_qs, u"export"_qs}));
}

void CommandsTest::backupWritesAConsistentCopy()
{
    QTemporaryDir dir;
    const QString database = demoDatabase(dir);
    const QString copy = dir.filePath(u"copy.sqlite"_qs);
    const Run result = run({u"backup"_qs, u"--output"_qs, copy, u"--database"_qs, database});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(copy));
    // The copy is a database of its own, with everything in it.
    QCOMPARE(rowsIn(copy, u"SELECT count(*) FROM events"_qs), 4);
    QCOMPARE(rowsIn(copy, u"SELECT count(*) FROM participations"_qs),
             rowsIn(database, u"SELECT count(*) FROM participations"_qs));
    const Run events = run({u"events"_qs, u"--format"_qs, u"json"_qs, u"--database"_qs, copy});
    QCOMPARE(events.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(events.out.toUtf8()).array().size(), 4);

    // An existing file is never replaced; a folder that is not there is
    // refused; neither leaves anything behind.
    const QByteArray before = content(copy);
    const Run again = run({u"backup"_qs, u"--output"_qs, copy, u"--database"_qs, database});
    QCOMPARE(again.exitCode, 2);
    QVERIFY(again.err.contains(copy));
    QCOMPARE(content(copy), before);
    const QString nowhere = dir.filePath(u"missing/copy.sqlite"_qs);
    const Run refused = run({u"backup"_qs, u"--output"_qs, nowhere, u"--database"_qs, database});
    QCOMPARE(refused.exitCode, 2);
    QCOMPARE(refused.err.count(u'\n'), 1);
    // The database (a file, not a team database) and its copy.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(),
             database.startsWith(u"postgresql://") ? 1 : 2);
}

void CommandsTest::backupRefusesTheDatabaseUnderAnotherName_data()
{
    QTest::addColumn<QString>("spelling");
    QTest::newRow("relative path") << u"demo.sqlite"_qs;
    QTest::newRow("path with ..") << u"sub/../demo.sqlite"_qs;
    QTest::newRow("symbolic link") << u"link.sqlite"_qs;
}

// "backup --output" naming the database itself, as a script might by
// mistake: refused with the reason, the database unchanged and still sound.
void CommandsTest::backupRefusesTheDatabaseUnderAnotherName()
{
    QFETCH(QString, spelling);
    QTemporaryDir dir;
    const QString database = demoDatabase(dir);
    if (database.startsWith(u"postgresql://"))
        QSKIP("a team database has no file a backup could be written over");
    QVERIFY(QDir(dir.path()).mkdir(u"sub"_qs));
    QVERIFY(QFile::link(database, dir.filePath(u"link.sqlite"_qs)));
    const QByteArray before = content(database);
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(dir.path()));
    const Run result = run({u"backup"_qs, u"--output"_qs, spelling, u"--database"_qs, database});
    QVERIFY(QDir::setCurrent(previous));
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.err, spelling % u" is the database itself ("_qs % database %
                             u"); a backup cannot be written over it. Nothing was written.\n"_qs);
    QCOMPARE(content(database), before);
    QCOMPARE(valueIn(database, u"PRAGMA integrity_check"_qs), u"ok"_qs);
    QCOMPARE(rowsIn(database, u"SELECT count(*) FROM events"_qs), 4);
}

// Stored by an older version, or by another program: an escape sequence in
// a title, a bell in an agenda item. The terminal shows them, the calendar
// file does not carry them.
void CommandsTest::controlCharactersAreNeverPrintedOrExported()
{
    QTemporaryDir dir;
    const QString database = demoDatabase(dir);
    QVERIFY(
        changeIn(database, u"UPDATE events SET title_en = 'Ruhr\x1b[2J visit' WHERE id = 1"_qs));
    QVERIFY(changeIn(database,
                     u"UPDATE agenda_items SET title_en = 'Welcome\x07', notes = 'Bring\x1b[31m "
                     "shoes' WHERE event_id = 1"_qs));
    for (const QString &format : {u"table"_qs, u"csv"_qs, u"json"_qs}) {
        const Run events = run({u"events"_qs, u"--format"_qs, format, u"--language"_qs, u"en"_qs,
                                u"--database"_qs, database});
        QCOMPARE(events.exitCode, 0);
        QVERIFY2(!events.out.contains(QChar(0x1b)), qPrintable(format));
        QVERIFY2(events.out.contains(u"Ruhr"_qs), qPrintable(events.out));
    }
    const QString calendar = dir.filePath(u"agenda.ics"_qs);
    const Run exported = run({u"export"_qs, u"agenda"_qs, u"1"_qs, u"--output"_qs, calendar,
                              u"--language"_qs, u"en"_qs, u"--database"_qs, database});
    QCOMPARE(exported.exitCode, 0);
    const QByteArray ics = content(calendar);
    QVERIFY(ics.contains("Welcome"));
    for (const char c : ics)
        QVERIFY2(uchar(c) >= 0x20 || c == '\r' || c == '\n' || c == '\t', ics.constData());
}

QTEST_MAIN(CommandsTest)
#include "tst_clicommands.moc"
