#pragma once

#include "domain/event.h"
#include "editing/workspace.h"
#include "widgets/tableeditor.h"

#include <functional>

namespace ep {

class AgendaTableModel;

// The Agenda tab of the event form: the programme day by day, edited in
// memory and written with the event.
class AgendaEditor final : public TableEditor
{
    Q_OBJECT

public:
    explicit AgendaEditor(const Workspace &workspace, QWidget *parent = nullptr);

    // Gives the event as currently entered, for the checks of the item dialog.
    void setEventSource(std::function<Event()> event) { m_event = std::move(event); }

    QList<AgendaItem> items() const;
    void setItems(const QList<AgendaItem> &items);

    void addItem();
    void editRow(int row) override;
    void removeSelected() override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    // Day, start and group: no two items share them, and they survive Save,
    // which gives new items their id.
    QVariant rowKey(int row) const override;

private:
    // The title keeps room to be read: it takes what the other columns
    // leave, but never less than a readable width; the table scrolls
    // sideways instead. A group column shows only when an item has a group.
    void fitColumns();
    void updateMapButton();
    void showSiteOnMap();
    void retranslate();
    static QVariant keyOf(const AgendaItem &item);
    // Runs the item dialog on the agenda as entered; `row` -1 for a new item.
    void runDialog(int row);

    Workspace m_workspace;
    std::function<Event()> m_event;
    AgendaTableModel *m_model;
    QPushButton *m_add;
    QPushButton *m_map;
};

} // namespace ep
