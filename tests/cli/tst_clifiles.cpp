// The command line's imports and exports in process, through the library as
// main() runs it.

#include "cli/invocation.h"
#include "documents/documentcatalogue.h"
#include "domain/catalogues.h"
#include "inprocess.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using ep::test::content;
using ep::test::demoDatabase;
using ep::test::exportTo;
using ep::test::importFixture;
using ep::test::pdfText;
using ep::test::rowsIn;
using ep::test::run;
using ep::test::Run;

class FilesTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importsEachSpreadsheetShape_data();
    void importsEachSpreadsheetShape();
    void importDryRunWritesNothing();
    void importRefusesUnknownEventAndBadFiles();
    void importOptionsOverrideDetection();
    void importContacts();
    void exportsEachDocument_data();
    void exportsEachDocument();
    void exportOptionsAreTheCataloguesOptions_data();
    void exportOptionsAreTheCataloguesOptions();
    void exportedParticipantsImportBackUnchanged();
    void exportRefusesBadInputAndWritesNothing_data();
    void exportRefusesBadInputAndWritesNothing();
};

void FilesTest::initTestCase()
{
    // A command that reaches for the default database finds a test folder,
    // never the user's data.
    QStandardPaths::setTestModeEnabled(true);
    ep::installTranslations(QLocale(QLocale::English));
}

void FilesTest::importsEachSpreadsheetShape_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("rows");
    QTest::newRow("German Excel, UTF-8 with BOM") << u"german-excel-utf8-bom.csv"_qs << 5;
    QTest::newRow("German Excel, windows-1252") << u"german-excel-windows-1252.csv"_qs << 4;
    QTest::newRow("Polish Excel, windows-1250") << u"polish-excel-windows-1250.csv"_qs << 5;
    QTest::newRow("online form") << u"online-form-export.csv"_qs << 4;
}

void FilesTest::importsEachSpreadsheetShape()
{
    QFETCH(QString, file);
    QFETCH(int, rows);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    QCOMPARE(run({u"demo"_qs, u"--database"_qs, path}).exitCode, 0);
    const int before = rowsIn(path, u"SELECT count(*) FROM participations WHERE event_id = 2"_qs);
    const Run result = run(
        {u"import"_qs, u"participants"_qs, u"2"_qs, importFixture(file), u"--database"_qs, path});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith(u"Imported %1 rows: "_qs.arg(rows)), qPrintable(result.out));
    QVERIFY(result.err.isEmpty());
    const int after = rowsIn(path, u"SELECT count(*) FROM participations WHERE event_id = 2"_qs);
    QVERIFY2(after > before, qPrintable(result.out));
    // Again: everybody is matched and already takes part.
    const Run again = run(
        {u"import"_qs, u"participants"_qs, u"2"_qs, importFixture(file), u"--database"_qs, path});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(u"0 people created"_qs), qPrintable(again.out));
    QCOMPARE(rowsIn(path, u"SELECT count(*) FROM participations WHERE event_id = 2"_qs), after);
}

void FilesTest::importDryRunWritesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    QCOMPARE(run({u"demo"_qs, u"--database"_qs, path}).exitCode, 0);
    const int people = rowsIn(path, u"SELECT count(*) FROM people"_qs);
    const Run result =
        run({u"import"_qs, u"participants"_qs, u"1"_qs, importFixture(u"online-form-export.csv"_qs),
             u"--dry-run"_qs, u"--database"_qs, path});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith(u"Dry run of 4 rows, nothing written"_qs),
             qPrintable(result.out));
    QCOMPARE(rowsIn(path, u"SELECT count(*) FROM people"_qs), people);
}

void FilesTest::importRefusesUnknownEventAndBadFiles()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    QCOMPARE(run({u"demo"_qs, u"--database"_qs, path}).exitCode, 0);
    const QString fixture = importFixture(u"german-excel-utf8-bom.csv"_qs);
    const Run unknown =
        run({u"import"_qs, u"participants"_qs, u"99"_qs, fixture, u"--database"_qs, path});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(u"no event 99"_qs), qPrintable(unknown.err));
    const Run notNumber =
        run({u"import"_qs, u"participants"_qs, u"first"_qs, fixture, u"--database"_qs, path});
    QCOMPARE(notNumber.exitCode, 2);
    const Run missing = run({u"import"_qs, u"participants"_qs, u"1"_qs,
                             dir.filePath(u"missing.csv"_qs), u"--database"_qs, path});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains(u"missing.csv"_qs));
    for (const QStringList &arguments :
         {QStringList{u"import"_qs}, QStringList{u"import"_qs, u"participants"_qs, u"1"_qs},
          QStringList{u"import"_qs, u"people"_qs, fixture},
          QStringList{u"import"_qs, u"contacts"_qs, fixture, u"--encoding"_qs, u"latin2"_qs},
          QStringList{u"import"_qs, u"contacts"_qs, fixture, u"--delimiter"_qs, u"|"_qs}}) {
        const Run wrong = run(arguments);
        QCOMPARE(wrong.exitCode, 1);
        QCOMPARE(wrong.err.count(u'\n'), 1);
    }
}

