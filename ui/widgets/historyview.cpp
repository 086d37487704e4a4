#include "widgets/historyview.h"

#include "domain/formats.h"
#include "domain/vocabulary.h"

#include <QEvent>
#include <QHeaderView>

namespace ep {

HistoryView::HistoryView(Detail detail, QWidget *parent)
    : QTreeWidget(parent)
    , m_detail(detail)
{
    setRootIsDecorated(false);
    setTabKeyNavigation(false); // Tab leaves the list; the arrows move in it
    setAlternatingRowColors(true);
    setUniformRowHeights(true);
    setColumnCount(4);
    header()->setStretchLastSection(false);
    // The title takes the room the other columns leave. They are fitted to
    // their contents once when the rows change (retranslate()), not in
    // ResizeToContents mode: that measures every row at each change of the
    // geometry, a third of showing a site visited 230 times.
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit eventActivated(item->data(0, Qt::UserRole).toInt());
    });
    retranslate();
}

void HistoryView::setLinks(const QList<EventLink> &links)
{
    m_links = links;
    retranslate();
}

void HistoryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTreeWidget::changeEvent(event);
}

void HistoryView::retranslate()
{
    setHeaderLabels({tr("Event"), tr("Kind"), tr("Dates"),
                     //: column heading: the role in which a person took part in an event
                     m_detail == Detail::Role ? tr("Part") : tr("Day of the visit")});
    clear();
    const Language language = languageOfLocale();
    for (const EventLink &link : m_links) {
        const QString dates =
            link.startDate == link.endDate
                ? displayDate(link.startDate)
                : displayDate(link.startDate) % u" – " % displayDate(link.endDate);
        auto *item = new QTreeWidgetItem(
            this,
            {link.title.text(language), vocabularyLabel(Vocabulary::EventKind, link.kind), dates,
             m_detail == Detail::Role ? vocabularyLabel(Vocabulary::ParticipantRole, link.role)
                                      : displayDate(link.day)});
        item->setData(0, Qt::UserRole, link.eventId);
    }
    for (int column = 1; column < columnCount(); ++column)
        resizeColumnToContents(column);
}

} // namespace ep
