// The Statistics area's exports (issue 17, item 4), read back: a PNG that
// is a picture with bars, an SVG that is a drawing with the chart's words, a
// CSV whose cells are the database's counts, the buttons' file dialogs, and
// a one-page report PDF whose text (pdftotext) carries the figures.

#include "dialogs.h"
#include "pdftext.h"
#include "statistics/statisticsfigures.h"
#include "statisticsreading.h"

#include <QAction>
#include <QFileDialog>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTest>
#include <QXmlStreamReader>

using namespace ep;
using namespace ep::test;

class StatisticsExportsTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void chartsGoOutAsPngSvgAndCsv();
    void exportButtonsAskWhereToWrite();
    void reportIsOnePageWithTheFigures();

private:
    StatisticsPage *showStatistics() const { return m_shown->showStatistics(); }

    std::unique_ptr<StatisticsWindow> m_shown;
};

void StatisticsExportsTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void StatisticsExportsTest::init()
{
    m_shown = std::make_unique<StatisticsWindow>();
}

void StatisticsExportsTest::cleanup()
{
    m_shown.reset();
}

void StatisticsExportsTest::chartsGoOutAsPngSvgAndCsv()
{
    StatisticsPage *page = showStatistics();
    page->showChart(StatisticsChart::ParticipantsPerCountry);
    const QString png = m_shown->db->folder() + u"/countries.png"_qs;
    QCOMPARE(page->exportPng(png), QString());
    const QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(2000, 1240));
    // Bars drawn: many pixels neither white nor grey.
    int coloured = 0;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4) {
            const QColor pixel = image.pixelColor(x, y);
            coloured += pixel.saturation() > 80 ? 1 : 0;
        }
    }
    QVERIFY2(coloured > 2000, qPrintable(QString::number(coloured)));

    const QString svg = m_shown->db->folder() + u"/countries.svg"_qs;
    QCOMPARE(page->exportSvg(svg), QString());
    QVERIFY(QSvgRenderer(svg).isValid());
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&svgFile);
    QStringList texts;
    QString root;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            if (root.isEmpty())
                root = xml.name().toString();
            if (xml.name() == u"text")
                texts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(root, u"svg"_qs);
    const QString words = texts.join(u' ');
    QVERIFY2(words.contains(u"Participants per country"_qs), qPrintable(words));
    QVERIFY2(words.contains(u"Polska (PL)"_qs), qPrintable(words));

    // The CSV: the table's rows, the database's counts.
    const QString csv = m_shown->db->folder() + u"/countries.csv"_qs;
    QCOMPARE(page->exportCsv(csv, false), QString());
    const QStringList lines = csvLines(csv);
    QCOMPARE(lines.first(), u"Country,People,Participations,Attended,No-show"_qs);
    const auto people =
        countsOf(m_shown->db->connection(),
                 u"SELECT UPPER(COALESCE(NULLIF(p.country, ''), o.country)), count(DISTINCT p.id)"
                 u" FROM participations t JOIN people p ON p.id = t.person_id"
                 u" LEFT JOIN organisations o ON o.id = p.organisation_id WHERE t.status IN "_qs %
                     QLatin1String(counted) % u" GROUP BY 1"_qs);
    QCOMPARE(lines.size() - 1, people.size());
    for (const QString &line : lines.mid(1)) {
        const QStringList cells = line.split(u',');
        QCOMPARE(cells[1].toDouble(), people.value(codeIn(cells[0])));
    }

    // For German Excel: semicolons, a byte order mark, decimal commas.
    page->showChart(StatisticsChart::AttendanceRate);
    QCOMPARE(page->exportCsv(csv, true), QString());
    QFile excel(csv);
    QVERIFY(excel.open(QIODevice::ReadOnly));
    const QByteArray bytes = excel.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList rows = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_qs);
    QCOMPARE(rows.first(), u"Year;Attendance rate (%);Attended;No-show"_qs);
    const QStringList cells = rows[1].split(u';');
    const double rate = 100 * cells[2].toDouble() / (cells[2].toDouble() + cells[3].toDouble());
    QCOMPARE(cells[1], QString::number(rate, 'f', 1)); // English window: a decimal point
}

