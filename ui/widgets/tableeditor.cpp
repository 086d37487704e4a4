#include "widgets/tableeditor.h"

#include "widgets/issuelabels.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace ep {

TableEditor::TableEditor(QAbstractItemModel *model, QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableView(this))
    , m_issues(IssueLabels::makeLabel(this))
    , m_buttons(new QHBoxLayout)
    , m_edit(new QPushButton(this))
    , m_remove(new QPushButton(this))
{
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrows move in it
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);

    m_buttons->addWidget(m_edit);
    m_buttons->addWidget(m_remove);
    m_buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_buttons);
    layout->addWidget(m_issues);
    layout->addWidget(m_table, 1);

    connect(m_edit, &QPushButton::clicked, this, [this] { editSelected(); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeSelected(); });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (!m_readOnly)
            editRow(index.row());
    });
    auto *deleteKey =
        new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, [this] {
        if (!m_readOnly)
            removeSelected();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TableEditor::updateButtons);
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_keysBeforeReset.clear();
        for (int row : selectedRows())
            m_keysBeforeReset.append(rowKey(row));
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        selectRowsWithKeys(m_keysBeforeReset);
        updateButtons();
    });
    updateButtons();
}

QPushButton *TableEditor::addButton()
{
    auto *button = new QPushButton(this);
    m_buttons->insertWidget(m_ownButtons++, button);
    return button;
}

void TableEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateButtons();
}

void TableEditor::addFooter(QWidget *widget)
{
    layout()->addWidget(widget);
}

void TableEditor::showIssues(const QStringList &messages)
{
    m_issues->setText(messages.join(u'\n'));
    m_issues->setVisible(!messages.isEmpty());
}

void TableEditor::selectRowsWithKeys(const QVariantList &keys)
{
    QItemSelectionModel *selection = m_table->selectionModel();
    selection->clearSelection();
    bool first = true;
    for (int row = 0; row < m_table->model()->rowCount() && !keys.isEmpty(); ++row) {
        if (!keys.contains(rowKey(row)))
            continue;
        const QModelIndex index = m_table->model()->index(row, 0);
        const auto how = QItemSelectionModel::Select | QItemSelectionModel::Rows;
        if (first)
            selection->setCurrentIndex(index, how);
        else
            selection->select(index, how);
        first = false;
    }
}

int TableEditor::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

QList<int> TableEditor::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

QList<int> TableEditor::unselectedRows() const
{
    QList<int> rows;
    for (int row = 0; row < m_table->model()->rowCount(); ++row) {
        if (!m_table->selectionModel()->isRowSelected(row))
            rows.append(row);
    }
    return rows;
}

void TableEditor::updateButtons()
{
    const bool selected = selectedRow() >= 0 && !m_readOnly;
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
}

void TableEditor::retranslateButtons()
{
    m_edit->setText(tr("&Edit…"));
    m_remove->setText(tr("&Remove"));
}

} // namespace ep
