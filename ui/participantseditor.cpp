#include "participantseditor.h"

#include "issuelabels.h"
#include "newpersondialog.h"
#include "participanttablemodel.h"
#include "participationdialog.h"
#include "personpickerdialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace ep {

ParticipantsEditor::ParticipantsEditor(const Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new ParticipantTableModel(workspace.db, this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_issues(IssueLabels::makeLabel(this))
    , m_addExisting(new QPushButton(this))
    , m_addNew(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_remove(new QPushButton(this))
{
    m_table->setObjectName(QStringLiteral("participantTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addExisting);
    buttons->addWidget(m_addNew);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_issues);
    layout->addWidget(m_table, 1);

    connect(m_addExisting, &QPushButton::clicked, this, &ParticipantsEditor::chooseExisting);
    connect(m_addNew, &QPushButton::clicked, this, &ParticipantsEditor::enterNew);
    connect(m_edit, &QPushButton::clicked, this, [this] { editParticipation(selectedRow()); });
    connect(m_remove, &QPushButton::clicked, this, &ParticipantsEditor::removeSelected);
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { editParticipation(index.row()); });
    auto *deleteKey =
        new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &ParticipantsEditor::removeSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_edit->setEnabled(selectedRow() >= 0);
        m_remove->setEnabled(selectedRow() >= 0);
    });
    retranslate();
    setParticipants({});
}

QList<Participation> ParticipantsEditor::participants() const
{
    return m_model->participants();
}

void ParticipantsEditor::setParticipants(const QList<Participation> &participants)
{
    m_model->setParticipants(participants);
    m_edit->setEnabled(false);
    m_remove->setEnabled(false);
    updateCount();
}

void ParticipantsEditor::showIssues(const QStringList &messages)
{
    m_issues->setText(messages.join(u'\n'));
    m_issues->setVisible(!messages.isEmpty());
}

int ParticipantsEditor::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
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
    m_table->selectRow(int(edited.size()) - 1);
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

void ParticipantsEditor::editParticipation(int row)
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
    m_table->selectRow(row);
    emit changed();
}

void ParticipantsEditor::removeSelected()
{
    if (selectedRow() < 0)
        return;
    QList<Participation> kept;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!m_table->selectionModel()->isRowSelected(row))
            kept.append(m_model->participants()[row]);
    }
    setParticipants(kept);
    emit changed();
}

void ParticipantsEditor::setCapacity(int capacity)
{
    m_capacity = capacity;
    updateCount();
}

void ParticipantsEditor::updateCount()
{
    const int count = m_model->rowCount();
    m_count->setText(m_capacity > 0
                         ? tr("%n participant(s) of %1 places", nullptr, count).arg(m_capacity)
                         : tr("%n participant(s)", nullptr, count));
}

void ParticipantsEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ParticipantsEditor::retranslate()
{
    m_addExisting->setText(tr("Add &People…"));
    m_addNew->setText(tr("Add &New Person…"));
    m_edit->setText(tr("&Edit…"));
    m_remove->setText(tr("&Remove"));
    updateCount();
}

} // namespace ep
