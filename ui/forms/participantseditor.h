#pragma once

#include "domain/event.h"
#include "editing/workspace.h"
#include "storage/personrepository.h"
#include "widgets/tableeditor.h"

#include <functional>

namespace ep {

class ParticipantTableModel;

// The Participants tab of the event form: who takes part and how, edited in
// memory and written with the event.
class ParticipantsEditor final : public TableEditor
{
    Q_OBJECT

public:
    explicit ParticipantsEditor(const Workspace &workspace, QWidget *parent = nullptr);

    // Gives the event as currently entered, for the checks of the dialog.
    void setEventSource(std::function<Event()> event) { m_event = std::move(event); }
    // The event's capacity, shown beside the count; 0: no limit.
    void setCapacity(int capacity);

    QList<Participation> participants() const;
    // The participants as edited (in the editor's own changes).
    void setParticipants(const QList<Participation> &participants);
    // The participants as stored, with their people's names as read now.
    void setParticipants(const QList<Participation> &participants,
                         const QList<PersonLabel> &people);
    // The `count` participants are being read: none shown, nothing to edit,
    // until setParticipants() with the people.
    void showReading(int count);
    // How many take part: as shown, or as being read.
    int count() const;

    // Adds the people with these ids (those not yet taking part), each as a
    // registered delegate.
    void addPeople(const QList<int> &personIds);
    void editRow(int row) override;
    void editSelected() override;
    void removeSelected() override;

    // The people of the rows selected.
    QList<int> selectedPersonIds() const;
    // Whether "Import…" can run: the event must be stored first.
    void setImportEnabled(bool enabled);

signals:
    // The user asked to import participants from a spreadsheet.
    void importRequested();

protected:
    void changeEvent(QEvent *event) override;
    QVariant rowKey(int row) const override; // the person: one participation each

private:
    void chooseExisting();
    void enterNew();
    void retranslate();
    void updateCount();

    Workspace m_workspace;
    std::function<Event()> m_event;
    int m_capacity = 0;
    int m_reading = 0; // participants being read, 0 when shown
    ParticipantTableModel *m_model;
    QLabel *m_count;
    QPushButton *m_addExisting;
    QPushButton *m_addNew;
    QPushButton *m_import;
};

} // namespace ep
