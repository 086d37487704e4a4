#include "statistics/statisticspage.h"
#include "storage/database.h"
#include "window/areas.h"
#include "window/areastack.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QFrame>
#include <QListWidget>
#include <QSignalBlocker>
#include <QStatusBar>
#include <QVBoxLayout>

namespace ep {

// The navigation's column: the record areas, and below them Statistics, a
// page of another kind (charts, not a list and a form), in a list of its
// own, so that the areas' rows stay the areas. Its row and the View menu's
// entry (Ctrl+6, after the areas' Ctrl+1 …) show it.
QWidget *MainWindow::navigationColumn()
{
    m_statisticsNavigation->setObjectName(QStringLiteral("statisticsNavigation"));
    m_statisticsNavigation->setFrameShape(QFrame::NoFrame);
    m_statisticsNavigation->setSpacing(m_navigation->spacing());
    m_statisticsNavigation->setFont(m_navigation->font());
    m_statisticsNavigation->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    new QListWidgetItem(m_statisticsNavigation);
    auto *column = new QWidget(this);
    column->setObjectName(QStringLiteral("navigationColumn"));
    column->setAutoFillBackground(true);
    column->setBackgroundRole(m_navigation->viewport()->backgroundRole());
    auto *line = new QFrame(column);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_navigation);
    layout->addWidget(line);
    layout->addWidget(m_statisticsNavigation);
    layout->addStretch(1);

    m_statisticsAction = new QAction(this);
    m_statisticsAction->setObjectName(QStringLiteral("statisticsAction"));
    m_statisticsAction->setShortcut(
        QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + areaDescriptions().size())));
    connect(m_statisticsAction, &QAction::triggered, this, &MainWindow::showStatistics);
    // A click on the area shown before Statistics, whose row stays current.
    connect(m_navigation, &QListWidget::itemSelectionChanged, this, [this] {
        if (m_pages->isStatisticsShown() && !m_navigation->selectedItems().isEmpty())
            showArea(areaDescriptions()[m_navigation->currentRow()].area);
    });
    connect(m_statisticsNavigation, &QListWidget::itemSelectionChanged, this, [this] {
        if (!m_statisticsNavigation->selectedItems().isEmpty())
            showStatistics();
    });
    return column;
}

void MainWindow::fitNavigation()
{
    // Both lists as high as their rows (in the language's font), Statistics
    // right below the areas.
    for (QListWidget *list : {m_navigation, m_statisticsNavigation}) {
        list->setFixedHeight(list->count() * (list->sizeHintForRow(0) + 2 * list->spacing()) +
                             2 * list->frameWidth());
    }
}

StatisticsPage *MainWindow::buildStatisticsPage()
{
    auto *statistics = new StatisticsPage(m_database->connection(), m_pages);
    connect(statistics, &StatisticsPage::said, this,
            [this](const QString &message) { statusBar()->showMessage(message, 20000); });
    return statistics;
}

StatisticsPage *MainWindow::statisticsPage() const
{
    return m_pages->statisticsPage();
}

void MainWindow::showStatistics()
{
    // The row of the area shown before stays current (and is remembered at
    // the end), unselected.
    m_navigation->clearSelection();
    {
        const QSignalBlocker quiet(m_statisticsNavigation);
        m_statisticsNavigation->setCurrentRow(0);
    }
    m_pages->showStatistics();
    updateActions();
}

} // namespace ep
