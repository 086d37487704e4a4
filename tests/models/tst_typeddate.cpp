// Dates typed the way each language writes them (issue 13: "10.06.2027"
// into First day gave 10.12.0000), and dates as the database stores them.

#include "domain/typeddate.h"
#include "storage/sql.h"

#include <QTest>

using namespace ep;

class TypedDateTest : public QObject
{
    Q_OBJECT

private slots:
    void readsWhatEachLanguageWrites_data();
    void readsWhatEachLanguageWrites();
    void refusesWhatIsNoDate_data();
    void refusesWhatIsNoDate();
    void storedDatesReadAndWriteAsQtsIsoForm_data();
    void storedDatesReadAndWriteAsQtsIsoForm();
};

namespace {

const QDate reference(2026, 12, 2);

QLocale locale(const QString &name)
{
    return QLocale(name);
}

} // namespace

void TypedDateTest::readsWhatEachLanguageWrites_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QDate>("date");
    const QDate june10(2027, 6, 10);
    QTest::newRow("German") << u"de_DE"_qs << u"10.06.2027"_qs << june10;
    QTest::newRow("German, no zeros") << u"de_DE"_qs << u"10.6.2027"_qs << june10;
    QTest::newRow("German, short year") << u"de_DE"_qs << u"10.06.27"_qs << june10;
    QTest::newRow("German, digits") << u"de_DE"_qs << u"10062027"_qs << june10;
    QTest::newRow("German, six digits") << u"de_DE"_qs << u"100627"_qs << june10;
    QTest::newRow("German, ISO") << u"de_DE"_qs << u"2027-06-10"_qs << june10;
    QTest::newRow("German, spaces around") << u"de_DE"_qs << u" 10.06.2027 "_qs << june10;
    QTest::newRow("German, day and month") << u"de_DE"_qs << u"10.06."_qs << QDate(2026, 6, 10);
    QTest::newRow("German, long") << u"de_DE"_qs << u"Donnerstag, 10. Juni 2027"_qs << june10;
    QTest::newRow("German, with its weekday")
        << u"de_DE"_qs << u"Donnerstag, 10.06.2027"_qs << june10;
    QTest::newRow("Polish") << u"pl_PL"_qs << u"10.06.2027"_qs << june10;
    QTest::newRow("Polish, short year") << u"pl_PL"_qs << u"10.06.27"_qs << june10;
    QTest::newRow("Polish, ISO") << u"pl_PL"_qs << u"2027-06-10"_qs << june10;
    QTest::newRow("British") << u"en_GB"_qs << u"10/06/2027"_qs << june10;
    QTest::newRow("British, short year") << u"en_GB"_qs << u"10/06/27"_qs << june10;
    QTest::newRow("British, dashes") << u"en_GB"_qs << u"10-06-2027"_qs << june10;
    QTest::newRow("British, ISO") << u"en_GB"_qs << u"2027-06-10"_qs << june10;
    QTest::newRow("American") << u"en_US"_qs << u"06/10/2027"_qs << june10;
    QTest::newRow("American, month and day") << u"en_US"_qs << u"6/10"_qs << QDate(2026, 6, 10);
    QTest::newRow("a short year of the last century")
        << u"de_DE"_qs << u"1.1.80"_qs << QDate(1980, 1, 1);
    QTest::newRow("29 February of a leap year")
        << u"de_DE"_qs << u"29.02.2028"_qs << QDate(2028, 2, 29);
}

void TypedDateTest::readsWhatEachLanguageWrites()
{
    QFETCH(QString, locale);
    QFETCH(QString, typed);
    QFETCH(QDate, date);
    QCOMPARE(parseTypedDate(typed, ::locale(locale), reference), std::optional(date));
}

void TypedDateTest::refusesWhatIsNoDate_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("typed");
    QTest::newRow("empty") << u"de_DE"_qs << QString();
    QTest::newRow("31 February") << u"de_DE"_qs << u"31.02.2027"_qs;
    QTest::newRow("29 February of another year") << u"de_DE"_qs << u"29.02.2027"_qs;
    QTest::newRow("month 13") << u"de_DE"_qs << u"10.13.2027"_qs;
    QTest::newRow("British month 13") << u"en_GB"_qs << u"10/13/2027"_qs;
    QTest::newRow("American month 13") << u"en_US"_qs << u"13/10/2027"_qs;
    QTest::newRow("three-digit year") << u"de_DE"_qs << u"10.06.202"_qs;
    QTest::newRow("seven digits") << u"de_DE"_qs << u"1006202"_qs;
    QTest::newRow("a word") << u"de_DE"_qs << u"morgen"_qs;
    QTest::newRow("a day alone") << u"de_DE"_qs << u"10"_qs;
    QTest::newRow("ISO day 32") << u"de_DE"_qs << u"2027-06-32"_qs;
}

void TypedDateTest::refusesWhatIsNoDate()
{
    QFETCH(QString, locale);
    QFETCH(QString, typed);
    QCOMPARE(parseTypedDate(typed, ::locale(locale), reference), std::nullopt);
}

void TypedDateTest::storedDatesReadAndWriteAsQtsIsoForm_data()
{
    QTest::addColumn<QString>("stored");
    for (const char *text : {"2019-07-08", "0001-01-01", "0999-12-31", "9999-12-31", "2024-02-29",
                             "2023-02-29", "2019-13-01", "2019-00-10", "2019-7-8", "2019/07/08",
                             "20190708", "2019-07-08T10:00", "", "abcd-ef-gh", "+019-07-08"})
        QTest::newRow(text) << QString::fromLatin1(text);
    // Digits of another script are no stored date.
    QTest::newRow("Arabic-Indic digits") << u"٢٠١٩-٠٧-٠٨"_qs;
}

void TypedDateTest::storedDatesReadAndWriteAsQtsIsoForm()
{
    // sql::dateFrom and dateText read and write digit by digit what Qt's
    // ISO form reads and writes.
    QFETCH(QString, stored);
    const QDate expected = QDate::fromString(stored, Qt::ISODate);
    QCOMPARE(sql::dateFrom(stored), expected);
    QCOMPARE(sql::dateText(expected),
             expected.isValid() ? expected.toString(Qt::ISODate) : QString());
    QCOMPARE(sql::dateOrNull(expected).isNull(), !expected.isValid());
}

QTEST_GUILESS_MAIN(TypedDateTest)
#include "tst_typeddate.moc"
