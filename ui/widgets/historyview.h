#pragma once

#include "storage/eventlink.h"

#include <QTreeWidget>

namespace ep {

// The events a person took part in, or that visited a site. Double-click
// (or Enter) opens the event.
class HistoryView final : public QTreeWidget
{
    Q_OBJECT

public:
    enum class Detail
    {
        Role,
        Day
    };

    explicit HistoryView(Detail detail, QWidget *parent = nullptr);

    void setLinks(const QList<EventLink> &links);

signals:
    void eventActivated(int eventId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Detail m_detail;
    QList<EventLink> m_links;
};

} // namespace ep
