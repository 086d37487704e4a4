// The evidence pack (issue 17, item 3): "export evidence EVENT --output
// FILE.zip" writes one ZIP archive of what a funder's audit asks for. The
// archive is read back with libzip, as any unzip tool would; its PDFs with
// pdftotext, its CSV files checked against what the database holds, asked
// by SQL here. A refusal writes nothing.

#include "clitest.h"
#include "csv/csvformat.h"
#include "inprocess.h"

#include <QBuffer>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

#include <zip.h>

using ep::test::changeIn;
using ep::test::demoDatabase;
using ep::test::exportTo;
using ep::test::rowsOf;
using ep::test::Run;

namespace {

constexpr char programme[] = "Interreg Central Europe";
constexpr char projectNumber[] = "CE0100123";

using Members = QList<std::pair<QString, QByteArray>>;

// The archive's members in order, name and contents, read with libzip;
// empty when it is no ZIP archive.
Members membersOf(const QString &path)
{
    Members members;
    int error = 0;
    zip_t *archive =
        zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!archive)
        return members;
    for (zip_int64_t index = 0; index < zip_get_num_entries(archive, 0); ++index) {
        zip_stat_t stat;
        zip_stat_index(archive, zip_uint64_t(index), 0, &stat);
        QByteArray contents(qsizetype(stat.size), '\0');
        zip_file_t *file = zip_fopen_index(archive, zip_uint64_t(index), 0);
        const zip_int64_t read = file ? zip_fread(file, contents.data(), stat.size) : -1;
        if (file)
            zip_fclose(file);
        if (read != zip_int64_t(stat.size))
            contents.clear();
        members.append({QString::fromUtf8(stat.name), contents});
    }
    zip_close(archive);
    return members;
}

QByteArray memberOf(const Members &members, const QString &name)
{
    for (const auto &[each, contents] : members) {
        if (each == name)
            return contents;
    }
    return {};
}

// The text of a PDF member, as pdftotext reads it.
QString pdfTextOf(const QByteArray &pdf, const QTemporaryDir &dir)
{
    QFile file(dir.filePath(u"member.pdf"_qs));
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {};
    file.close();
    return ep::test::pdfText(file.fileName());
}

QList<QStringList> csvRows(const QByteArray &csv)
{
    QByteArray bytes = csv;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return ep::CsvFormat::preview(&buffer, ep::CsvFormat{}, 100000);
}

// A demo database whose first study visit names its funding.
QString fundedDemo(const QTemporaryDir &dir)
{
    const QString path = demoDatabase(dir);
    if (!changeIn(path,
                  u"UPDATE events SET funding_programme = '%1', project_number = '%2'"
                  u" WHERE id = 1"_qs.arg(QLatin1String(programme), QLatin1String(projectNumber))))
        qFatal("the funding cannot be written");
    return path;
}

// The English pack of `event` in the database `path`, read back; empty
// when the export failed.
Members packOf(const QString &path, const QString &event, const QTemporaryDir &dir)
{
    const QString zip = dir.filePath(u"evidence.zip"_qs);
    const Run made = exportTo({u"evidence"_qs, event, u"--language"_qs, u"en"_qs}, zip, path);
    if (made.exitCode != 0) {
        qWarning("%s", qPrintable(made.err));
        return {};
    }
    return membersOf(zip);
}

// Who the sheets print, as SQL reads it: all but who cancelled or waits.
const QString onTheSheets =
    u"t.event_id = 1 AND t.status IN ('invited', 'registered', 'confirmed', 'attended', "
    u"'no_show')"_qs;

} // namespace

class EvidenceCommandTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void theArchiveHoldsEveryDocument();
    void theSummaryNamesTheFunding();
    void attendanceIsWhatTheSheetsSay();
    void countsAreTheDatabases();
    void anEventWithoutSheetsHasAnEmptyTable();
    void refusalsWriteNothing_data();
    void refusalsWriteNothing();
};

