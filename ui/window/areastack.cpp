#include "window/areastack.h"

#include "statistics/statisticspage.h"
#include "window/areapage.h"
#include "window/areas.h"

namespace ep {

AreaStack::AreaStack(QWidget *parent)
    : QStackedWidget(parent)
{}

void AreaStack::reset(PageMaker makePage, StatisticsMaker makeStatistics)
{
    deletePages();
    m_makePage = std::move(makePage);
    m_makeStatistics = std::move(makeStatistics);
    m_pages = QList<AreaPage *>(areaDescriptions().size(), nullptr);
}

void AreaStack::deletePages()
{
    while (count() > 0) {
        QWidget *old = widget(0);
        removeWidget(old);
        delete old;
    }
    m_pages.fill(nullptr);
    m_statistics = nullptr;
}

AreaPage *AreaStack::page(Area area)
{
    const int index = navigationIndex(area);
    if (!m_makePage)
        return nullptr;
    if (!m_pages[index]) {
        m_pages[index] = m_makePage(areaDescriptions()[index]);
        addWidget(m_pages[index]);
    }
    return m_pages[index];
}

QList<AreaPage *> AreaStack::builtPages() const
{
    QList<AreaPage *> built;
    for (AreaPage *page : m_pages) {
        if (page)
            built.append(page);
    }
    return built;
}

AreaPage *AreaStack::currentPage() const
{
    return qobject_cast<AreaPage *>(currentWidget());
}

void AreaStack::showArea(Area area)
{
    if (AreaPage *shown = page(area))
        setCurrentWidget(shown);
}

StatisticsPage *AreaStack::statisticsPage()
{
    if (!m_statistics && m_makeStatistics) {
        m_statistics = m_makeStatistics();
        addWidget(m_statistics);
    }
    return m_statistics;
}

void AreaStack::showStatistics()
{
    if (StatisticsPage *shown = statisticsPage())
        setCurrentWidget(shown);
}

bool AreaStack::isStatisticsShown() const
{
    return m_statistics && currentWidget() == m_statistics;
}

} // namespace ep
