#include "agendaeditor.h"

#include "agendaitemdialog.h"
#include "agendatablemodel.h"
#include "issuelabels.h"

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

AgendaEditor::AgendaEditor(const Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new AgendaTableModel(workspace.db, this))
    , m_table(new QTableView(this))
    , m_issues(IssueLabels::makeLabel(this))
    , m_add(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_remove(new QPushButton(this))
{
    m_table->setObjectName(QStringLiteral("agendaTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Day, time and kind are short and fit; the title takes the room left,
    // site and hosts a fair share that the user can widen.
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    for (int column : {AgendaTableModel::Day, AgendaTableModel::Time, AgendaTableModel::Kind})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AgendaTableModel::Title, QHeaderView::Stretch);
    header->resizeSection(AgendaTableModel::Site, 130);
    header->resizeSection(AgendaTableModel::Hosts, 130);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_issues);
    layout->addWidget(m_table, 1);

    connect(m_add, &QPushButton::clicked, this, &AgendaEditor::addItem);
    connect(m_edit, &QPushButton::clicked, this, [this] { editItem(selectedRow()); });
    connect(m_remove, &QPushButton::clicked, this, &AgendaEditor::removeSelected);
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { editItem(index.row()); });
    auto *deleteKey =
        new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &AgendaEditor::removeSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_edit->setEnabled(selectedRow() >= 0);
        m_remove->setEnabled(selectedRow() >= 0);
    });
    retranslate();
    setItems({});
}

QList<AgendaItem> AgendaEditor::items() const
{
    return m_model->items();
}

void AgendaEditor::setItems(const QList<AgendaItem> &items)
{
    m_model->setItems(items);
    m_edit->setEnabled(false);
    m_remove->setEnabled(false);
}

void AgendaEditor::showIssues(const QStringList &messages)
{
    m_issues->setText(messages.join(u'\n'));
    m_issues->setVisible(!messages.isEmpty());
}

int AgendaEditor::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void AgendaEditor::addItem()
{
    Event event = m_event();
    event.agenda = items();
    AgendaItemDialog dialog(m_workspace, event, -1, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QList<AgendaItem> edited = items();
    edited.append(dialog.item());
    setItems(edited);
    emit changed();
}

void AgendaEditor::editItem(int row)
{
    if (row < 0)
        return;
    Event event = m_event();
    event.agenda = items();
    AgendaItemDialog dialog(m_workspace, event, row, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QList<AgendaItem> edited = items();
    edited[row] = dialog.item();
    setItems(edited);
    emit changed();
}

void AgendaEditor::removeSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    QList<AgendaItem> kept;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!m_table->selectionModel()->isRowSelected(row))
            kept.append(m_model->items()[row]);
    }
    setItems(kept);
    emit changed();
}

void AgendaEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AgendaEditor::retranslate()
{
    m_add->setText(tr("&Add Item…"));
    m_edit->setText(tr("&Edit…"));
    m_remove->setText(tr("&Remove"));
    m_model->setLanguage(languageOfLocale());
}

} // namespace ep
