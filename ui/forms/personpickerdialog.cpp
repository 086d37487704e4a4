#include "forms/personpickerdialog.h"

#include "forms/newpersondialog.h"
#include "lists/recordlistmodel.h"
#include "widgets/searchkeys.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ep {

PersonPickerDialog::PersonPickerDialog(const Workspace &workspace, Selection selection,
                                       QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_model(new RecordListModel(ListDefinition::people(), workspace.db, this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_searchDelay(new QTimer(this))
{
    setWindowTitle(selection == Selection::Multiple ? tr("Choose People") : tr("Choose a Person"));
    m_search->setPlaceholderText(tr("Search by name, organisation, email, city …"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("search"));
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("People"));
    m_table->hideColumn(0);
    m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(selection == Selection::Multiple
                                  ? QAbstractItemView::ExtendedSelection
                                  : QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false); // one line per person: more of them in sight
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *newPerson = buttons->addButton(tr("&New Person…"), QDialogButtonBox::ActionRole);
    connect(newPerson, &QPushButton::clicked, this, &PersonPickerDialog::enterNewPerson);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableView::doubleClicked, this, &QDialog::accept);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &PersonPickerDialog::search);
    // Enter takes the one match, or the rows selected (accept()).
    new SearchKeys(m_search, m_table, SearchKeys::Enter::ForTheDialog);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);
    // Room for name, organisation, email and city side by side.
    resize(980, 600);
    fitColumns();
    updateCount();
    m_search->setFocus();
}

void PersonPickerDialog::updateCount()
{
    const int count = m_model->matchingCount();
    m_count->setText(tr("%Ln person(s) found", nullptr, count));
}

void PersonPickerDialog::search()
{
    m_searchDelay->stop();
    m_model->setSearchText(m_search->text());
    fitColumns();
    updateCount();
}

// Each column as wide as what it shows, up to a fifth of the dialog: a long
// job title does not push email and city out of sight.
void PersonPickerDialog::fitColumns()
{
    m_table->resizeColumnsToContents();
    const int widest = std::max(120, width() / 5);
    for (int column = 1; column < m_model->columnCount(); ++column) {
        if (m_table->columnWidth(column) > widest)
            m_table->setColumnWidth(column, widest);
    }
}

void PersonPickerDialog::accept()
{
    // Enter right after typing: the search the typing asked for first.
    if (m_searchDelay->isActive())
        search();
    m_chosen.clear();
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        m_chosen.append(m_model->idAt(row.row()));
    if (m_chosen.isEmpty() && m_model->rowCount() == 1)
        m_chosen.append(m_model->idAt(0));
    if (m_chosen.isEmpty())
        return;
    QDialog::accept();
}

void PersonPickerDialog::enterNewPerson()
{
    NewPersonDialog dialog(m_workspace, m_search->text(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_chosen = {dialog.personId()};
    QDialog::accept();
}

} // namespace ep