void FilesTest::importOptionsOverrideDetection()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    QCOMPARE(run({u"demo"_qs, u"--database"_qs, path}).exitCode, 0);
    // Read as UTF-8, the German windows-1252 file has bytes that are not UTF-8.
    const Run wrong = run({u"import"_qs, u"participants"_qs, u"1"_qs,
                           importFixture(u"german-excel-windows-1252.csv"_qs), u"--encoding"_qs,
                           u"utf-8"_qs, u"--database"_qs, path});
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY2(wrong.err.contains(u"not valid UTF-8"_qs), qPrintable(wrong.err));
    // Split at commas, the semicolon file has no name column.
    const Run commas = run({u"import"_qs, u"participants"_qs, u"1"_qs,
                            importFixture(u"german-excel-utf8-bom.csv"_qs), u"--delimiter"_qs,
                            u","_qs, u"--database"_qs, path});
    QCOMPARE(commas.exitCode, 2);
    const Run right = run({u"import"_qs, u"participants"_qs, u"1"_qs,
                           importFixture(u"german-excel-windows-1252.csv"_qs), u"--encoding"_qs,
                           u"windows-1252"_qs, u"--delimiter"_qs, u";"_qs, u"--database"_qs, path});
    QCOMPARE(right.exitCode, 0);
}

void FilesTest::importContacts()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    QCOMPARE(run({u"demo"_qs, u"--database"_qs, path}).exitCode, 0);
    const int contacts = rowsIn(path, u"SELECT count(*) FROM people WHERE is_contact = 1"_qs);
    const Run result =
        run({u"import"_qs, u"contacts"_qs, importFixture(u"polish-excel-windows-1250.csv"_qs),
             u"--database"_qs, path});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(rowsIn(path, u"SELECT count(*) FROM people WHERE is_contact = 1"_qs) > contacts);
    QCOMPARE(rowsIn(path, u"SELECT count(*) FROM people WHERE "
                          "email = 'm.zolkiewska@katowice.example.org' AND is_contact = 1"_qs),
             1);
}

void FilesTest::exportsEachDocument_data()
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
    QTest::newRow("delegation list with positions")
        << QStringList{u"participants"_qs, u"1"_qs,         u"--language"_qs,
                       u"pl"_qs,           u"--columns"_qs, u"name,organisation,position"_qs}
        << u"delegation.pdf"_qs << u"Stanowisko"_qs;
    QTest::newRow("participants csv with positions")
        << QStringList{u"participants"_qs, u"1"_qs,         u"--language"_qs,
                       u"de"_qs,           u"--columns"_qs, u"name,position"_qs}
        << u"positions.csv"_qs << u"Vorname,Nachname,Funktion\r\n"_qs;
    QTest::newRow("contacts csv") << QStringList{u"contacts"_qs} << u"contacts.csv"_qs
                                  << u"Müller-Lüdenscheidt"_qs;
    QTest::newRow("contacts vcard") << QStringList{u"contacts"_qs} << u"contacts.vcf"_qs
                                    << u"BEGIN:VCARD\r\nVERSION:3.0\r\n"_qs;
}

void FilesTest::exportsEachDocument()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, file);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString database = demoDatabase(dir);
    const QString output = dir.filePath(file);
    const Run result = exportTo(arguments, output, database);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    QVERIFY(result.out.contains(output));
    const QString text =
        file.endsWith(u".pdf") ? pdfText(output) : QString::fromUtf8(content(output));
    QVERIFY2(text.contains(expected), qPrintable(text.left(300)));
    if (arguments.contains(u"--bom"_qs))
        QVERIFY(content(output).startsWith("\xEF\xBB\xBF"));
}

