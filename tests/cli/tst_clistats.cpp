// "stats" (issue 17, item 4) as a script reads it: the JSON and CSV of each
// grouping against the figures counted here by SQL, and one message with
// exit 1 for what it cannot use. (The figures on both engines:
// tst_statistics.)

#include "csv/csvreader.h"
#include "inprocess.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using ep::test::demoDatabase;
using ep::test::rowsIn;
using ep::test::run;
using ep::test::Run;

class StatsTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void jsonHoldsEachYearsFigures();
    void csvHoldsEachSitesVisits();
    void statsRefuseWhatTheyCannotUse_data();
    void statsRefuseWhatTheyCannotUse();
};

void StatsTest::jsonHoldsEachYearsFigures()
{
    const QTemporaryDir dir;
    const QString path = demoDatabase(dir);
    const Run stats = run({u"stats"_qs, u"--format"_qs, u"json"_qs, u"--from"_qs, u"2019-01-01"_qs,
                           u"--database"_qs, path});
    QCOMPARE(stats.exitCode, 0);
    const QJsonArray years = QJsonDocument::fromJson(stats.out.toUtf8()).array();
    QCOMPARE(years.size(), 2);
    for (const QJsonValue &year : years) {
        const QString key = year[u"key"_qs].toString();
        const QString within = u" FROM participations t JOIN events e ON e.id = t.event_id WHERE "
                               u"substr(e.start_date, 1, 4) = '%1' AND t.status "_qs.arg(key);
        QCOMPARE(year[u"events"_qs].toInt(),
                 rowsIn(path, u"SELECT count(*) FROM events WHERE substr(start_date, 1, 4) = "
                              u"'%1'"_qs.arg(key)));
        QCOMPARE(year[u"attended"_qs].toInt(),
                 rowsIn(path, u"SELECT count(*)"_qs % within % u"= 'attended'"_qs));
        const int attended = year[u"attended"_qs].toInt();
        const int noShow = rowsIn(path, u"SELECT count(*)"_qs % within % u"= 'no_show'"_qs);
        QCOMPARE(year[u"no_show"_qs].toInt(), noShow);
        QCOMPARE(year[u"attendance_rate"_qs].toDouble(), 100.0 * attended / (attended + noShow));
    }
}

void StatsTest::csvHoldsEachSitesVisits()
{
    const QTemporaryDir dir;
    const QString path = demoDatabase(dir);
    const Run stats = run({u"stats"_qs, u"--by"_qs, u"site"_qs, u"--format"_qs, u"csv"_qs,
                           u"--language"_qs, u"de"_qs, u"--database"_qs, path});
    QCOMPARE(stats.exitCode, 0);
    QByteArray bytes = stats.out.toUtf8();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QList<QStringList> rows;
    ep::CsvReader(',').read(&buffer, [&rows](const ep::CsvReader::Record &record) {
        QStringList cells;
        for (const QByteArray &field : record.fields())
            cells.append(QString::fromUtf8(field));
        rows.append(cells);
        return true;
    });
    QCOMPARE(rows.value(0), (QStringList{u"key"_qs, u"visits"_qs, u"events"_qs}));
    QCOMPARE(rows.size() - 1, rowsIn(path, u"SELECT count(DISTINCT site_id) FROM agenda_items "
                                           u"WHERE kind = 'site_visit'"_qs));
    for (const QStringList &row : rows.mid(1)) {
        QCOMPARE(row.value(1).toInt(),
                 rowsIn(path, u"SELECT count(*) FROM agenda_items a JOIN sites s ON s.id = "
                              u"a.site_id WHERE a.kind = 'site_visit' AND s.name_de = '%1'"_qs.arg(
                                  row.value(0))));
    }
}

void StatsTest::statsRefuseWhatTheyCannotUse_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown grouping")
        << QStringList{u"--by"_qs, u"month"_qs} << u"--by takes year, kind, country"_qs;
    QTest::newRow("no date") << QStringList{u"--from"_qs, u"2020-13-01"_qs}
                             << u"--from of \"stats\" takes a date"_qs;
    QTest::newRow("an argument") << QStringList{u"2020"_qs} << u"takes no argument \"2020\""_qs;
}

void StatsTest::statsRefuseWhatTheyCannotUse()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QTemporaryDir dir;
    const QString path = demoDatabase(dir);
    const Run refused =
        run(QStringList{u"stats"_qs} + arguments + QStringList{u"--database"_qs, path});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(message), qPrintable(refused.err));
    QCOMPARE(refused.out, QString());
}

QTEST_MAIN(StatsTest)
#include "tst_clistats.moc"
