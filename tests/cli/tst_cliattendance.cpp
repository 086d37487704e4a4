// "attendance" (issue 17, item 1) as an officer uses it with the printed
// sheets in hand: the rows' numbers are those of the sign-in sheet the
// program printed; a spreadsheet typed off a sheet adds its walk-ins, who
// then print after the registered; what cannot be entered is refused with
// one message and the database unchanged. (The storage on both engines:
// tst_attendance.)

#include "clitest.h"
#include "inprocess.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using ep::test::content;
using ep::test::demoDatabase;
using ep::test::exportTo;
using ep::test::rowsIn;
using ep::test::rowsOf;
using ep::test::run;
using ep::test::Run;

namespace {

// The numbered names of each sheet of a sign-in sheet PDF, a sheet per day:
// number → name (empty for a blank row).
QList<QMap<int, QString>> printedSheets(const QString &pdf)
{
    QProcess process;
    process.start(u"pdftotext"_qs, {u"-layout"_qs, pdf, u"-"_qs});
    process.waitForFinished(60000);
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    static const QRegularExpression row(u"^\\s*(\\d+)(?:\\s{2,}(\\S.*?))?(?:\\s{2,}|$)"_qs);
    QList<QMap<int, QString>> sheets;
    for (const QString &line : text.split(u'\n')) {
        if (line.trimmed().startsWith(u"Date: "_qs)) {
            sheets.append(QMap<int, QString>());
            continue;
        }
        const QRegularExpressionMatch match = row.match(line);
        if (match.hasMatch() && !sheets.isEmpty())
            sheets.last().insert(match.captured(1).toInt(), match.captured(2).trimmed());
    }
    return sheets;
}

// The named rows of a sheet.
QMap<int, QString> named(QMap<int, QString> sheet)
{
    sheet.removeIf([](const auto &row) { return row.value().isEmpty(); });
    return sheet;
}

// The names of the people present on the event's sheet of `day` (the day's: item 0).
QStringList presentOn(const QString &path, const QString &day, int item = 0)
{
    return rowsOf(path,
                  u"SELECT p.first_name || ' ' || p.last_name FROM attendance a"
                  u" JOIN people p ON p.id = a.person_id WHERE a.event_id = 2"
                  u" AND a.day = '%1' AND a.agenda_item_id = %2 ORDER BY p.last_name"_qs.arg(day)
                      .arg(item));
}

QString written(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("%s cannot be written", qPrintable(file.fileName()));
    return file.fileName();
}

} // namespace

class AttendanceCommandTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void theRowsAreNumberedAsPrinted();
    void aTypedSheetAddsItsWalkIns();
    void aSiteVisitHasASheetOfItsOwn();
    void whatCannotBeEnteredChangesNothing_data();
    void whatCannotBeEnteredChangesNothing();
};

void AttendanceCommandTest::theRowsAreNumberedAsPrinted()
{
    const QTemporaryDir dir;
    const QString path = demoDatabase(dir);
    const QString pdf = dir.filePath(u"sheets.pdf"_qs);
    QCOMPARE(exportTo({u"participants"_qs, u"2"_qs, u"--sign-in-sheet"_qs}, pdf, path).exitCode, 0);
    const QList<QMap<int, QString>> sheets = printedSheets(pdf);
    QCOMPARE(sheets.size(), 3); // three days
    const QMap<int, QString> printed = named(sheets.first());
    QCOMPARE(sheets.first().size(), printed.size() + 10); // ten blank rows

    const Run entered = run({u"attendance"_qs, u"2"_qs, u"--day"_qs, u"2019-08-26"_qs,
                             u"--present"_qs, u"2,4-5"_qs, u"--database"_qs, path});
    QCOMPARE(entered.err, QString());
    QCOMPARE(entered.exitCode, 0);
    QVERIFY2(entered.out.contains(u"3 of %1 present"_qs.arg(printed.size())),
             qPrintable(entered.out));
    const QStringList present = presentOn(path, u"2019-08-26"_qs);
    QCOMPARE(present.size(), 3);
    for (int number : {2, 4, 5}) {
        const QString name = printed.value(number);
        QVERIFY2(std::any_of(present.cbegin(), present.cend(),
                             [&name](const QString &each) { return name.endsWith(each); }),
                 qPrintable(name % u" not in " % present.join(u", ")));
    }
    // Statuses follow: those on the sheet who did not sign stayed away.
    QCOMPARE(rowsIn(path, u"SELECT count(*) FROM participations WHERE event_id = 2"
                          u" AND status = 'attended'"_qs),
             3);
    QCOMPARE(rowsIn(path, u"SELECT count(*) FROM participations WHERE event_id = 2"
                          u" AND status = 'no_show'"_qs),
             printed.size() - 3);
    // Entering the sheet again replaces the entry, and the sheet printed
    // afterwards still numbers everyone as before.
    QCOMPARE(run({u"attendance"_qs, u"2"_qs, u"--day"_qs, u"2019-08-26"_qs, u"--present"_qs,
                  u"1-3"_qs, u"--database"_qs, path})
                 .exitCode,
             0);
    QCOMPARE(presentOn(path, u"2019-08-26"_qs).size(), 3);
    QCOMPARE(exportTo({u"participants"_qs, u"2"_qs, u"--sign-in-sheet"_qs}, pdf, path).exitCode, 0);
    QCOMPARE(printedSheets(pdf), sheets);
}

