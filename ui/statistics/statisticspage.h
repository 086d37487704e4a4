#pragma once

#include "statistics/statisticsfigures.h"
#include "window/area.h"

#include <QSqlDatabase>
#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTabBar;
class QTableWidget;

namespace ep {

class OptionalDateEdit;

// The Statistics area of the main window: the partnership in figures
// (issue 17). One chart at a time, chosen by its tab, over the events of
// the period and kind chosen above it, with its numbers in a table beside
// it; each chart goes out as PNG, SVG and CSV, and the whole as a one-page
// report PDF for a board. It reads what is stored: edits not yet saved in
// another area are not counted until saved.
class StatisticsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit StatisticsPage(const QSqlDatabase &db, QWidget *parent = nullptr);

    StatisticsFilter filter() const;
    // Sets the period and kind fields and shows their figures.
    void setFilter(const StatisticsFilter &filter);
    StatisticsChart chart() const;
    void showChart(StatisticsChart chart);
    // The figures the chart and the table show now.
    const ChartFigures &figures() const { return m_figures; }
    QChartView *chartView() const { return m_view; }
    QTableWidget *table() const { return m_table; }

    // Each returns the error, empty when the file was written.
    QString exportPng(const QString &path) const;
    QString exportSvg(const QString &path) const;
    QString exportCsv(const QString &path, bool excel) const;
    QString writeReport(const QString &path) const;

    // A record was changed in the window (or another window or program
    // committed): the figures are read again, now if shown, else when shown.
    void noteChange(Area area, int id);
    void noteChangesElsewhere();

signals:
    // One sentence for the status bar: where an export was written.
    void said(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *makeFilterBar();
    QWidget *makeButtons();
    void refresh();
    void refreshSoon();
    void showFigures();
    void fillTable();
    void retranslate();
    void fillKinds();
    // Asks for a file ending `suffix`, writes it with `write`, and says so.
    void exportAs(const QString &title, const QString &suffix, const QString &filter,
                  const std::function<QString(const QString &)> &write);
    void exportCsvAsked();

    QSqlDatabase m_db;
    ChartFigures m_figures;
    QLabel *m_fromLabel;
    OptionalDateEdit *m_from;
    QLabel *m_toLabel;
    OptionalDateEdit *m_to;
    QLabel *m_kindLabel;
    QComboBox *m_kind;
    QTabBar *m_tabs;
    QChartView *m_view;
    QTableWidget *m_table;
    QSplitter *m_splitter;
    QLabel *m_empty; // no events counted
    QPushButton *m_png;
    QPushButton *m_svg;
    QPushButton *m_csv;
    QPushButton *m_report;
    bool m_stale = false;      // changed while hidden
    bool m_refreshing = false; // a refresh is due once control returns
};

} // namespace ep
