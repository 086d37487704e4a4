#include "forms/participantseditor.h"

#include "forms/newpersondialog.h"
#include "forms/participationdialog.h"
#include "forms/participationsdialog.h"
#include "forms/personpickerdialog.h"
#include "lists/participanttablemodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

namespace ep {

ParticipantsEditor::ParticipantsEditor(const Workspace &workspace, QWidget *parent)
    : TableEditor(new ParticipantTableModel(workspace.db), parent)
    , m_workspace(workspace)
    , m_model(qobject_cast<ParticipantTableModel *>(table()->model()))
    , m_count(new QLabel(this))
    , m_addExisting(addButton())
    , m_addNew(addButton())
    , m_import(addButton())
{
    m_model->setParent(this);
    table()->setObjectName(QStringLiteral("participantTable"));
    table()->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table()->horizontalHeader()->setStretchLastSection(true);
    addFooter(m_count);
    connect(m_addExisting, &QPushButton::clicked, this, &ParticipantsEditor::chooseExisting);
    connect(m_addNew, &QPushButton::clicked, this, &ParticipantsEditor::enterNew);
    connect(m_import, &QPushButton::clicked, this, &ParticipantsEditor::importRequested);
    retranslate();
}

QList<Participation> ParticipantsEditor::participants() const
{
    return m_model->participants();
}

void ParticipantsEditor::setParticipants(const QList<Participation> &participants)
{
    m_model->setParticipants(participants);
    updateCount();
}

void ParticipantsEditor::setParticipants(const QList<Participation> &participants,
                                         const QList<PersonLabel> &people)
{
    m_reading = 0;
    setEnabled(true);
    m_model->setParticipants(participants, people);
    updateCount();
}

void ParticipantsEditor::showReading(int count)
{
    m_model->setParticipants({}, {});
    m_reading = count;
    setEnabled(false);
    updateCount();
}

int ParticipantsEditor::count() const
{
    return m_reading > 0 ? m_reading : m_model->rowCount();
}

void ParticipantsEditor::addPeople(const QList<int> &personIds)
{
    QList<Participation> edited = participants();
    bool added = false;
    for (int personId : personIds) {
        const bool present = std::any_of(edited.cbegin(), edited.cend(),
                                         [personId](const Participation &participation) {
                                             return participation.personId == personId;
                                         });
        if (present)
            continue;
        Participation participation;
        participation.personId = personId;
        edited.append(participation);
        added = true;
    }
    if (!added)
        return;
    setParticipants(edited);
    table()->selectRow(int(edited.size()) - 1);
    emit changed();
}

void ParticipantsEditor::chooseExisting()
{
    PersonPickerDialog dialog(m_workspace, PersonPickerDialog::Selection::Multiple, this);
    if (dialog.exec() == QDialog::Accepted)
        addPeople(dialog.chosenIds());
}

void ParticipantsEditor::enterNew()
{
    NewPersonDialog dialog(m_workspace, QString(), this);
    if (dialog.exec() == QDialog::Accepted)
        addPeople({dialog.personId()});
}

void ParticipantsEditor::editRow(int row)
{
    if (row < 0)
        return;
    Event event = m_event();
    event.participants = participants();
    ParticipationDialog dialog(m_workspace, event, row, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QList<Participation> edited = participants();
    edited[row] = dialog.participation();
    setParticipants(edited);
    table()->selectRow(row);
    emit changed();
}

void ParticipantsEditor::editSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.size() <= 1) {
        editRow(selectedRow());
        return;
    }
    Event event = m_event();
    event.participants = participants();
    ParticipationsDialog dialog(event, rows, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QList<Participation> edited = participants();
    for (int row : rows)
        edited[row] = dialog.applied(edited[row]);
    if (edited == participants())
        return;
    setParticipants(edited);
    emit changed();
}

QVariant ParticipantsEditor::rowKey(int row) const
{
    return m_model->participants().at(row).personId;
}

void ParticipantsEditor::removeSelected()
{
    if (selectedRow() < 0)
        return;
    QList<Participation> kept;
    for (int row : unselectedRows())
        kept.append(m_model->participants()[row]);
    setParticipants(kept);
    emit changed();
}

void ParticipantsEditor::setImportEnabled(bool enabled)
{
    m_import->setEnabled(enabled);
}

void ParticipantsEditor::setCapacity(int capacity)
{
    m_capacity = capacity;
    updateCount();
}

void ParticipantsEditor::updateCount()
{
    if (m_reading > 0) {
        m_count->setText(tr("Reading %Ln participant(s)…", nullptr, m_reading));
        return;
    }
    const int count = m_model->rowCount();
    m_count->setText(m_capacity > 0
                         ? tr("%Ln participant(s) of %L1 places", nullptr, count).arg(m_capacity)
                         : tr("%Ln participant(s)", nullptr, count));
}

void ParticipantsEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ParticipantsEditor::retranslate()
{
    table()->setAccessibleName(tr("Participants"));
    m_addExisting->setText(tr("Add &People…"));
    m_addNew->setText(tr("Add &New Person…"));
    m_import->setText(tr("&Import from a Spreadsheet…"));
    m_import->setToolTip(tr("Import the participants from a CSV file, e.g. an Excel list of "
                            "registrations"));
    retranslateButtons();
    updateCount();
}

QList<int> ParticipantsEditor::selectedPersonIds() const
{
    QList<int> ids;
    const QList<Participation> all = participants();
    for (int row : selectedRows())
        ids.append(all.value(row).personId);
    return ids;
}

} // namespace ep
