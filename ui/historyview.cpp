#include "historyview.h"

#include "formats.h"
#include "vocabulary.h"

#include <QEvent>
#include <QHeaderView>

namespace ep {

HistoryView::HistoryView(Detail detail, QWidget *parent)
    : QTreeWidget(parent)
    , m_detail(detail)
{
    setRootIsDecorated(false);
    setAlternatingRowColors(true);
    setUniformRowHeights(true);
    setColumnCount(4);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 4; ++column)
        header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
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
                     m_detail == Detail::Role ? tr("Part") : tr("Day of the visit")});
    clear();
    const QLocale locale;
    const Language language = languageOfLocale();
    for (const EventLink &link : m_links) {
        const QString dates = link.startDate == link.endDate
                                  ? locale.toString(link.startDate, dateFormat())
                                  : locale.toString(link.startDate, dateFormat()) % u" – " %
                                        locale.toString(link.endDate, dateFormat());
        auto *item = new QTreeWidgetItem(
            this,
            {link.title.text(language), vocabularyLabel(Vocabulary::EventKind, link.kind), dates,
             m_detail == Detail::Role ? vocabularyLabel(Vocabulary::ParticipantRole, link.role)
                                      : locale.toString(link.day, dateFormat())});
        item->setData(0, Qt::UserRole, link.eventId);
    }
}

} // namespace ep
