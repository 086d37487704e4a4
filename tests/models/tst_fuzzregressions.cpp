#include "csvinput.h"

#include <QDir>
#include <QFile>
#include <QTest>

// Replays the fuzzer's findings (tests/data/fuzz) and its seeds (the import
// fixtures) through the same code the fuzz target runs: each must pass
// without a crash or a sanitizer report.
class FuzzRegressionsTest : public QObject
{
    Q_OBJECT

private slots:
    void replay_data();
    void replay();
};

void FuzzRegressionsTest::replay_data()
{
    QTest::addColumn<QString>("path");
    for (const char *folder : {"/fuzz", "/import"}) {
        const QDir dir(QStringLiteral(EXCHANGE_PLANNER_TEST_DATA) + QLatin1String(folder));
        const QStringList files = dir.entryList(QDir::Files);
        for (const QString &name : files) {
            if (name != u"README.md")
                QTest::newRow(qPrintable(name)) << dir.filePath(name);
        }
    }
}

void FuzzRegressionsTest::replay()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    ep::test::exerciseCsvInput(file.readAll());
}

QTEST_GUILESS_MAIN(FuzzRegressionsTest)
#include "tst_fuzzregressions.moc"