void EvidenceCommandTest::theArchiveHoldsEveryDocument()
{
    const QTemporaryDir dir;
    const QString path = fundedDemo(dir);
    const QString zip = dir.filePath(u"evidence.zip"_qs);
    const Run made = exportTo({u"evidence"_qs, u"1"_qs}, zip, path);
    QCOMPARE(made.err, QString());
    QCOMPARE(made.exitCode, 0);
    QVERIFY2(made.out.contains(u"Wrote "_qs % zip), qPrintable(made.out));
    const auto members = membersOf(zip);
    QStringList names;
    for (const auto &[name, contents] : members) {
        names.append(name);
        QVERIFY2(!contents.isEmpty(), qPrintable(name));
        if (name.endsWith(u".pdf"_qs))
            QVERIFY2(contents.startsWith("%PDF-"), qPrintable(name));
    }
    // The event is held in German and Polish ("de, pl"): an agenda in each.
    QCOMPARE(names,
             (QStringList{u"summary.pdf"_qs, u"agenda/agenda-de.pdf"_qs, u"agenda/agenda-pl.pdf"_qs,
                          u"sign-in-sheets.pdf"_qs, u"attendance.pdf"_qs, u"attendance.csv"_qs,
                          u"counts.csv"_qs, u"participants.pdf"_qs, u"participants.csv"_qs,
                          u"certificates.pdf"_qs}));
    const QTemporaryDir reading;
    QVERIFY(pdfTextOf(memberOf(members, u"agenda/agenda-pl.pdf"_qs), reading)
                .contains(u"Wizyta studyjna"_qs));
    QVERIFY(pdfTextOf(memberOf(members, u"agenda/agenda-de.pdf"_qs), reading)
                .contains(u"Studienreise"_qs));
    // The sheets as printed: a sheet per day, the walk-in among the names.
    const QString sheets = pdfTextOf(memberOf(members, u"sign-in-sheets.pdf"_qs), reading);
    QCOMPARE(sheets.count(u"Date: "_qs), 3);
    QVERIFY(sheets.contains(QLatin1String(projectNumber)));
    const QStringList walkIn = rowsOf(path, u"SELECT p.last_name FROM walk_ins w JOIN people p"
                                            u" ON p.id = w.person_id WHERE w.event_id = 1"_qs);
    QCOMPARE(walkIn.size(), 1);
    QVERIFY(sheets.contains(walkIn.first()));
    const QString attendance = pdfTextOf(memberOf(members, u"attendance.pdf"_qs), reading);
    QVERIFY(attendance.contains(walkIn.first()));
    QVERIFY(attendance.contains(u"walk-in"_qs));
    // A certificate per attendee, a page each.
    const QString certificates = pdfTextOf(memberOf(members, u"certificates.pdf"_qs), reading);
    QCOMPARE(certificates.count(u'\f'),
             rowsOf(path, u"SELECT id FROM participations WHERE event_id = 1"
                          u" AND status = 'attended'"_qs)
                 .size());
    // The participant list: everyone, the cancelled too, with a status.
    QCOMPARE(csvRows(memberOf(members, u"participants.csv"_qs)).size() - 1,
             rowsOf(path, u"SELECT id FROM participations WHERE event_id = 1"_qs).size());
}

