#include "statistics/statisticspage.h"

#include "domain/vocabulary.h"
#include "export/exportpaths.h"
#include "export/filewriting.h"
#include "statistics/statisticschart.h"
#include "statistics/statisticsreport.h"
#include "storage/database.h"
#include "widgets/datefield.h"
#include "widgets/optionaldateedit.h"
#include "window/languagesettings.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabBar>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace ep {

StatisticsPage::StatisticsPage(const QSqlDatabase &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_fromLabel(new QLabel(this))
    , m_from(new OptionalDateEdit(OptionalDateEdit::Precision::Date, this))
    , m_toLabel(new QLabel(this))
    , m_to(new OptionalDateEdit(OptionalDateEdit::Precision::Date, this))
    , m_kindLabel(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_tabs(new QTabBar(this))
    , m_view(new QChartView(this))
    , m_table(new QTableWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_empty(new QLabel(this))
    , m_png(new QPushButton(this))
    , m_svg(new QPushButton(this))
    , m_csv(new QPushButton(this))
    , m_report(new QPushButton(this))
{
    setObjectName(QStringLiteral("statisticsPage"));
    m_tabs->setObjectName(QStringLiteral("charts"));
    m_view->setObjectName(QStringLiteral("chart"));
    m_table->setObjectName(QStringLiteral("figures"));
    m_empty->setObjectName(QStringLiteral("noFigures"));
    for (qsizetype i = 0; i < StatisticsFigures::charts().size(); ++i)
        m_tabs->addTab(QString());
    m_tabs->setExpanding(false);
    m_tabs->setDocumentMode(true);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(420, 300);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->hide();

    auto *chartSide = new QWidget(m_splitter);
    auto *chartLayout = new QVBoxLayout(chartSide);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_empty);
    chartLayout->addWidget(m_view, 1);
    m_splitter->addWidget(chartSide);
    m_splitter->addWidget(m_table);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeFilterBar());
    layout->addWidget(m_tabs);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(makeButtons());

    connect(m_tabs, &QTabBar::currentChanged, this, &StatisticsPage::refresh);
    retranslate();
}

QWidget *StatisticsPage::makeFilterBar()
{
    auto *bar = new QWidget(this);
    m_from->setObjectName(QStringLiteral("statisticsFrom"));
    m_to->setObjectName(QStringLiteral("statisticsTo"));
    m_kind->setObjectName(QStringLiteral("statisticsKind"));
    m_fromLabel->setBuddy(m_from->dateField());
    m_toLabel->setBuddy(m_to->dateField());
    m_kindLabel->setBuddy(m_kind);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_fromLabel);
    layout->addWidget(m_from);
    layout->addSpacing(12);
    layout->addWidget(m_toLabel);
    layout->addWidget(m_to);
    layout->addSpacing(12);
    layout->addWidget(m_kindLabel);
    layout->addWidget(m_kind);
    layout->addStretch(1);
    // Typing a date asks again when the typing pauses, not at every key.
    auto *delay = new QTimer(this);
    delay->setSingleShot(true);
    delay->setInterval(300);
    connect(delay, &QTimer::timeout, this, &StatisticsPage::refresh);
    connect(m_from, &OptionalDateEdit::changed, delay, qOverload<>(&QTimer::start));
    connect(m_to, &OptionalDateEdit::changed, delay, qOverload<>(&QTimer::start));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &StatisticsPage::refresh);
    return bar;
}