void AttendanceCommandTest::aTypedSheetAddsItsWalkIns()
{
    const QTemporaryDir dir;
    const QString path = demoDatabase(dir);
    const QString pdf = dir.filePath(u"sheets.pdf"_qs);
    QCOMPARE(exportTo({u"participants"_qs, u"2"_qs, u"--sign-in-sheet"_qs}, pdf, path).exitCode, 0);
    const int registered = int(named(printedSheets(pdf).value(1)).size()); // the second day's
    // As German Excel saves it: semicolons, windows-1252, a blank row with a walk-in.
    const QString sheet = written(dir, u"tag2.csv"_qs,
                                  u"Nr.;Anwesend;Vorname;Nachname;E-Mail\r\n"
                                  u"1;x;;;\r\n2;;;;\r\n3;ja;;;\r\n"
                                  u"%1;x;Jörg;Ääli;j.aeaeli@example.org\r\n"_qs.arg(registered + 2)
                                      .toLatin1());
    const Run entered = run({u"attendance"_qs, u"2"_qs, u"--day"_qs, u"2019-08-27"_qs, u"--from"_qs,
                             sheet, u"--database"_qs, path});
    QCOMPARE(entered.err, QString());
    QCOMPARE(entered.exitCode, 0);
    QCOMPARE(presentOn(path, u"2019-08-27"_qs).size(), 3);
    QVERIFY(presentOn(path, u"2019-08-27"_qs).contains(u"Jörg Ääli"_qs));
    QCOMPARE(rowsIn(path, u"SELECT count(*) FROM participations t JOIN people p ON p.id ="
                          u" t.person_id WHERE t.event_id = 2 AND p.last_name = 'Ääli'"
                          u" AND t.status = 'attended'"_qs),
             1);
    // The third day's sheet prints the walk-in after the registered,
    // although the name sorts first.
    QCOMPARE(exportTo({u"participants"_qs, u"2"_qs, u"--sign-in-sheet"_qs}, pdf, path).exitCode, 0);
    const QMap<int, QString> third = named(printedSheets(pdf).value(2));
    QCOMPARE(third.last(), u"Jörg Ääli"_qs);
    QCOMPARE(third.lastKey(), registered + 1);
}

void AttendanceCommandTest::aSiteVisitHasASheetOfItsOwn()
{
    const QTemporaryDir dir;
    const QString path = demoDatabase(dir);
    const int visit = rowsIn(path, u"SELECT id FROM agenda_items WHERE event_id = 2 AND"
                                   u" day = '2019-08-26' AND start_time = '11:15'"_qs);
    QVERIFY(visit > 0);
    const Run entered =
        run({u"attendance"_qs, u"2"_qs, u"--day"_qs, u"2019-08-26"_qs, u"--visit"_qs, u"11:15"_qs,
             u"--present"_qs, u"1"_qs, u"--database"_qs, path});
    QCOMPARE(entered.exitCode, 0);
    QCOMPARE(presentOn(path, u"2019-08-26"_qs, visit).size(), 1);
    QCOMPARE(presentOn(path, u"2019-08-26"_qs).size(), 0);
}

void AttendanceCommandTest::whatCannotBeEnteredChangesNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QStringList day{u"2"_qs, u"--day"_qs, u"2019-08-26"_qs};
    QTest::newRow("a blank row without a name")
        << day + QStringList{u"--present"_qs, u"1,99"_qs} << 2 << u"Row 99 is a blank row"_qs;
    QTest::newRow("a range backwards")
        << day + QStringList{u"--present"_qs, u"5-2"_qs} << 2 << u"\"5-2\" is none"_qs;
    QTest::newRow("not a number") << day + QStringList{u"--present"_qs, u"1,zwei"_qs} << 2
                                  << u"\"zwei\" is none"_qs;
    QTest::newRow("a day outside the event")
        << QStringList{u"2"_qs, u"--day"_qs, u"2019-08-30"_qs, u"--present"_qs, u"1"_qs} << 2
        << u"2019-08-30 is none of its days"_qs;
    QTest::newRow("no such visit")
        << day + QStringList{u"--visit"_qs, u"09:00"_qs, u"--present"_qs, u"1"_qs} << 2
        << u"the visits start at 11:15"_qs;
    QTest::newRow("no such event")
        << QStringList{u"77"_qs, u"--day"_qs, u"2019-08-26"_qs, u"--present"_qs, u"1"_qs} << 2
        << u"There is no event \"77\""_qs;
    QTest::newRow("no day") << QStringList{u"2"_qs, u"--present"_qs, u"1"_qs} << 1
                            << u"--day DATE is missing"_qs;
    QTest::newRow("both ways at once")
        << day + QStringList{u"--present"_qs, u"1"_qs, u"--from"_qs, u"x.csv"_qs} << 1
        << u"Give either --present ROWS or --from FILE.csv"_qs;
    QTest::newRow("a file without numbers")
        << day + QStringList{u"--from"_qs, u"names.csv"_qs} << 2 << u"no column \"No.\""_qs;
}

void AttendanceCommandTest::whatCannotBeEnteredChangesNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QTemporaryDir dir;
    const QString path = demoDatabase(dir);
    written(dir, u"names.csv"_qs, "Name;Anwesend\nAnna Nowak;x\n");
    arguments.replaceInStrings(u"names.csv"_qs, dir.filePath(u"names.csv"_qs));
    const QByteArray before = content(path);
    const Run refused =
        run(QStringList{u"attendance"_qs} + arguments + QStringList{u"--database"_qs, path});
    QCOMPARE(refused.exitCode, exitCode);
    QVERIFY2(refused.err.contains(message), qPrintable(refused.err));
    QCOMPARE(refused.err.count(u'\n'), 1);
    QCOMPARE(refused.out, QString());
    QCOMPARE(content(path), before);
}

QTEST_MAIN(AttendanceCommandTest)
#include "tst_cliattendance.moc"