void StatisticsExportsTest::exportButtonsAskWhereToWrite()
{
    StatisticsPage *page = showStatistics();
    const QString path = m_shown->db->folder() + u"/chosen.png"_qs;
    test::whenDialogOpens([path](QWidget *dialog) {
        auto *files = qobject_cast<QFileDialog *>(dialog);
        auto *name = files ? files->findChild<QLineEdit *>(u"fileNameEdit"_qs) : nullptr;
        if (!name) {
            dialog->close();
            return;
        }
        name->setText(path);
        QMetaObject::invokeMethod(files, "accept");
    });
    page->findChild<QPushButton *>(u"exportPng"_qs)->click();
    QVERIFY(!QImage(path).isNull());
}

void StatisticsExportsTest::reportIsOnePageWithTheFigures()
{
    StatisticsPage *page = showStatistics();
    page->showChart(StatisticsChart::MostVisitedSites);
    page->setFilter({QDate(2019, 1, 1), QDate(2020, 12, 31), {}});
    const QString pdf = m_shown->db->folder() + u"/report.pdf"_qs;
    QCOMPARE(page->writeReport(pdf), QString());
    const QStringList pages = test::pdfPages(pdf);
    QCOMPARE(pages.size(), 1);
    QVERIFY(test::isPortrait(pdf));
    const QString text = pages.first().simplified();
    QVERIFY2(test::holds(text, u"The partnership in figures"_qs), qPrintable(text));
    QVERIFY2(text.contains(u"01/01/2019 to 31/12/2020 · All kinds"_qs), qPrintable(text));
    // The key figures and the table by kind, as the database counts them.
    const QSqlDatabase db = m_shown->db->connection();
    const auto total = countsOf(db, u"SELECT '', count(*) FROM events"_qs).value({});
    const auto participations =
        countsOf(db, u"SELECT '', count(*) FROM participations WHERE status IN "_qs %
                         QLatin1String(counted))
            .value({});
    const auto people =
        countsOf(db,
                 u"SELECT '', count(DISTINCT person_id) FROM participations WHERE status IN "_qs %
                     QLatin1String(counted))
            .value({});
    const auto statuses = countsOf(db, u"SELECT status, count(*) FROM participations"
                                       u" WHERE status IN ('attended', 'no_show') GROUP BY 1"_qs);
    const double rate = 100 * statuses.value(u"attended"_qs) /
                        (statuses.value(u"attended"_qs) + statuses.value(u"no_show"_qs));
    // The key figures side by side, each above its name.
    const QString keyFigures =
        u"%1 %2 %3 %4 %"_qs.arg(total).arg(participations).arg(people).arg(rate, 0, 'f', 1);
    QVERIFY2(text.contains(keyFigures), qPrintable(keyFigures % u'\n' % text));
    QVERIFY(text.contains(u"Events Participations People Attendance rate Site visits"_qs));
    const auto perKind = countsOf(db, u"SELECT kind, count(*) FROM events GROUP BY kind"_qs);
    const auto participationsPerKind = countsOf(
        db, u"SELECT e.kind, count(*) FROM participations t JOIN events e ON e.id = t.event_id"
            u" WHERE t.status IN "_qs %
                QLatin1String(counted) % u" GROUP BY e.kind"_qs);
    for (auto it = perKind.begin(); it != perKind.end(); ++it) {
        const QString row = StatisticsFigures::kindName(it.key()) % u' ' %
                            QString::number(it.value()) % u' ' %
                            QString::number(participationsPerKind.value(it.key()));
        QVERIFY2(text.contains(row), qPrintable(row % u"\n" % text));
    }
    // The exchanges per year and kind, and the chart shown.
    QVERIFY(text.contains(u"Exchanges per year and kind"_qs));
    QVERIFY(text.contains(u"The most visited sites"_qs));
    QVERIFY(text.contains(u"Page 1 of 1"_qs));
}
QTEST_MAIN(StatisticsExportsTest)
#include "tst_statisticsexports.moc"
