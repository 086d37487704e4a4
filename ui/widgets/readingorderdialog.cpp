#include "widgets/readingorderdialog.h"

#include "widgets/taborder.h"

namespace ep {

void ReadingOrderDialog::orderTabs(QFormLayout *form, QWidget *buttons)
{
    taborder::focusLabelsOnStops(form);
    orderTabs([form, buttons] { return taborder::stopsOf(form) + taborder::stopsOf(buttons); });
}

void ReadingOrderDialog::orderTabs(std::function<QList<QWidget *>()> stops)
{
    m_stops = std::move(stops);
}

bool ReadingOrderDialog::focusNextPrevChild(bool next)
{
    return (m_stops && taborder::move(m_stops(), next, true)) || QDialog::focusNextPrevChild(next);
}

} // namespace ep
