#include "statistics/statisticschart.h"

#include "documents/documentstyle.h"
#include "widgets/markercolours.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QPainter>
#include <QPalette>
#include <QStackedBarSeries>
#include <QSvgGenerator>
#include <QValueAxis>

#include <cmath>

namespace ep::statisticschart {
namespace {

// The bars' numbers stand beside them, on the chart's white.
const QColor labelColour{0x33, 0x33, 0x33};

QAbstractBarSeries *seriesOf(ChartFigures::Shape shape)
{
    switch (shape) {
    case ChartFigures::Shape::StackedBars:
        return new QStackedBarSeries;
    case ChartFigures::Shape::HorizontalBars:
        return new QHorizontalBarSeries;
    case ChartFigures::Shape::Bars:
        break;
    }
    return new QBarSeries;
}

// A value axis from 0 in whole steps of 1, 2 or 5 times a power of ten, so
// that counts are labelled by whole numbers. (With numbers localised, Qt
// Charts takes only formats with a precision: "%.0f", not "%d".)
void scale(QValueAxis *axis, double largest, bool percent)
{
    if (percent) {
        // Room above 100 for a bar's label, ticks to 100 only.
        axis->setRange(0, 108);
        axis->setTickType(QValueAxis::TicksDynamic);
        axis->setTickAnchor(0);
        axis->setTickInterval(20);
        axis->setLabelFormat(QStringLiteral("%.0f"));
        return;
    }
    const double rough = std::max(1.0, largest / 5);
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    double step = power;
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        step = factor * power;
        if (step >= rough)
            break;
    }
    const double top = std::max(step, std::ceil(largest / step) * step);
    axis->setRange(0, top);
    axis->setTickCount(int(std::lround(top / step)) + 1);
    axis->setLabelFormat(QStringLiteral("%.0f"));
}

QFont pixelFont(int pixels, bool bold = false)
{
    documentstyle::registerFonts();
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(pixels);
    font.setBold(bold);
    return font;
}

// Fonts of fixed pixel sizes: a font in points would be measured for the
// screen and drawn for the printer.
void useExportFonts(QChart *chart)
{
    chart->setTitleFont(pixelFont(18, true));
    chart->legend()->setFont(pixelFont(14));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(pixelFont(13));
        axis->setTitleFont(pixelFont(14));
    }
    for (QAbstractSeries *series : chart->series()) {
        for (QBarSet *set : static_cast<QAbstractBarSeries *>(series)->barSets())
            set->setLabelFont(pixelFont(12));
    }
    chart->setBackgroundRoundness(0);
}

QChart *laidOut(const ChartFigures &figures, const QLocale &locale, QSizeF size,
                QGraphicsScene *scene)
{
    QChart *chart = make(figures, locale);
    useExportFonts(chart);
    scene->addItem(chart);
    chart->resize(size);
    scene->setSceneRect(QRectF(QPointF(0, 0), size));
    // The chart places its axes and bars when its layout is activated,
    // which a view would have asked for by an event.
    chart->layout()->activate();
    return chart;
}

} // namespace

QChart *make(const ChartFigures &figures, const QLocale &locale)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    // The title is rich text: the period and kind below it, not bold.
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    chart->setTitleFont(titleFont);
    chart->setTitle(figures.subtitle.isEmpty()
                        ? figures.title.toHtmlEscaped()
                        : u"<div align=\"center\">"_qs % figures.title.toHtmlEscaped() %
                              u"<br><span style=\"font-weight: normal\">" %
                              figures.subtitle.toHtmlEscaped() % u"</span></div>");
    chart->setLocale(locale);
    chart->setLocalizeNumbers(true);
    QStringList categories = figures.chartedCategories();
    const bool horizontal = figures.shape == ChartFigures::Shape::HorizontalBars;
    // A horizontal chart lists its categories from the bottom up.
    if (horizontal)
        std::reverse(categories.begin(), categories.end());
    QAbstractBarSeries *series = seriesOf(figures.shape);
    double largest = 0;
    QList<double> stacks(categories.size(), 0.0);
    for (const ChartFigures::Column &column : figures.columns) {
        if (!column.charted)
            continue;
        auto *set = new QBarSet(column.name);
        set->setLabelColor(labelColour);
        for (qsizetype i = 0; i < categories.size(); ++i) {
            const qsizetype row = horizontal ? categories.size() - 1 - i : i;
            double value = column.values.value(row).value_or(0);
            if (column.percent)
                value = std::round(value * 10) / 10; // as the label shows it
            set->append(value);
            stacks[i] += value;
            largest = std::max(largest, value);
        }
        series->append(set);
    }
    if (figures.shape == ChartFigures::Shape::StackedBars)
        largest = stacks.isEmpty() ? 0 : *std::max_element(stacks.begin(), stacks.end());
    // Each bar says its number, where the bars leave it the room.
    const bool labelled = figures.shape != ChartFigures::Shape::StackedBars &&
                          series->count() * categories.size() <= 24;
    series->setLabelsVisible(labelled);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(4);
    chart->addSeries(series);

    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    auto *valueAxis = new QValueAxis;
    scale(valueAxis, labelled ? largest * 1.08 : largest, figures.isPercent());
    valueAxis->setTitleText(figures.valueAxis);
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    chart->legend()->setVisible(series->count() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

void usePalette(QChart *chart, const QPalette &palette)
{
    const QColor background = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    // The theme's bar colours, moved towards the text's end as far as the
    // background needs: for a chart as make() made it.
    chart->setBackgroundBrush(background);
    chart->setBackgroundPen(QPen(palette.color(QPalette::Mid)));
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(palette.color(QPalette::Mid));
        axis->setGridLineColor(palette.color(QPalette::Midlight));
    }
    for (QAbstractSeries *series : chart->series()) {
        for (QBarSet *set : static_cast<QAbstractBarSeries *>(series)->barSets()) {
            set->setColor(
                markers::readableOn(set->color(), {background}, markers::graphicsContrast));
            set->setBorderColor(set->color());
            set->setLabelColor(text);
        }
    }
}

void paint(QPainter *painter, const QRectF &target, const ChartFigures &figures,
           const QLocale &locale, QSizeF size)
{
    QGraphicsScene scene;
    laidOut(figures, locale, size, &scene);
    scene.render(painter, target, scene.sceneRect(), Qt::KeepAspectRatio);
}

QByteArray png(const ChartFigures &figures, const QLocale &locale, QSize size)
{
    QImage image(size * 2, QImage::Format_RGB32);
    image.setDevicePixelRatio(2);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        paint(&painter, QRectF(QPointF(0, 0), size), figures, locale, size);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray svg(const ChartFigures &figures, const QLocale &locale, QSize size)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(figures.title);
    generator.setDescription(
        QStringLiteral("Exchange Planner %1").arg(QLatin1String(EXCHANGE_PLANNER_VERSION)));
    {
        QPainter painter(&generator);
        paint(&painter, QRectF(QPointF(0, 0), size), figures, locale, size);
    }
    return bytes;
}

} // namespace ep::statisticschart
