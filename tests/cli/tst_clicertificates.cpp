// Certificates of attendance (issue 17, item 2) as the office hands them
// out and confirms them: a page per attendee naming the days on their
// signed sheets, the places visited and the hours of programme; a folder of
// one PDF each with --split; the number printed on each found again by
// "certificate NUMBER", a mistyped one refused.

#include "clitest.h"
#include "inprocess.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using ep::test::demoDatabase;
using ep::test::exportTo;
using ep::test::pdfText;
using ep::test::rowsIn;
using ep::test::rowsOf;
using ep::test::run;
using ep::test::Run;

namespace {

// The demo's first study visit: 8 to 10 July 2019, its sheets entered; Dr.
// Ute Höfer walked in on the second day.
constexpr int firstVisit = 1;

// The hours of programme of event 1 on `days` (not meals, breaks or
// travel), overlapping items counted once, read from the database.
double programmeHours(const QString &path, const QStringList &days)
{
    double hours = 0;
    for (const QString &day : days) {
        QList<std::pair<int, int>> spans;
        for (const QString &row :
             rowsOf(path, u"SELECT start_time, end_time FROM agenda_items WHERE event_id = 1"
                          u" AND day = '%1' AND kind NOT IN ('meal', 'break', 'travel')"
                          u" ORDER BY start_time"_qs.arg(day))) {
            const QStringList times = row.split(u'|');
            const auto minutes = [](const QString &time) {
                return time.left(2).toInt() * 60 + time.mid(3, 2).toInt();
            };
            spans.append({minutes(times[0]), minutes(times[1])});
        }
        int until = 0;
        for (const auto &[start, end] : spans) {
            hours += std::max(0, end - std::max(start, until)) / 60.0;
            until = std::max(until, end);
        }
    }
    return hours;
}

} // namespace

class CertificatesTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void aPageForEachAttendeeWithTheirDays();
    void splitWritesAPdfPerPersonInEveryLanguage();
    void theNumberIsFoundAgain();
};

void CertificatesTest::aPageForEachAttendeeWithTheirDays()
{
    const QTemporaryDir dir;
    const QString path = demoDatabase(dir);
    const QString pdf = dir.filePath(u"certificates.pdf"_qs);
    const Run written = exportTo(
        {u"certificates"_qs, QString::number(firstVisit), u"--language"_qs, u"en"_qs}, pdf, path);
    QCOMPARE(written.exitCode, 0);
    const QStringList pages = pdfText(pdf).split(u'\f', Qt::SkipEmptyParts);
    const int attended = rowsIn(path, u"SELECT count(*) FROM participations WHERE event_id = 1"
                                      u" AND status = 'attended'"_qs);
    QCOMPARE(pages.size(), attended);
    // The walk-in's page, in German as she reads it: the two days she
    // signed, the places of those days, the hours of their programme.
    const auto hers = std::find_if(pages.cbegin(), pages.cend(), [](const QString &page) {
        return page.contains(u"Ute Höfer"_qs);
    });
    QVERIFY(hers != pages.cend());
    const QString page = QString(*hers).simplified();
    QVERIFY2(page.contains(u"Teilnahmebescheinigung"_qs), qPrintable(page));
    QVERIFY2(page.contains(u"9. Juli 2019, 10. Juli 2019 (2 von 3 Tagen)"_qs), qPrintable(page));
    QVERIFY(!page.contains(u"8. Juli 2019,"_qs));
    QVERIFY(page.contains(u"Gleispark Frintrop"_qs)); // a visit of 9 July
    QVERIFY(!page.contains(u"MARK 51°7"_qs));         // a visit of 8 July
    const double hours = programmeHours(path, {u"2019-07-09"_qs, u"2019-07-10"_qs});
    const QLocale german(QLocale::German);
    QVERIFY2(page.contains(u"%1 Stunden"_qs.arg(german.toString(hours, 'f', 1))) ||
                 page.contains(u"%1 Stunden"_qs.arg(german.toString(hours, 'f', 0))),
             qPrintable(page));
    QVERIFY(page.contains(u"Regionalverband Ruhr"_qs)); // the host's letterhead
    // Those who stayed away get none.
    const QString away = rowsOf(path, u"SELECT p.last_name FROM participations t JOIN people p"
                                      u" ON p.id = t.person_id WHERE t.event_id = 1"
                                      u" AND t.status = 'no_show'"_qs)
                             .value(0);
    QVERIFY(!away.isEmpty());
    QVERIFY(!pdfText(pdf).contains(away));
}