void FilesTest::exportOptionsAreTheCataloguesOptions_data()
{
    QTest::addColumn<QStringList>("document");
    QTest::addColumn<ep::DocumentKind>("kind");
    QTest::addColumn<QStringList>("option");
    QTest::addColumn<ep::DocumentOption>("documentOption");
    using enum ep::DocumentOption;
    const QList<std::tuple<const char *, QStringList, ep::DocumentKind>> documents{
        {"agenda", {u"agenda"_qs, u"1"_qs}, ep::DocumentKind::Agenda},
        {"list", {u"participants"_qs, u"1"_qs}, ep::DocumentKind::ParticipantList},
        {"sheet",
         {u"participants"_qs, u"1"_qs, u"--sign-in-sheet"_qs},
         ep::DocumentKind::SignInSheet},
        {"contacts", {u"contacts"_qs}, ep::DocumentKind::ContactList},
    };
    const QList<std::tuple<QStringList, ep::DocumentOption>> options{
        {{u"--second-language"_qs, u"pl"_qs}, SecondLanguage},
        {{u"--columns"_qs, u"name"_qs}, Columns},
        {{u"--status"_qs, u"confirmed"_qs}, StatusFilter},
        {{u"--role"_qs, u"speaker"_qs}, RoleFilter},
        {{u"--all-languages"_qs}, AllLanguages},
        {{u"--per-site-visit"_qs}, PerSiteVisit},
        {{u"--blank-rows"_qs, u"3"_qs}, BlankRows},
    };
    for (const auto &[name, document, kind] : documents) {
        for (const auto &[option, documentOption] : options) {
            QTest::addRow("%s %s", name, qPrintable(option.first()))
                << document << kind << option << documentOption;
        }
    }
}

void FilesTest::exportOptionsAreTheCataloguesOptions()
{
    QFETCH(QStringList, document);
    QFETCH(ep::DocumentKind, kind);
    QFETCH(QStringList, option);
    QFETCH(ep::DocumentOption, documentOption);
    const QStringList arguments = QStringList{u"exchange-planner"_qs, u"export"_qs} + document +
                                  option + QStringList{u"--output"_qs, u"out.pdf"_qs};
    QString error;
    const bool accepted = ep::cli::Invocation::parse(arguments, &error).has_value();
    QCOMPARE(accepted, ep::documentType(kind).options.testFlag(documentOption));
    if (!accepted) {
        QVERIFY2(error.startsWith(option.first() % u" applies to \"export "), qPrintable(error));
        QCOMPARE(error.count(u'\n'), 0);
    }
}

void FilesTest::exportedParticipantsImportBackUnchanged()
{
    QTemporaryDir dir;
    const QString database = demoDatabase(dir);
    const QString file = dir.filePath(u"uczestnicy.csv"_qs);
    QCOMPARE(exportTo({u"participants"_qs, u"1"_qs, u"--language"_qs, u"pl"_qs, u"--delimiter"_qs,
                       u";"_qs, u"--bom"_qs},
                      file, database)
                 .exitCode,
             0);
    // Phone numbers go out as '+48 …, so a spreadsheet does not add them up.
    QVERIFY(content(file).contains("'+48 32"));
    // Into the next study visit: everyone is found by email, and nothing
    // read back differs from what is stored (the apostrophe included).
    const Run result = run({u"import"_qs, u"participants"_qs, u"2"_qs, file, u"--dry-run"_qs,
                            u"--database"_qs, database});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(u"0 people created"_qs), qPrintable(result.out));
    QVERIFY2(!result.out.contains(u"kept"_qs), qPrintable(result.out));
}

void FilesTest::exportRefusesBadInputAndWritesNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown event")
        << QStringList{u"agenda"_qs, u"99"_qs} << u"a.pdf"_qs << u"99"_qs;
    QTest::newRow("unknown event, participants as csv")
        << QStringList{u"participants"_qs, u"99"_qs} << u"p.csv"_qs << u"99"_qs;
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
    QTest::newRow("unwritable participants csv")
        << QStringList{u"participants"_qs, u"1"_qs} << u"no-such-folder/p.csv"_qs
        << u"no-such-folder/p.csv"_qs;
    QTest::newRow("unwritable calendar")
        << QStringList{u"agenda"_qs, u"1"_qs} << u"no-such-folder/agenda.ics"_qs
        << u"no-such-folder/agenda.ics"_qs;
}

void FilesTest::exportRefusesBadInputAndWritesNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, file);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString database = demoDatabase(dir);
    const QByteArray before = content(database);
    const QString output = dir.filePath(file);
    const Run result = exportTo(arguments, output, database);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QCOMPARE(result.err.count(u'\n'), 1);
    QVERIFY(!QFile::exists(output));
    // The database alone (a file, not a team database).
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(),
             database.startsWith(u"postgresql://") ? 0 : 1);
    QCOMPARE(content(database), before);
}

QTEST_MAIN(FilesTest)
#include "tst_clifiles.moc"
