#pragma once

#include "event.h"
#include "workspace.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace ep {

class AgendaTableModel;

// The Agenda tab of the event form: the programme day by day, edited in
// memory and written with the event.
class AgendaEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit AgendaEditor(const Workspace &workspace, QWidget *parent = nullptr);

    // Gives the event as currently entered, for the checks of the item dialog.
    void setEventSource(std::function<Event()> event) { m_event = std::move(event); }

    QList<AgendaItem> items() const;
    void setItems(const QList<AgendaItem> &items);
    // Messages about items that no longer fit, e.g. after the dates changed.
    void showIssues(const QStringList &messages);

    void addItem();
    void editItem(int row);
    void removeSelected();

    QTableView *table() const { return m_table; }

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    int selectedRow() const;

    Workspace m_workspace;
    std::function<Event()> m_event;
    AgendaTableModel *m_model;
    QTableView *m_table;
    QLabel *m_issues;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
};

} // namespace ep
