#include "statistics/statisticsreport.h"

#include "documents/documentstyle.h"
#include "documents/documenttable.h"
#include "documents/pageflow.h"
#include "domain/documentlanguage.h"
#include "domain/vocabulary.h"
#include "statistics/statisticschart.h"

#include <QPainter>

namespace ep {
namespace {

// A chart's height on the page, and the size it is laid out at (as wide as
// the page's text, 180 mm): fonts of 13 px come out at about 7 pt.
constexpr double chartHeight = 78; // mm
constexpr QSizeF chartLayout{920, 400};

QString rateText(const StatisticsRow &row, const QLocale &locale)
{
    const std::optional<double> rate = row.attendanceRate();
    return rate ? locale.toString(*rate, 'f', 1) % u" %" : u"–"_qs;
}

} // namespace

std::optional<StatisticsReport> StatisticsReport::read(const QSqlDatabase &db,
                                                       const StatisticsFilter &filter,
                                                       StatisticsChart shownChart,
                                                       const QLocale &locale, QSqlError *error)
{
    StatisticsReport report;
    report.m_filter = filter;
    report.m_locale = locale;
    report.m_madeOn = QDate::currentDate();
    QSqlError failed;
    const auto check = [&failed](QSqlError found) {
        if (!failed.isValid())
            failed = found;
    };
    QSqlError each;
    report.m_total = Statistics::total(db, filter, &each);
    check(each);
    report.m_kinds = Statistics::of(db, StatisticsBy::Kind, filter, Language::English, &each);
    check(each);
    for (const StatisticsRow &site :
         Statistics::of(db, StatisticsBy::Site, filter, Language::English, &each))
        report.m_visits += site.visits;
    check(each);
    const StatisticsChart second = shownChart == StatisticsChart::ExchangesPerYear
                                       ? StatisticsChart::ParticipantsPerCountry
                                       : shownChart;
    for (StatisticsChart chart : {StatisticsChart::ExchangesPerYear, second}) {
        report.m_charts.append(StatisticsFigures::read(db, chart, filter, &each));
        check(each);
    }
    if (error)
        *error = failed;
    if (failed.isValid())
        return std::nullopt;
    return report;
}

QString StatisticsReport::title() const
{
    return runningTitle() % u" – " % StatisticsFigures::described(m_filter, m_locale);
}

QString StatisticsReport::runningTitle() const
{
    return tr("The partnership in figures");
}

QString StatisticsReport::runningDocumentName() const
{
    return tr("Report");
}

QList<DocumentLanguage> StatisticsReport::languages() const
{
    return {DocumentLanguage(languageOfLocale(m_locale))};
}

void StatisticsReport::compose(PageFlow &flow) const
{
    using namespace documentstyle;
    const QList<Paragraph> heading{
        {runningTitle(), documentstyle::title()},
        {StatisticsFigures::described(m_filter, m_locale), body()},
        {tr("Events counted: those not cancelled whose first day lies in the period. "
            "Participants: registered, confirmed, attended or not shown. As of %1.")
             .arg(m_locale.toString(m_madeOn, QLocale::ShortFormat)),
         small(), grey}};
    const TextBox box(heading, flow.width(), flow.device());
    Block block;
    block.height = box.height() + flow.mm(4);
    block.paint = [box](QPainter *painter, const QRectF &rect) {
        box.draw(painter, rect.topLeft());
    };
    flow.add(std::move(block));
    addKeyFigures(flow);
    addTable(flow);
    for (const ChartFigures &chart : m_charts)
        addChart(flow, chart);
}

void StatisticsReport::addKeyFigures(PageFlow &flow) const
{
    using namespace documentstyle;
    const QList<std::pair<QString, QString>> figures{
        {m_locale.toString(m_total.events), tr("Events")},
        {m_locale.toString(m_total.participations), tr("Participations")},
        {m_locale.toString(m_total.people), tr("People")},
        {rateText(m_total, m_locale), tr("Attendance rate")},
        {m_locale.toString(m_visits), tr("Site visits")}};
    const double gap = flow.mm(2);
    const double width = (flow.width() - gap * (figures.size() - 1)) / figures.size();
    QList<TextBox> boxes;
    double height = 0;
    QFont number = documentstyle::title();
    for (const auto &[value, label] : figures) {
        boxes.append(
            TextBox({{value, number}, {label, small(), grey}}, width - 2 * gap, flow.device()));
        height = std::max(height, boxes.last().height());
    }
    const double padding = flow.mm(2);
    Block block;
    block.height = height + 2 * padding + flow.mm(4);
    block.paint = [boxes, width, gap, padding, height](QPainter *painter, const QRectF &rect) {
        for (qsizetype i = 0; i < boxes.size(); ++i) {
            const QRectF cell(rect.left() + i * (width + gap), rect.top(), width,
                              height + 2 * padding);
            painter->fillRect(cell, headerFill);
            boxes[i].draw(painter, cell.topLeft() + QPointF(gap, padding));
        }
    };
    flow.add(std::move(block));
}

void StatisticsReport::addTable(PageFlow &flow) const
{
    using namespace documentstyle;
    const QStringList headings{tr("Kind"),     tr("Events"),  tr("Participations"), tr("People"),
                               tr("Attended"), tr("No-show"), tr("Attendance rate")};
    QList<DocumentTable::Column> columns;
    for (const QString &text : headings)
        columns.append({{{text, bold()}}, columns.isEmpty() ? 2.0 : 1.0, true});
    const auto cells = [this](const QString &name, const StatisticsRow &row, const QFont &font) {
        QList<QList<Paragraph>> line{{{name, font}}};
        for (int value : {row.events, row.participations, row.people, row.attended, row.noShow})
            line.append({{m_locale.toString(value), font}});
        line.append({{rateText(row, m_locale), font}});
        return line;
    };
    {
        DocumentTable table(flow, languageOfLocale(m_locale), columns,
                            {{tr("By kind of exchange"), heading()}});
        for (const StatisticsRow &row : m_kinds)
            table.addRow(cells(StatisticsFigures::kindName(row.key), row, body()));
        table.addRow(cells(tr("Total"), m_total, bold()));
    }
    flow.addSpace(flow.mm(4));
}

void StatisticsReport::addChart(PageFlow &flow, const ChartFigures &figures) const
{
    Block block;
    block.height = flow.mm(chartHeight + 3);
    block.paint = [figures, locale = m_locale, height = flow.mm(chartHeight)](QPainter *painter,
                                                                              const QRectF &rect) {
        statisticschart::paint(painter, QRectF(rect.left(), rect.top(), rect.width(), height),
                               figures, locale, chartLayout);
    };
    flow.add(std::move(block));
}

} // namespace ep
