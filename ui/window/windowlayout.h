#pragma once

#include <QList>

class QMainWindow;
class QSplitter;
class QStackedWidget;

namespace ep {

class AreaPage;

// What the main window remembers of its look between runs (QSettings):
// size and place, the toolbar, the split between navigation and pages,
// each area's split between list and form, the area shown.
class WindowLayout final
{
public:
    // Restores the window and the navigation's split (`navigationWidth`
    // the first time); returns the row of the area shown last.
    static int restore(QMainWindow *window, QSplitter *navigation, int navigationWidth);
    static void restorePage(AreaPage *page);
    static void save(QMainWindow *window, QSplitter *navigation, int areaRow,
                     const QList<AreaPage *> &pages);
    // The area shown next gets the split of the one left: the list keeps its
    // width when the user switches areas.
    static void keepListWidth(QStackedWidget *pages);
};

} // namespace ep
