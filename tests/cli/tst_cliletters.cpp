// Invitation letters before the visit (issue 16, item 3): "export letters"
// writes a page per participant, in the language each reads, on the host
// organisation's letterhead. Each page's text (pdftotext) is checked
// against what the database holds, asked by SQL here; the logo by the
// images pdfimages finds.

#include "inprocess.h"
#include "storage/database.h"

#include <QBuffer>
#include <QDate>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using ep::test::demoDatabase;
using ep::test::exportTo;
using ep::test::readsIn;
using ep::test::rowsOf;
using ep::test::Run;
using ep::test::valueIn;

namespace {

// The people the letters of the demo's first visit go to, with what their
// page must name: "title|first|last|languages|employer|employer's street|arrival|hotel".
QStringList invitedPeople(const QString &path)
{
    return rowsOf(path, u"SELECT p.title, p.first_name, p.last_name, p.languages, "
                        u"COALESCE(o.name, ''), COALESCE(o.street, ''), COALESCE(t.arrival, ''), "
                        u"t.hotel FROM participations t JOIN people p ON p.id = t.person_id "
                        u"LEFT JOIN organisations o ON o.id = p.organisation_id "
                        u"WHERE t.event_id = 1 AND t.status IN "
                        u"('invited', 'registered', 'confirmed', 'attended')"_qs);
}

QStringList pagesOf(const QString &pdf)
{
    QStringList pages = ep::test::pdfText(pdf).split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

// The letter to `name`: the page naming them most often (their subject,
// text and facts; the contact and the signatory are named on every page),
// its lines joined as the words run, ligatures as their letters ("ﬁ" as
// "fi", as a PDF viewer's search finds them); empty when no page does.
QString pageOf(const QStringList &pages, const QString &name)
{
    QString found;
    qsizetype most = 0;
    for (const QString &page : pages) {
        const QString text = page.normalized(QString::NormalizationForm_KC).simplified();
        if (const qsizetype times = text.count(name); times > most) {
            most = times;
            found = text;
        }
    }
    return found;
}

// A logo for the host organisation, as the form stores the chosen file.
bool giveTheHostALogo(const QString &path)
{
    QImage logo(240, 80, QImage::Format_RGB32);
    logo.fill(QColor(0x1f, 0x5f, 0xa8));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    logo.save(&buffer, "PNG");
    ep::Database database;
    if (!database.open(path).ok())
        return false;
    QSqlQuery query(database.connection());
    query.prepare(u"UPDATE organisations SET logo = :logo WHERE id = "
                  u"(SELECT host_organisation_id FROM events WHERE id = 1)"_qs);
    query.bindValue(u":logo"_qs, png);
    return query.exec() && query.numRowsAffected() == 1;
}

QString writtenDate(const QDate &date, const QString &language)
{
    if (language == u"de")
        return QLocale(QLocale::German).toString(date, u"d. MMMM yyyy"_qs);
    if (language == u"pl")
        return QLocale(QLocale::Polish).toString(date, u"d MMMM yyyy"_qs);
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(date, u"d MMMM yyyy"_qs);
}

} // namespace

class LettersTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void employerLettersArePerParticipantOnTheHostsLetterhead();
    void visaLettersStateEachPersonsStay();
    void lettersRefuseWhatTheyCannotUse_data();
    void lettersRefuseWhatTheyCannotUse();
};

void LettersTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void LettersTest::employerLettersArePerParticipantOnTheHostsLetterhead()
{
    const QTemporaryDir dir;
    const QString path = demoDatabase(dir);
    QVERIFY(giveTheHostALogo(path));
    const QString pdf = dir.filePath(u"letters.pdf"_qs);
    const Run exported = exportTo({u"letters"_qs, u"1"_qs}, pdf, path);
    QCOMPARE(exported.exitCode, 0);

    const QStringList people = invitedPeople(path);
    const QStringList pages = pagesOf(pdf);
    QCOMPARE(pages.size(), people.size());
    const QStringList host = rowsOf(path, u"SELECT o.name, o.street, o.postal_code, o.city, "
                                          u"o.signatory_name, o.signatory_position FROM "
                                          u"organisations o JOIN events e ON "
                                          u"e.host_organisation_id = o.id WHERE e.id = 1"_qs)
                                 .value(0)
                                 .split(u'|');
    QCOMPARE(host.size(), 6);
    QVERIFY(!host[4].isEmpty()); // the demo's host names who signs
    const QHash<QString, QString> greeting{{u"de"_qs, u"Sehr geehrte Damen und Herren,"_qs},
                                           {u"pl"_qs, u"Szanowni Państwo,"_qs},
                                           {u"en"_qs, u"Dear Sir or Madam,"_qs}};
    QSet<QString> languages;
    for (const QString &row : people) {
        const QStringList person = row.split(u'|');
        const QString name = QStringList{person[0], person[1], person[2]}.join(u' ').trimmed();
        const QString page = pageOf(pages, name);
        QVERIFY2(!page.isEmpty(), qPrintable(name));
        const QString language = readsIn(person[3], u"en"_qs);
        languages.insert(language);
        QVERIFY2(page.contains(greeting[language]), qPrintable(language % u": "_qs % page));
        const QString title =
            valueIn(path, u"SELECT title_%1 FROM events WHERE id = 1"_qs.arg(language));
        QVERIFY2(page.contains(title.simplified()), qPrintable(title));
        // The letterhead and the signature.
        for (const QString &part : host)
            QVERIFY2(page.contains(part), qPrintable(part % u" missing: "_qs % page));
        // Addressed to the employer.
        QVERIFY2(page.contains(person[4]) && page.contains(person[5]), qPrintable(page));
        // Dated today in the letter's language, at the host's city.
        QVERIFY2(page.contains(host[3] % u", " % writtenDate(QDate::currentDate(), language)),
                 qPrintable(page));
        if (!person[6].isEmpty()) {
            const QDate arrival = QDateTime::fromString(person[6], Qt::ISODate).date();
            QVERIFY2(page.contains(writtenDate(arrival, language)), qPrintable(page));
        }
    }
    QVERIFY(languages.contains(u"de"_qs) && languages.contains(u"pl"_qs));
    // The host's logo on every page.
    QProcess pdfimages;
    pdfimages.start(u"pdfimages"_qs, {u"-list"_qs, pdf});
    QVERIFY(pdfimages.waitForFinished());
    const QStringList images = QString::fromUtf8(pdfimages.readAllStandardOutput())
                                   .split(u'\n', Qt::SkipEmptyParts)
                                   .mid(2); // the table's heading
    QSet<QString> pagesWithAnImage;
    for (const QString &image : images)
        pagesWithAnImage.insert(image.simplified().section(u' ', 0, 0));
    QCOMPARE(pagesWithAnImage.size(), pages.size());
}