void CertificatesTest::splitWritesAPdfPerPersonInEveryLanguage()
{
    const QTemporaryDir dir;
    const QString path = demoDatabase(dir);
    const QString folder = dir.filePath(u"Zertifikate"_qs);
    const Run written =
        run({u"export"_qs, u"certificates"_qs, QString::number(firstVisit), u"--split"_qs,
             u"--all-languages"_qs, u"--output"_qs, folder, u"--database"_qs, path});
    QCOMPARE(written.err, QString());
    QCOMPARE(written.exitCode, 0);
    const QStringList files = QDir(folder).entryList({u"*.pdf"_qs}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), rowsIn(path, u"SELECT count(*) FROM participations WHERE event_id = 1"
                                        u" AND status = 'attended'"_qs));
    static const QRegularExpression named(u"^2019-001-\\d{4}-[0-9X] .+\\.pdf$"_qs);
    for (const QString &file : files)
        QVERIFY2(named.match(file).hasMatch(), qPrintable(file));
    // Each person's file: a page in German, one in Polish, one in English.
    // pdftotext gives the "fi" of the font's ligature as one letter.
    const QString text = pdfText(QDir(folder).filePath(files.first())).replace(u"ﬁ"_qs, u"fi"_qs);
    QCOMPARE(text.split(u'\f', Qt::SkipEmptyParts).size(), 3);
    QVERIFY(text.contains(u"Teilnahmebescheinigung"_qs));
    QVERIFY(text.contains(u"Zaświadczenie o uczestnictwie"_qs));
    QVERIFY(text.contains(u"Certificate of attendance"_qs));
    // Into a folder that holds something already: refused, nothing written.
    const Run again = run({u"export"_qs, u"certificates"_qs, QString::number(firstVisit),
                           u"--split"_qs, u"--output"_qs, folder, u"--database"_qs, path});
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains(u"not empty"_qs), qPrintable(again.err));
    QCOMPARE(QDir(folder).entryList(QDir::Files).size(), files.size());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{u"Zertifikate"_qs});
}

void CertificatesTest::theNumberIsFoundAgain()
{
    const QTemporaryDir dir;
    const QString path = demoDatabase(dir);
    const QString pdf = dir.filePath(u"certificates.pdf"_qs);
    QCOMPARE(exportTo({u"certificates"_qs, QString::number(firstVisit)}, pdf, path).exitCode, 0);
    static const QRegularExpression numbered(u"\\b(\\d{4}-\\d{3}-\\d{4}-[0-9X])\\b"_qs);
    const QString number = numbered.match(pdfText(pdf)).captured(1);
    QVERIFY(!number.isEmpty());
    const Run found =
        run({u"certificate"_qs, number, u"--language"_qs, u"en"_qs, u"--database"_qs, path});
    QCOMPARE(found.exitCode, 0);
    QVERIFY2(found.out.startsWith(u"Certificate %1: "_qs.arg(number)), qPrintable(found.out));
    QVERIFY(found.out.contains(u"Study visit of the GZM delegation"_qs));
    // One digit wrong: the check digit tells.
    QString mistyped = number;
    mistyped[5] = mistyped[5] == u'0' ? u'1' : u'0';
    const Run refused = run({u"certificate"_qs, mistyped, u"--database"_qs, path});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(u"is no certificate number"_qs), qPrintable(refused.err));
}

QTEST_MAIN(CertificatesTest)
#include "tst_clicertificates.moc"
