// The evidence pack from the window (issue 17, item 3): Documents ›
// Evidence Pack… asks where to save the event's ZIP archive, writes it and
// says what it holds; its CSV files are in the form the window's language
// opens in a spreadsheet. (What the archive holds: tst_clievidence.)

#include "databasefiles.h"
#include "dialogs.h"
#include "domain/catalogues.h"
#include "shownwindow.h"
#include "window/areapage.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

using namespace ep;
using ep::test::showWindow;

namespace {

constexpr int firstVisit = 1; // the demo's study visit of 8 to 10 July 2019

// The names in the archive and the first bytes of `member`, read with libzip.
QStringList namesIn(const QString &path, const char *member, QByteArray *start)
{
    QStringList names;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, nullptr);
    if (!archive)
        return names;
    for (zip_int64_t index = 0; index < zip_get_num_entries(archive, 0); ++index)
        names.append(QString::fromUtf8(zip_get_name(archive, zip_uint64_t(index), 0)));
    if (zip_file_t *file = zip_fopen(archive, member, 0)) {
        start->resize(40);
        start->resize(qsizetype(std::max<zip_int64_t>(0, zip_fread(file, start->data(), 40))));
        zip_fclose(file);
    }
    zip_close(archive);
    return names;
}

// Saves through the file dialog as `path`, then reads what the message box
// that follows says and closes it.
void saveAs(const QString &path, QString *said)
{
    test::whenDialogOpens([path, said](QWidget *dialog) {
        auto *files = qobject_cast<QFileDialog *>(dialog);
        auto *name = files ? files->findChild<QLineEdit *>(u"fileNameEdit"_qs) : nullptr;
        if (!name) {
            dialog->close();
            return;
        }
        name->setText(path);
        test::whenDialogOpens([said](QWidget *box) {
            if (auto *written = qobject_cast<QMessageBox *>(box))
                *said = written->objectName() % u": "_qs % written->text() % u'\n' %
                        written->informativeText();
            box->close();
        });
        QMetaObject::invokeMethod(files, "accept");
    });
}

} // namespace

class EvidenceWindowTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { installTranslations(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void thePackIsSavedWhereAskedAndNamed_data();
    void thePackIsSavedWhereAskedAndNamed();
};

void EvidenceWindowTest::thePackIsSavedWhereAskedAndNamed_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QByteArray>("csvStart"); // of attendance.csv
    QTest::newRow("English: RFC 4180")
        << QLocale(QLocale::English, QLocale::UnitedKingdom) << QByteArray("No.,");
    QTest::newRow("German: as German Excel opens it")
        << QLocale(QLocale::German, QLocale::Germany) << QByteArray("\xef\xbb\xbf");
    QTest::newRow("Polish: as Polish Excel opens it")
        << QLocale(QLocale::Polish, QLocale::Poland) << QByteArray("\xef\xbb\xbf");
}

void EvidenceWindowTest::thePackIsSavedWhereAskedAndNamed()
{
    QFETCH(QLocale, locale);
    QFETCH(QByteArray, csvStart);
    installTranslations(locale);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"partnership.sqlite"_qs);
    test::writeDemo(path);
    const auto window = showWindow(path);
    QAction *evidence = window->findChild<QAction *>(u"evidencePackAction"_qs);
    QVERIFY(evidence);
    window->showArea(Area::Events);
    window->currentPage()->showRecord(firstVisit);
    QVERIFY(evidence->isEnabled());

    // Saved without an ending: the archive gets ".zip".
    const QString zip = dir.filePath(u"dowody"_qs);
    QString said;
    saveAs(zip, &said);
    evidence->trigger();
    QTRY_VERIFY(!said.isEmpty());
    QVERIFY2(said.startsWith(u"evidencePackWritten: "_qs), qPrintable(said));
    QVERIFY2(said.contains(QDir::toNativeSeparators(zip % u".zip"_qs)), qPrintable(said));
    QByteArray start;
    const QStringList names = namesIn(zip % u".zip"_qs, "attendance.csv", &start);
    QCOMPARE(names.size(), said.count(u'•'));
    for (const QString &name : names)
        QVERIFY2(said.contains(u"• "_qs % name % u" – "_qs), qPrintable(name));
    QVERIFY(names.contains(u"summary.pdf"_qs));
    QVERIFY2(start.startsWith(csvStart), start.constData());
    QCOMPARE(start.contains(';'), csvStart.startsWith("\xef\xbb\xbf"));
}

QTEST_MAIN(EvidenceWindowTest)
#include "tst_evidencewindow.moc"
