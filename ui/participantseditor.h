#pragma once

#include "event.h"
#include "workspace.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace ep {

class ParticipantTableModel;

// The Participants tab of the event form: who takes part and how, edited in
// memory and written with the event.
class ParticipantsEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit ParticipantsEditor(const Workspace &workspace, QWidget *parent = nullptr);

    // Gives the event as currently entered, for the checks of the dialog.
    void setEventSource(std::function<Event()> event) { m_event = std::move(event); }
    // The event's capacity, shown beside the count; 0: no limit.
    void setCapacity(int capacity);

    QList<Participation> participants() const;
    void setParticipants(const QList<Participation> &participants);
    void showIssues(const QStringList &messages);

    // Adds the people with these ids (those not yet taking part), each as a
    // registered delegate.
    void addPeople(const QList<int> &personIds);
    void editParticipation(int row);
    void removeSelected();

    QTableView *table() const { return m_table; }

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void chooseExisting();
    void enterNew();
    void retranslate();
    void updateCount();
    int selectedRow() const;

    Workspace m_workspace;
    std::function<Event()> m_event;
    int m_capacity = 0;
    ParticipantTableModel *m_model;
    QTableView *m_table;
    QLabel *m_count;
    QLabel *m_issues;
    QPushButton *m_addExisting;
    QPushButton *m_addNew;
    QPushButton *m_edit;
    QPushButton *m_remove;
};

} // namespace ep