QWidget *StatisticsPage::makeButtons()
{
    auto *buttons = new QWidget(this);
    m_png->setObjectName(QStringLiteral("exportPng"));
    m_svg->setObjectName(QStringLiteral("exportSvg"));
    m_csv->setObjectName(QStringLiteral("exportCsv"));
    m_report->setObjectName(QStringLiteral("reportPdf"));
    auto *layout = new QHBoxLayout(buttons);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_png);
    layout->addWidget(m_svg);
    layout->addWidget(m_csv);
    layout->addStretch(1);
    layout->addWidget(m_report);
    connect(m_png, &QPushButton::clicked, this, [this] {
        exportAs(tr("Export Chart as PNG"), u"png"_qs, tr("PNG image (*.png)"),
                 [this](const QString &path) { return exportPng(path); });
    });
    connect(m_svg, &QPushButton::clicked, this, [this] {
        exportAs(tr("Export Chart as SVG"), u"svg"_qs, tr("SVG drawing (*.svg)"),
                 [this](const QString &path) { return exportSvg(path); });
    });
    connect(m_csv, &QPushButton::clicked, this, &StatisticsPage::exportCsvAsked);
    connect(m_report, &QPushButton::clicked, this, [this] {
        exportAs(tr("Save Report as PDF"), u"pdf"_qs, tr("PDF document (*.pdf)"),
                 [this](const QString &path) { return writeReport(path); });
    });
    return buttons;
}

StatisticsFilter StatisticsPage::filter() const
{
    return {m_from->date(), m_to->date(), m_kind->currentData().toString()};
}

void StatisticsPage::setFilter(const StatisticsFilter &filter)
{
    {
        const QSignalBlocker fromQuiet(m_from);
        const QSignalBlocker toQuiet(m_to);
        const QSignalBlocker kindQuiet(m_kind);
        m_from->setDate(filter.from);
        m_to->setDate(filter.to);
        m_kind->setCurrentIndex(std::max(0, m_kind->findData(filter.kind)));
    }
    refresh();
}

StatisticsChart StatisticsPage::chart() const
{
    return StatisticsFigures::charts().value(m_tabs->currentIndex());
}

void StatisticsPage::showChart(StatisticsChart chart)
{
    m_tabs->setCurrentIndex(int(StatisticsFigures::charts().indexOf(chart)));
}

void StatisticsPage::noteChange(Area, int)
{
    refreshSoon();
}

void StatisticsPage::noteChangesElsewhere()
{
    refreshSoon();
}

void StatisticsPage::refreshSoon()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    // An import announces three changes at once: one reading for them all.
    if (m_refreshing)
        return;
    m_refreshing = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshing = false;
        refresh();
    });
}

void StatisticsPage::showEvent(QShowEvent *event)
{
    if (m_stale) {
        m_stale = false;
        refresh();
    }
    QWidget::showEvent(event);
}

void StatisticsPage::refresh()
{
    QSqlError failed;
    m_figures = StatisticsFigures::read(m_db, chart(), filter(), &failed);
    m_figures.subtitle = StatisticsFigures::described(filter(), workingLocale());
    if (failed.isValid())
        m_empty->setText(Database::describeFailure(m_db, failed));
    else
        m_empty->setText(tr("No events of this kind in the period."));
    showFigures();
}

void StatisticsPage::showFigures()
{
    QChart *old = m_view->chart();
    QChart *chart = statisticschart::make(m_figures, workingLocale());
    statisticschart::usePalette(chart, palette());
    m_view->setChart(chart);
    delete old;
    m_empty->setVisible(m_figures.isEmpty());
    // The chart is a picture: its name is its title, its figures are read
    // in the table beside it.
    m_view->setAccessibleName(m_figures.title);
    m_view->setAccessibleDescription(m_figures.subtitle);
    m_table->setAccessibleName(tr("Figures: %1").arg(m_figures.title));
    for (QPushButton *button : {m_png, m_svg, m_csv})
        button->setEnabled(!m_figures.isEmpty());
    fillTable();
}

void StatisticsPage::fillTable()
{
    const QLocale locale = workingLocale();
    m_table->clear();
    m_table->setRowCount(int(m_figures.categories.size()));
    m_table->setColumnCount(int(m_figures.columns.size()) + 1);
    QStringList headers{m_figures.categoryHeading};
    for (const ChartFigures::Column &column : std::as_const(m_figures.columns))
        headers.append(column.name);
    m_table->setHorizontalHeaderLabels(headers);
    for (int row = 0; row < m_figures.categories.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(m_figures.categories[row]));
        for (int column = 0; column < m_figures.columns.size(); ++column) {
            auto *item = new QTableWidgetItem(
                StatisticsFigures::shown(m_figures.columns[column], row, locale));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column + 1, item);
        }
    }
    m_table->resizeColumnsToContents();
    // The table as wide as its columns, up to two fifths of the page; the
    // chart takes the rest.
    const int width = m_splitter->width();
    const int wanted = std::min(m_table->sizeHint().width(), width * 2 / 5);
    if (width > 0)
        m_splitter->setSizes({width - wanted, wanted});
}

