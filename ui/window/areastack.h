#pragma once

#include "window/area.h"

#include <QStackedWidget>

#include <functional>

namespace ep {

class AreaPage;
struct AreaDescription;

// The main window's area pages, one shown at a time. A page is built the
// first time it is asked for: a database opens with only the page shown,
// so the window paints before the other areas read their lists and counts.
// A page not built yet has nothing to refresh or save; once built it reads
// the database as it is then.
class AreaStack final : public QStackedWidget
{
    Q_OBJECT

public:
    using PageMaker = std::function<AreaPage *(const AreaDescription &)>;

    explicit AreaStack(QWidget *parent = nullptr);

    // Deletes every page (they hold the previous database's connection);
    // pages are made by `makePage` from now on, parented to this stack.
    void reset(PageMaker makePage);
    // The area's page, built now if it was not yet. Null before reset().
    AreaPage *page(Area area);
    // The pages built so far, in the navigation's order.
    QList<AreaPage *> builtPages() const;
    AreaPage *currentPage() const;
    void showArea(Area area);

private:
    void deletePages();

    PageMaker m_makePage;
    // By navigationIndex(); null where not built yet.
    QList<AreaPage *> m_pages;
};

} // namespace ep
