#include "window/windowlayout.h"

#include "window/areapage.h"
#include "window/areas.h"

#include <QMainWindow>
#include <QPointer>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>

#include <memory>

namespace ep {
namespace {

QString splitterSetting(const AreaPage *page)
{
    for (const AreaDescription &area : areaDescriptions()) {
        if (area.area == page->area())
            return u"window/splitter/"_qs % QLatin1String(area.key);
    }
    return {};
}

} // namespace

int WindowLayout::restore(QMainWindow *window, QSplitter *navigation, int navigationWidth)
{
    QSettings settings;
    // The first start's size where the screen has it (a laptop at 200 %
    // has 683×384 points); a restored geometry is kept on the screen by Qt.
    window->resize(QSize(1400, 900).boundedTo(window->screen()->availableGeometry().size()));
    window->restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    window->restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (settings.contains(QStringLiteral("window/navigation")))
        navigation->restoreState(settings.value(QStringLiteral("window/navigation")).toByteArray());
    else
        navigation->setSizes({navigationWidth, 1200});
    const int row = settings.value(QStringLiteral("window/area"), 0).toInt();
    return std::clamp(row, 0, int(areaDescriptions().size()) - 1);
}

void WindowLayout::restorePage(AreaPage *page)
{
    page->splitter()->restoreState(QSettings().value(splitterSetting(page)).toByteArray());
}

void WindowLayout::save(QMainWindow *window, QSplitter *navigation, int areaRow,
                        const QList<AreaPage *> &pages)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), window->saveGeometry());
    settings.setValue(QStringLiteral("window/state"), window->saveState());
    settings.setValue(QStringLiteral("window/navigation"), navigation->saveState());
    settings.setValue(QStringLiteral("window/area"), areaRow);
    for (const AreaPage *page : pages)
        settings.setValue(splitterSetting(page), page->splitter()->saveState());
}

void WindowLayout::keepListWidth(QStackedWidget *pages)
{
    auto left =
        std::make_shared<QPointer<AreaPage>>(qobject_cast<AreaPage *>(pages->currentWidget()));
    QObject::connect(pages, &QStackedWidget::currentChanged, pages, [pages, left] {
        auto *shown = qobject_cast<AreaPage *>(pages->currentWidget());
        if (shown && *left && *left != shown)
            shown->splitter()->setSizes((*left)->splitter()->sizes());
        *left = shown;
    });
}

} // namespace ep