void LettersTest::visaLettersStateEachPersonsStay()
{
    const QTemporaryDir dir;
    const QString path = demoDatabase(dir);
    QVERIFY(ep::test::changeIn(path, u"UPDATE participations SET hotel = 'Hotel Bredeney' "
                                     u"WHERE event_id = 1 AND id % 2 = 0"_qs));
    const QString pdf = dir.filePath(u"visa.pdf"_qs);
    QCOMPARE(exportTo({u"letters"_qs, u"1"_qs, u"--purpose"_qs, u"visa"_qs}, pdf, path).exitCode,
             0);
    const QStringList people = invitedPeople(path);
    const QStringList pages = pagesOf(pdf);
    QCOMPARE(pages.size(), people.size());
    const QString hostStreet =
        valueIn(path, u"SELECT o.street FROM organisations o JOIN events e ON "
                      u"e.host_organisation_id = o.id WHERE e.id = 1"_qs);
    const QHash<QString, QString> visa{
        {u"de"_qs, u"Visum"_qs}, {u"pl"_qs, u"wiz"_qs}, {u"en"_qs, u"visa"_qs}};
    for (const QString &row : people) {
        const QStringList person = row.split(u'|');
        const QString name = QStringList{person[0], person[1], person[2]}.join(u' ').trimmed();
        const QString page = pageOf(pages, name);
        QVERIFY2(!page.isEmpty(), qPrintable(name));
        const QString language = readsIn(person[3], u"en"_qs);
        QVERIFY2(page.contains(visa[language]), qPrintable(page));
        // Not addressed to the employer: the employer's street is nowhere
        // (but in the letterhead, where the employer is the host).
        if (!person[5].isEmpty() && person[5] != hostStreet)
            QVERIFY2(!page.contains(person[5]), qPrintable(page));
        // The stay from the arrival as recorded, else from the first day.
        const QDate from = person[6].isEmpty()
                               ? QDate(2019, 7, 8)
                               : QDateTime::fromString(person[6], Qt::ISODate).date();
        QVERIFY2(page.contains(writtenDate(from, language)), qPrintable(page));
        QCOMPARE(page.contains(u"Hotel Bredeney"_qs), person[7] == u"Hotel Bredeney");
    }
}

void LettersTest::lettersRefuseWhatTheyCannotUse_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("output");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown purpose")
        << QStringList{u"letters"_qs, u"1"_qs, u"--purpose"_qs, u"holiday"_qs} << u"letters.pdf"_qs
        << 1 << u"--purpose takes employer or visa."_qs;
    QTest::newRow("purpose elsewhere")
        << QStringList{u"agenda"_qs, u"1"_qs, u"--purpose"_qs, u"visa"_qs} << u"agenda.pdf"_qs << 1
        << u"--purpose applies to \"export letters\" only."_qs;
    QTest::newRow("unknown event") << QStringList{u"letters"_qs, u"99"_qs} << u"letters.pdf"_qs << 2
                                   << u"There is no event \"99\""_qs;
    QTest::newRow("not a PDF") << QStringList{u"letters"_qs, u"1"_qs} << u"letters.csv"_qs << 2
                               << u"letters are written as .pdf"_qs;
}

void LettersTest::lettersRefuseWhatTheyCannotUse()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, output);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QTemporaryDir dir;
    const QString path = demoDatabase(dir);
    const QString file = dir.filePath(output);
    const Run refused = exportTo(arguments, file, path);
    QCOMPARE(refused.exitCode, exitCode);
    QVERIFY2(refused.err.contains(message), qPrintable(refused.err));
    QCOMPARE(refused.err.count(u'\n'), 1);
    QVERIFY(!QFile::exists(file));
}

QTEST_MAIN(LettersTest)
#include "tst_cliletters.moc"
