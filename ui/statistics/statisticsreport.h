#pragma once

#include "documents/pageddocument.h"
#include "statistics/statisticsfigures.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace ep {

// The partnership in figures on one A4 page, for a board: the period and
// kind counted, the key figures, a table by kind and two charts (the
// exchanges per year and kind, and the chart the area shows, or the
// participants per country when that is the same). In the window's language.
class StatisticsReport final : public PagedDocument
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsReport)

public:
    // Reads the report's figures; none, with `error`, when a query failed.
    static std::optional<StatisticsReport> read(const QSqlDatabase &db,
                                                const StatisticsFilter &filter,
                                                StatisticsChart shownChart, const QLocale &locale,
                                                QSqlError *error = nullptr);

    QString title() const override;

protected:
    void compose(PageFlow &flow) const override;
    QString runningTitle() const override;
    QString runningDocumentName() const override;
    QList<DocumentLanguage> languages() const override;

private:
    StatisticsReport() = default;
    void addKeyFigures(PageFlow &flow) const;
    void addTable(PageFlow &flow) const;
    void addChart(PageFlow &flow, const ChartFigures &figures) const;

    StatisticsFilter m_filter;
    QLocale m_locale;
    QDate m_madeOn;
    StatisticsRow m_total;
    int m_visits = 0;
    QList<StatisticsRow> m_kinds;
    QList<ChartFigures> m_charts;
};

} // namespace ep
