#pragma once

// What the Statistics area's tests read: the database's counts by queries of
// their own, the bars a chart shows, the cells of a CSV file; and the window
// they read them in.

#include "shownwindow.h"
#include "statistics/statisticspage.h"
#include "testdatabase.h"
#include "window/mainwindow.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantMap>

namespace ep::test {

inline constexpr char counted[] = "('registered', 'confirmed', 'attended', 'no_show')";

// The one-column rows of `statement`: key → number.
inline QMap<QString, double> countsOf(const QSqlDatabase &db, const QString &statement,
                                      const QVariantMap &values = {})
{
    QSqlQuery query(db);
    if (!query.prepare(statement))
        qFatal("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
    for (auto it = values.begin(); it != values.end(); ++it)
        query.bindValue(it.key(), it.value());
    if (!query.exec())
        qFatal("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
    QMap<QString, double> counts;
    while (query.next())
        counts.insert(query.value(0).toString(), query.value(1).toDouble());
    return counts;
}

// The bars a chart shows: set name → category → value.
inline QMap<QString, QMap<QString, double>> barsOf(const QChartView *view)
{
    QMap<QString, QMap<QString, double>> bars;
    const QChart *chart = view->chart();
    const auto *series = qobject_cast<QAbstractBarSeries *>(chart->series().value(0));
    QBarCategoryAxis *axis = nullptr;
    for (QAbstractAxis *each : chart->axes()) {
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(each))
            axis = categories;
    }
    if (!series || !axis)
        return bars;
    const QStringList categories = axis->categories();
    for (const QBarSet *set : series->barSets()) {
        for (int i = 0; i < set->count(); ++i)
            bars[set->label()][categories.value(i)] = set->at(i);
    }
    return bars;
}

// "Polska (PL)" → "PL".
inline QString codeIn(const QString &label)
{
    return QRegularExpression(u"\\((\\w+)\\)$"_qs).match(label).captured(1);
}

inline QStringList csvLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(file.readAll()).split(u"\r\n"_qs);
    lines.removeAll(QString());
    return lines;
}

// The demo programme in a window of its own, for one test function.
struct StatisticsWindow
{
    StatisticsWindow()
    {
        db->writeDemoProgramme();
        window = showWindow(db->path());
    }
    ~StatisticsWindow()
    {
        window.reset();
        db.reset();
        QSettings().clear();
    }
    Q_DISABLE_COPY_MOVE(StatisticsWindow)

    // As View › Statistics shows it.
    StatisticsPage *showStatistics() const
    {
        window->findChild<QAction *>(u"statisticsAction"_qs)->trigger();
        StatisticsPage *page = window->statisticsPage();
        if (!page->isVisible())
            qFatal("the Statistics page is not shown");
        return page;
    }

    std::unique_ptr<TestDatabase> db = std::make_unique<TestDatabase>();
    std::unique_ptr<MainWindow> window;
};

} // namespace ep::test