void EvidenceCommandTest::theSummaryNamesTheFunding()
{
    const QTemporaryDir dir;
    const QString path = fundedDemo(dir);
    const QTemporaryDir reading;
    const QString summary =
        pdfTextOf(memberOf(packOf(path, u"1"_qs, dir), u"summary.pdf"_qs), reading);
    QCOMPARE(summary.count(u'\f'), 1); // one page
    const QString text = summary.simplified();
    QVERIFY2(text.contains(u"Funding programme "_qs % QLatin1String(programme)), qPrintable(text));
    QVERIFY2(text.contains(u"Project number "_qs % QLatin1String(projectNumber)), qPrintable(text));
    QVERIFY(text.contains(u"Study visit of the GZM delegation to the Ruhr metropolis"_qs));
    QVERIFY(text.contains(u"08/07/2019 – 10/07/2019"_qs));
    QVERIFY(text.contains(u"Regionalverband Ruhr"_qs));
    const int participants =
        rowsOf(path, u"SELECT t.id FROM participations t WHERE "_qs % onTheSheets).size();
    QVERIFY2(text.contains(u"Participants on the sign-in sheets %1"_qs.arg(participants)),
             qPrintable(text));
    QVERIFY(text.contains(u"Walk-ins 1"_qs));
    QVERIFY(text.contains(u"Days 3, sign-in sheets entered for 3"_qs));
    for (const QString &file : {u"agenda/agenda-pl.pdf"_qs, u"attendance.csv"_qs, u"counts.csv"_qs,
                                u"participants.csv"_qs})
        QVERIFY2(text.contains(file), qPrintable(file));
}

void EvidenceCommandTest::attendanceIsWhatTheSheetsSay()
{
    const QTemporaryDir dir;
    const QString path = fundedDemo(dir);
    const QList<QStringList> rows =
        csvRows(memberOf(packOf(path, u"1"_qs, dir), u"attendance.csv"_qs));
    QVERIFY(rows.size() > 1);
    const QStringList header = rows.first();
    QCOMPARE(header.mid(0, 7),
             (QStringList{u"No."_qs, u"First name"_qs, u"Last name"_qs, u"Organisation"_qs,
                          u"Role"_qs, u"Status"_qs, u"Walk-in"_qs}));
    QCOMPARE(header.mid(7), (QStringList{u"2019-07-08"_qs, u"2019-07-09"_qs, u"2019-07-10"_qs,
                                         u"Days attended"_qs, u"Hours attended"_qs}));
    QCOMPARE(rows.size() - 1,
             rowsOf(path, u"SELECT t.id FROM participations t WHERE "_qs % onTheSheets).size());
    for (int column = 7; column < 10; ++column) {
        int present = 0;
        for (const QStringList &row : rows.mid(1))
            present += row.value(column) == u"1";
        QCOMPARE(present, ep::test::rowsIn(path, u"SELECT count(*) FROM attendance WHERE"
                                                 u" event_id = 1 AND agenda_item_id = 0"
                                                 u" AND day = '%1'"_qs.arg(header[column])));
    }
    // Each row's days are the days it signed; the hours those days' programme.
    for (const QStringList &row : rows.mid(1)) {
        const int days = int(row.mid(7, 3).count(u"1"_qs));
        QCOMPARE(row.value(10).toInt(), days);
        QCOMPARE(row.value(11).toDouble() > 0, days > 0);
    }
}

void EvidenceCommandTest::countsAreTheDatabases()
{
    const QTemporaryDir dir;
    const QString path = fundedDemo(dir);
    const QList<QStringList> rows = csvRows(memberOf(packOf(path, u"1"_qs, dir), u"counts.csv"_qs));
    QCOMPARE(rows.value(0), (QStringList{u"Grouped by"_qs, u"Group"_qs, u"Participants"_qs,
                                         u"Attended"_qs, u"No-show"_qs}));
    const auto counted = [&rows](const QString &by) {
        QStringList lines;
        for (const QStringList &row : rows.mid(1)) {
            if (row.value(0) == by)
                lines.append(row.mid(1).join(u'|'));
        }
        lines.sort();
        return lines;
    };
    const auto fromDatabase = [&path](const QString &group) {
        QStringList lines = rowsOf(
            path, u"SELECT %1, count(*), sum(t.status = 'attended'), sum(t.status = 'no_show')"
                  u" FROM participations t JOIN people p ON p.id = t.person_id"
                  u" LEFT JOIN organisations o ON o.id = p.organisation_id WHERE %2"
                  u" GROUP BY 1"_qs.arg(group, onTheSheets));
        lines.sort();
        return lines;
    };
    QCOMPARE(counted(u"Country"_qs),
             fromDatabase(u"UPPER(COALESCE(NULLIF(p.country, ''), o.country))"_qs));
    QCOMPARE(counted(u"Organisation"_qs),
             fromDatabase(u"COALESCE(o.name, '(no organisation)')"_qs));
    // Roles by their English labels: "delegate" as "Delegate".
    QCOMPARE(counted(u"Role"_qs),
             fromDatabase(u"upper(substr(t.role, 1, 1)) || substr(t.role, 2)"_qs));
}