QString StatisticsPage::exportPng(const QString &path) const
{
    return writeWholeFile(
        path, statisticschart::png(m_figures, workingLocale(), statisticschart::exportSize));
}

QString StatisticsPage::exportSvg(const QString &path) const
{
    return writeWholeFile(
        path, statisticschart::svg(m_figures, workingLocale(), statisticschart::exportSize));
}

QString StatisticsPage::exportCsv(const QString &path, bool excel) const
{
    return writeWholeFile(path, StatisticsFigures::csv(m_figures, excel, workingLocale()));
}

QString StatisticsPage::writeReport(const QString &path) const
{
    QSqlError failed;
    const std::optional<StatisticsReport> report =
        StatisticsReport::read(m_db, filter(), chart(), workingLocale(), &failed);
    if (!report)
        return Database::describeFailure(m_db, failed);
    return report->writePdf(path);
}

void StatisticsPage::exportAs(const QString &title, const QString &suffix, const QString &filter,
                              const std::function<QString(const QString &)> &write)
{
    const QString name =
        suffix == u"pdf" ? StatisticsReport::tr("The partnership in figures") : m_figures.title;
    QString path = QFileDialog::getSaveFileName(
        this, title, QDir(ExportPaths::folder()).filePath(portableFileName(name) % u'.' % suffix),
        filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().toLower() != suffix)
        path += u'.' % suffix;
    if (const QString error = write(path); !error.isEmpty()) {
        QMessageBox::warning(this, title, error);
        return;
    }
    ExportPaths::remember(path);
    emit said(tr("Written: %1").arg(QDir::toNativeSeparators(path)));
}

void StatisticsPage::exportCsvAsked()
{
    bool excel = false;
    const QString title = tr("Export Figures as CSV");
    const QString path = ExportPaths::askCsv(this, title, m_figures.title, &excel);
    if (path.isEmpty())
        return;
    if (const QString error = exportCsv(path, excel); !error.isEmpty()) {
        QMessageBox::warning(this, title, error);
        return;
    }
    ExportPaths::remember(path);
    emit said(tr("Written: %1").arg(QDir::toNativeSeparators(path)));
}

void StatisticsPage::fillKinds()
{
    const QSignalBlocker quiet(m_kind);
    const QString chosen = m_kind->currentData().toString();
    m_kind->clear();
    m_kind->addItem(StatisticsFigures::kindName({}), QString());
    for (const QString &code : vocabularyCodes(Vocabulary::EventKind))
        m_kind->addItem(StatisticsFigures::kindName(code), code);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(chosen)));
}

void StatisticsPage::retranslate()
{
    m_fromLabel->setText(tr("Fro&m:"));
    m_toLabel->setText(tr("&Until:"));
    m_kindLabel->setText(tr("&Kind:"));
    m_from->setEmptyText(tr("the first event"));
    m_to->setEmptyText(tr("the last event"));
    fillKinds();
    for (int index = 0; index < m_tabs->count(); ++index)
        m_tabs->setTabText(index, StatisticsFigures::tabName(StatisticsFigures::charts()[index]));
    m_png->setText(tr("Export &PNG…"));
    m_svg->setText(tr("Export &SVG…"));
    m_csv->setText(tr("Export &CSV…"));
    m_report->setText(tr("Rep&ort PDF…"));
    // The figures' names and the numbers' form follow the language.
    refresh();
}

void StatisticsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange && m_view->chart())
        showFigures(); // the chart in the palette's colours
    QWidget::changeEvent(event);
}

} // namespace ep
