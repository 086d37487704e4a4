#include "widgets/personlistedit.h"

#include "forms/personpickerdialog.h"
#include "storage/personrepository.h"

#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QListWidget>
#include <QPushButton>

namespace ep {

PersonListEdit::PersonListEdit(const Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
{
    // As high as the list at most: a tall dialog does not float the list
    // away from its label and buttons.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 0, 0, 3, 1, Qt::AlignTop);
    layout->addWidget(m_add, 0, 1);
    layout->addWidget(m_remove, 1, 1);
    layout->setRowStretch(2, 1);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setMaximumHeight(m_list->fontMetrics().lineSpacing() * 5 + 8);
    m_list->installEventFilter(this);
    connect(m_add, &QPushButton::clicked, this, &PersonListEdit::addPeople);
    connect(m_remove, &QPushButton::clicked, this, &PersonListEdit::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });
    retranslate();
    refill();
}

void PersonListEdit::setPersonIds(const QList<int> &ids)
{
    m_ids = ids;
    refill();
}

void PersonListEdit::refill()
{
    m_list->clear();
    for (const PersonLabel &label : PersonRepository(m_workspace.db).labels(m_ids)) {
        auto *item = new QListWidgetItem(label.nameWithOrganisation(), m_list);
        item->setData(Qt::UserRole, label.id);
    }
    m_remove->setEnabled(false);
}

void PersonListEdit::addPeople()
{
    PersonPickerDialog dialog(m_workspace, PersonPickerDialog::Selection::Multiple, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QList<int> added;
    for (int id : dialog.chosenIds()) {
        if (!m_ids.contains(id)) {
            m_ids.append(id);
            added.append(id);
        }
    }
    if (!added.isEmpty()) {
        refill();
        emit changed();
    }
    showChosen(dialog.chosenIds());
}

// The list takes the focus with the people just chosen selected: they can be
// seen and, if wrong, removed with Delete; Enter then reaches the dialog's
// default button instead of opening the picker again from "Add…".
void PersonListEdit::showChosen(const QList<int> &ids)
{
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const bool chosen = ids.contains(item->data(Qt::UserRole).toInt());
        item->setSelected(chosen);
        if (chosen)
            m_list->setCurrentItem(item, QItemSelectionModel::Select);
    }
    m_list->setFocus(Qt::OtherFocusReason);
}

void PersonListEdit::removeSelected()
{
    const QList<QListWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    for (const QListWidgetItem *item : selected)
        m_ids.removeAll(item->data(Qt::UserRole).toInt());
    refill();
    emit changed();
}

bool PersonListEdit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->matches(QKeySequence::Delete)) {
        removeSelected();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void PersonListEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PersonListEdit::retranslate()
{
    m_add->setText(tr("Add…"));
    m_remove->setText(tr("Remove"));
}

} // namespace ep