void EvidenceCommandTest::anEventWithoutSheetsHasAnEmptyTable()
{
    const QTemporaryDir dir;
    const QString path = demoDatabase(dir);
    // Before the visit: nobody has attended yet, so no certificate either.
    QVERIFY(changeIn(path, u"UPDATE participations SET status = 'confirmed' WHERE event_id = 2"
                           u" AND status = 'attended'"_qs));
    const Members members = packOf(path, u"2"_qs, dir);
    QVERIFY(!memberOf(members, u"summary.pdf"_qs).isEmpty());
    QVERIFY(memberOf(members, u"certificates.pdf"_qs).isEmpty());
    const QList<QStringList> rows = csvRows(memberOf(members, u"attendance.csv"_qs));
    QVERIFY(rows.size() > 1);
    for (const QStringList &row : rows.mid(1))
        QCOMPARE(row.mid(7, 3), (QStringList{QString(), QString(), QString()}));
    const QTemporaryDir reading;
    const QString summary = pdfTextOf(memberOf(members, u"summary.pdf"_qs), reading).simplified();
    QVERIFY(summary.contains(u"Funding programme not entered"_qs));
    QVERIFY(summary.contains(u"sign-in sheets entered for 0"_qs));
    QVERIFY(pdfTextOf(memberOf(members, u"attendance.pdf"_qs), reading)
                .contains(u"No signed sign-in sheet has been entered yet."_qs));
}

void EvidenceCommandTest::refusalsWriteNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("output"); // in the test's folder
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no such event") << QStringList{u"evidence"_qs, u"77"_qs} << u"pack.zip"_qs << 2
                                   << u"There is no event \"77\""_qs;
    QTest::newRow("not an event") << QStringList{u"evidence"_qs, u"first"_qs} << u"pack.zip"_qs << 2
                                  << u"There is no event \"first\""_qs;
    QTest::newRow("a folder that is a file")
        << QStringList{u"evidence"_qs, u"1"_qs} << u"demo.sqlite/pack.zip"_qs << 2
        << u"pack.zip cannot be written"_qs;
    QTest::newRow("not a ZIP") << QStringList{u"evidence"_qs, u"1"_qs} << u"pack.pdf"_qs << 1
                               << u"name a file ending .zip"_qs;
    QTest::newRow("no event") << QStringList{u"evidence"_qs} << u"pack.zip"_qs << 1
                              << u"The event is missing"_qs;
    QTest::newRow("an option of another export")
        << QStringList{u"evidence"_qs, u"1"_qs, u"--sign-in-sheet"_qs} << u"pack.zip"_qs << 1
        << u"--sign-in-sheet does not apply to \"export evidence\""_qs;
}

void EvidenceCommandTest::refusalsWriteNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, output);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QTemporaryDir dir;
    const QString path = demoDatabase(dir);
    const QStringList before = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    const Run refused = exportTo(arguments, dir.filePath(output), path);
    QCOMPARE(refused.exitCode, exitCode);
    QCOMPARE(refused.out, QString());
    QVERIFY2(refused.err.contains(message), qPrintable(refused.err));
    QCOMPARE(refused.err.count(u'\n'), 1); // one message
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);
}

QTEST_MAIN(EvidenceCommandTest)
#include "tst_clievidence.moc"
