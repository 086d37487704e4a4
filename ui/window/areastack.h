#pragma once

#include "window/area.h"

#include <QStackedWidget>

#include <functional>

namespace ep {

class AreaPage;
class StatisticsPage;
struct AreaDescription;

// The main window's area pages, one shown at a time. A page is built the
// first time it is asked for: a database opens with only the page shown,
// so the window paints before the other areas read their lists and counts.
// A page not built yet has nothing to refresh or save; once built it reads
// the database as it is then. Beside the record areas the stack holds the
// Statistics page (charts, no list and form), built the same way.
class AreaStack final : public QStackedWidget
{
    Q_OBJECT

public:
    using PageMaker = std::function<AreaPage *(const AreaDescription &)>;
    using StatisticsMaker = std::function<StatisticsPage *()>;

    explicit AreaStack(QWidget *parent = nullptr);

    // Deletes every page (they hold the previous database's connection);
    // pages are made by `makePage` from now on, parented to this stack.
    void reset(PageMaker makePage, StatisticsMaker makeStatistics = {});
    // The area's page, built now if it was not yet. Null before reset().
    AreaPage *page(Area area);
    // The pages built so far, in the navigation's order.
    QList<AreaPage *> builtPages() const;
    // The record area's page shown; null while Statistics is shown.
    AreaPage *currentPage() const;
    void showArea(Area area);

    // The Statistics page, built now if it was not yet. Null before reset().
    StatisticsPage *statisticsPage();
    // Null until shown or asked for.
    StatisticsPage *builtStatisticsPage() const { return m_statistics; }
    void showStatistics();
    bool isStatisticsShown() const;

private:
    void deletePages();

    PageMaker m_makePage;
    StatisticsMaker m_makeStatistics;
    StatisticsPage *m_statistics = nullptr;
    // By navigationIndex(); null where not built yet.
    QList<AreaPage *> m_pages;
};

} // namespace ep
