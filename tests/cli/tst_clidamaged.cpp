// A database file that is not what it seems — a table or column missing,
// edited by hand, or no database at all — given to every command: each says
// what is wrong, exits with 3 and writes nothing, in process through the
// library as main() runs it.

#include "domain/catalogues.h"
#include "handedits.h"
#include "inprocess.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using ep::test::content;
using ep::test::importFixture;
using ep::test::run;
using ep::test::Run;

class DamagedDatabaseTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyCommandRefusesIt_data();
    void everyCommandRefusesIt();

private:
    QTemporaryDir m_files;
};

void DamagedDatabaseTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    ep::installTranslations(QLocale(QLocale::English));
    const QString demo = m_files.filePath(u"demo.sqlite"_qs);
    QCOMPARE(run({u"demo"_qs, u"--database"_qs, demo}).exitCode, 0);
    for (const ep::test::HandEdit &edit : ep::test::handEdits()) {
        const QString path = m_files.filePath(QLatin1String(edit.name) % u".sqlite");
        QVERIFY(QFile::copy(demo, path));
        QCOMPARE(ep::test::editByHand(path, edit.statements), QString());
    }
    QFile text(m_files.filePath(u"not a database.sqlite"_qs));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("Vorname;Nachname\r\nJürgen;Müller\r\n");
}

void DamagedDatabaseTest::everyCommandRefusesIt_data()
{
    QTest::addColumn<QString>("damaged");
    QTest::addColumn<QString>("cause");
    QTest::addColumn<QStringList>("arguments");

    // OUT stands for a file in an empty folder, CSV for a spreadsheet to import.
    const QList<std::pair<const char *, QStringList>> commands{
        {"events", {u"events"_qs}},
        {"events json", {u"events"_qs, u"--format"_qs, u"json"_qs}},
        {"events csv", {u"events"_qs, u"--format"_qs, u"csv"_qs}},
        {"agenda pdf", {u"export"_qs, u"agenda"_qs, u"1"_qs, u"--output"_qs, u"OUT.pdf"_qs}},
        {"agenda ics", {u"export"_qs, u"agenda"_qs, u"1"_qs, u"--output"_qs, u"OUT.ics"_qs}},
        {"bilingual agenda",
         {u"export"_qs, u"agenda"_qs, u"1"_qs, u"--second-language"_qs, u"pl"_qs, u"--output"_qs,
          u"OUT.pdf"_qs}},
        {"participants pdf",
         {u"export"_qs, u"participants"_qs, u"1"_qs, u"--output"_qs, u"OUT.pdf"_qs}},
        {"participants csv",
         {u"export"_qs, u"participants"_qs, u"1"_qs, u"--output"_qs, u"OUT.csv"_qs}},
        {"sign-in sheets",
         {u"export"_qs, u"participants"_qs, u"1"_qs, u"--sign-in-sheet"_qs, u"--output"_qs,
          u"OUT.pdf"_qs}},
        {"contacts csv", {u"export"_qs, u"contacts"_qs, u"--output"_qs, u"OUT.csv"_qs}},
        {"contacts vcf", {u"export"_qs, u"contacts"_qs, u"--output"_qs, u"OUT.vcf"_qs}},
        {"backup", {u"backup"_qs, u"--output"_qs, u"OUT.sqlite"_qs}},
        {"import dry run", {u"import"_qs, u"participants"_qs, u"1"_qs, u"CSV"_qs, u"--dry-run"_qs}},
        {"import participants", {u"import"_qs, u"participants"_qs, u"1"_qs, u"CSV"_qs}},
        {"import contacts", {u"import"_qs, u"contacts"_qs, u"CSV"_qs}},
        {"demo", {u"demo"_qs}},
    };
    QList<std::pair<QString, QString>> damages;
    for (const ep::test::HandEdit &edit : ep::test::handEdits())
        damages.append({QLatin1String(edit.name), edit.missing});
    damages.append({u"not a database"_qs, u"it is not a database file at all"_qs});
    for (const auto &[damaged, cause] : std::as_const(damages)) {
        for (const auto &[name, arguments] : commands) {
            QTest::addRow("%s: %s", qPrintable(damaged), name) << damaged << cause << arguments;
        }
    }
}

void DamagedDatabaseTest::everyCommandRefusesIt()
{
    QFETCH(QString, damaged);
    QFETCH(QString, cause);
    QFETCH(QStringList, arguments);
    QTemporaryDir dir;
    const QString database = dir.filePath(u"planner.sqlite"_qs);
    QVERIFY(QFile::copy(m_files.filePath(damaged % u".sqlite"), database));
    const QByteArray before = content(database);
    QTemporaryDir output;
    for (QString &argument : arguments) {
        if (argument.startsWith(u"OUT."))
            argument = output.filePath(argument);
        else if (argument == u"CSV")
            argument = importFixture(u"german-excel-utf8-bom.csv"_qs);
    }

    const Run result = run(arguments + QStringList{u"--database"_qs, database});
    QCOMPARE(result.exitCode, 3);
    // One sentence naming the file and what is wrong with it.
    QVERIFY2(result.err.contains(database) && result.err.contains(cause), qPrintable(result.err));
    QCOMPARE(result.err.count(u'\n'), 1);
    QVERIFY2(result.out.isEmpty(), qPrintable(result.out));
    QCOMPARE(QDir(output.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    QCOMPARE(content(database), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{u"planner.sqlite"_qs});
}

QTEST_MAIN(DamagedDatabaseTest)
#include "tst_clidamaged.moc"
