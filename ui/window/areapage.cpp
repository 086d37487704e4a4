#include "window/areapage.h"

#include "forms/recordform.h"
#include "lists/recordlistmodel.h"
#include "widgets/noticelabel.h"
#include "widgets/searchkeys.h"
#include "window/areas.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ep {

AreaPage::AreaPage(const Workspace &workspace, const AreaDescription &description, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_description(description)
    , m_form(description.makeForm(workspace))
    , m_model(new RecordListModel(description.list(), workspace.db, this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_formTitle(new QLabel(this))
    , m_elsewhere(new QLabel(this))
    , m_save(new QPushButton(this))
    , m_revert(new QPushButton(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_searchDelay(new QTimer(this))
{
    Q_ASSERT(m_form->area() == description.area);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("list"));
    m_count->setObjectName(QStringLiteral("count"));
    m_table->setModel(m_model);
    m_table->hideColumn(0);
    // Enabling sorting sorts by the header's indicator: set it first.
    m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_formTitle->setObjectName(QStringLiteral("formTitle"));
    QFont titleFont = m_formTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_formTitle->setFont(titleFont);
    m_formTitle->setWordWrap(true);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setDefault(false);

    auto *listPane = new QWidget(m_splitter);
    m_table->setMinimumWidth(fontMetrics().averageCharWidth() * 18); // read at 200 % too
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_search);
    if (const qsizetype filters = m_model->definition().filters.size(); filters > 0) {
        // Before a visit: which titles, items, sites still need a
        // translation; for the data-protection officer: whose data lacks a
        // legal basis.
        m_filter = new QComboBox(listPane);
        m_filter->setObjectName(QStringLiteral("listFilter"));
        for (qsizetype item = 0; item <= filters; ++item) // "all" first
            m_filter->addItem(QString());
        listLayout->addWidget(m_filter);
        connect(m_filter, &QComboBox::currentIndexChanged, this, &AreaPage::filterList);
        // Tab in the order seen: search, filter, list, then the form.
        setTabOrder(m_search, m_filter);
        setTabOrder(m_filter, m_table);
    }
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_count);

    auto *formPane = new QWidget(m_splitter);
    auto *formLayout = new QVBoxLayout(formPane);
    formLayout->setContentsMargins(8, 0, 0, 0);
    formLayout->addWidget(m_formTitle);
    m_elsewhere->setObjectName(QStringLiteral("changedElsewhere"));
    makeNotice(m_elsewhere);
    formLayout->addWidget(m_elsewhere);
    m_form->setParent(formPane);
    formLayout->addWidget(m_form, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    formLayout->addLayout(buttons);

    m_splitter->addWidget(listPane);
    m_splitter->addWidget(formPane);
    // The form gets the larger part: an event's agenda and participants are
    // wide tables. The user's own split is remembered (MainWindow).
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({400, 600});
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(120);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] {
        m_model->setSearchText(m_search->text());
        // The form shows what the list holds: the first match in place of a
        // record the search left out — unless it holds unsaved input.
        const int id = m_form->recordId();
        const int row = id > 0 ? m_model->rowOfId(id) : -1;
        if (row < 0 && m_model->rowCount() > 0 && !m_form->isModified())
            m_table->selectRow(0); // shows the record, as a click would
        else
            selectListRow(row);
        updateCount();
    });
    new SearchKeys(m_search, m_table, SearchKeys::Enter::GoesToResults);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AreaPage::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // Sorting by a header click resets the model: keep the record selected.
        if (!m_selecting)
            selectRow(m_form->recordId());
    });
    connect(m_save, &QPushButton::clicked, this, &AreaPage::saveRecord);
    connect(m_revert, &QPushButton::clicked, this, &AreaPage::revertRecord);
    connect(m_form, &RecordForm::modifiedChanged, this, [this] {
        const bool modified = m_form->isModified();
        if (!modified && m_elsewhereState != RecordForm::StoredState::Unchanged) {
            // Saved, reverted or shown anew: the form holds what is stored.
            m_elsewhereState = RecordForm::StoredState::Unchanged;
            updateElsewhereNotice();
        }
        m_save->setEnabled(modified);
        m_revert->setEnabled(modified);
        retranslate();
        emit stateChanged();
    });
    connect(m_form, &RecordForm::openRequested, this, &AreaPage::openRequested);
    connect(m_form, &RecordForm::connectionLost, this, [this] {
        if (m_saving)
            m_saveWaiting = true;
        emit connectionLost();
    });
    // Forms enable their buttons as the record shown asks: off again.
    connect(this, &AreaPage::stateChanged, this, [this] {
        if (m_readOnly)
            m_form->setReadOnly(true);
    });
    retranslate();
    updateCount();
    m_save->setEnabled(false);
    m_revert->setEnabled(false);
}

Area AreaPage::area() const
{
    return m_description.area;
}

bool AreaPage::settleEdits()
{
    if (!m_form->isModified())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved Changes"),
        m_form->recordId() == 0 ? tr("The new record has not been saved. Save it now?")
                                : tr("\"%1\" has unsaved changes. Save them now?")
                                      .arg(m_form->recordName(m_form->recordId())),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return saveRecord();
    if (answer == QMessageBox::Discard) {
        m_form->showRecord(m_form->recordId());
        return true;
    }
    return false;
}

void AreaPage::selectionChanged()
{
    if (m_selecting)
        return;
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const int id = current.isValid() ? m_model->idAt(current.row()) : 0;
    if (id == m_form->recordId() || id == 0)
        return;
    if (!settleEdits()) {
        selectRow(m_form->recordId()); // back to the record with the edits
        return;
    }
    m_form->showRecord(id);
    emit stateChanged();
}

void AreaPage::selectRow(int id)
{
    selectListRow(id > 0 ? m_model->rowOfId(id) : -1);
}

// Selects `row` (none: -1) without showing another record.
void AreaPage::selectListRow(int row)
{
    m_selecting = true;
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 1));
    } else {
        m_table->clearSelection();
    }
    m_selecting = false;
}

void AreaPage::newRecord()
{
    if (m_readOnly || !settleEdits())
        return;
    m_table->clearSelection();
    m_form->showRecord(0);
    m_form->firstField()->setFocus();
    emit stateChanged();
}

bool AreaPage::saveRecord()
{
    if (m_readOnly)
        return false;
    m_saving = true;
    const bool saved = m_form->save();
    m_saving = false;
    if (!saved)
        return false;
    m_saveWaiting = false;
    refreshList();
    selectRow(m_form->recordId());
    emit stateChanged();
    return true;
}

void AreaPage::revertRecord()
{
    m_form->showRecord(m_form->recordId());
}

void AreaPage::deleteSelected()
{
    if (m_readOnly)
        return;
    const int id = m_form->recordId();
    if (id == 0) {
        // A new record not yet saved: deleting it is discarding the input.
        m_form->showRecord(0);
        return;
    }
    const QString name = m_form->recordName(id);
    QString question = tr("Delete \"%1\"?").arg(name);
    const QStringList consequences = m_form->impactOfRemoving(id).describe();
    if (!consequences.isEmpty())
        question += u"\n\n"_qs % consequences.join(u'\n');
    question += u"\n\n"_qs % tr("You can undo this with Edit › Undo.");
    QMessageBox box(QMessageBox::Warning, tr("Delete"), question, QMessageBox::Cancel, this);
    QPushButton *deleteButton = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != deleteButton)
        return;
    const int row = m_table->selectionModel()->currentIndex().row();
    if (!m_form->remove(id))
        return;
    refreshList();
    const int next = std::min(row, m_model->rowCount() - 1);
    m_form->showRecord(next >= 0 ? m_model->idAt(next) : 0);
    selectRow(m_form->recordId());
    emit stateChanged();
}

void AreaPage::showRecord(int id)
{
    if (id == m_form->recordId() && id != 0)
        return;
    if (!settleEdits())
        return;
    if (m_model->rowOfId(id) < 0 && !m_search->text().isEmpty()) {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
        m_model->setSearchText(QString());
        updateCount();
    }
    m_form->showRecord(id);
    selectRow(id);
    emit stateChanged();
}

void AreaPage::noteChange(Area area, int id)
{
    if (!isVisible()) {
        m_listStale = true;
        return;
    }
    refreshList();
    if (!m_form->isModified()) {
        // The record may have been changed or deleted (undo, redo, another area).
        const bool showsChanged = area == this->area() && id == m_form->recordId();
        if (showsChanged || area != this->area())
            m_form->showRecord(m_model->rowOfId(m_form->recordId()) >= 0 ? m_form->recordId() : 0);
        if (area == this->area() && m_form->recordId() == 0 && m_model->rowOfId(id) >= 0)
            m_form->showRecord(id);
    }
    m_form->reloadChoices();
    selectRow(m_form->recordId());
    emit stateChanged();
}

void AreaPage::noteChangesElsewhere()
{
    if (!isVisible()) {
        m_listStale = true;
        return;
    }
    refreshList();
    if (m_form->isModified()) {
        noteEditedRecordElsewhere();
    } else if (const RecordForm::StoredState state = m_form->storedState();
               state != RecordForm::StoredState::Unchanged) {
        m_form->showRecord(state == RecordForm::StoredState::Deleted ? 0 : m_form->recordId());
    }
    m_form->reloadChoices();
    selectRow(m_form->recordId());
    updateElsewhereNotice();
    emit stateChanged();
}

void AreaPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_form->setReadOnly(readOnly);
    m_save->setVisible(!readOnly);
    m_revert->setVisible(!readOnly);
}

void AreaPage::saveWaitingEdits()
{
    if (!m_saveWaiting)
        return;
    m_saveWaiting = false;
    if (m_form->isModified())
        saveRecord();
}

void AreaPage::noteEditedRecordElsewhere()
{
    if (const RecordForm::StoredState state = m_form->storedState();
        state != RecordForm::StoredState::Unchanged) {
        m_elsewhereState = state;
    }
}

void AreaPage::updateElsewhereNotice()
{
    switch (m_elsewhereState) {
    case RecordForm::StoredState::Unchanged:
        break;
    case RecordForm::StoredState::Changed:
        m_elsewhere->setText(tr("Another window or program changed this record since you opened "
                                "it. Your input is kept; when you save, you choose which of "
                                "your changes to keep."));
        break;
    case RecordForm::StoredState::Deleted:
        m_elsewhere->setText(tr("Another window or program deleted this record since you opened "
                                "it. Your input is kept; when you save, you can store it as a "
                                "new record."));
        break;
    }
    m_elsewhere->setVisible(m_elsewhereState != RecordForm::StoredState::Unchanged);
}

void AreaPage::refreshList()
{
    m_selecting = true;
    m_model->refresh();
    m_selecting = false;
    m_listStale = false;
    updateCount();
}

void AreaPage::showEvent(QShowEvent *event)
{
    if (!m_shownBefore) {
        m_shownBefore = true;
        fitColumns();
        if (m_form->recordId() == 0 && !m_form->isModified() && m_model->rowCount() > 0) {
            m_form->showRecord(m_model->idAt(0));
            selectRow(m_form->recordId());
        }
    }
    if (m_listStale) {
        refreshList();
        if (!m_form->isModified())
            m_form->showRecord(m_model->rowOfId(m_form->recordId()) >= 0 ? m_form->recordId() : 0);
        else
            noteEditedRecordElsewhere();
        m_form->reloadChoices();
        selectRow(m_form->recordId());
        updateElsewhereNotice();
    }
    QWidget::showEvent(event);
}

void AreaPage::fitColumns()
{
    // Wide enough for the rows in view, but no column so wide that the
    // others leave the view. Qt measures up to the header's precision in
    // rows (1,000 by default: a fifth of the start-up with 5,000 events);
    // here about the rows in view.
    const int rowsInView = m_table->viewport()->height() /
                               std::max(1, m_table->verticalHeader()->defaultSectionSize()) +
                           1;
    m_table->horizontalHeader()->setResizeContentsPrecision(std::max(rowsInView, 30));
    m_table->resizeColumnsToContents();
    const int widest = std::max(160, m_table->viewport()->width() / 2);
    for (int column = 1; column < m_model->columnCount(); ++column) {
        if (m_table->columnWidth(column) > widest)
            m_table->setColumnWidth(column, widest);
    }
}

void AreaPage::updateCount()
{
    // A list that cannot be read says why, never passes for an empty one.
    const QString failure = m_model->readFailure();
    m_count->setText(failure.isEmpty() ? tr(m_description.count, nullptr, m_model->matchingCount())
                                       : failure);
    m_count->setWordWrap(!failure.isEmpty());
    m_table->setAccessibleDescription(m_count->text());
}

void AreaPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_selecting = true;
        m_model->setDefinition(m_description.list());
        m_selecting = false;
        selectRow(m_form->recordId());
        retranslate();
        updateElsewhereNotice();
        updateCount();
    }
    QWidget::changeEvent(event);
}

void AreaPage::filterList()
{
    const int choice = m_filter->currentIndex();
    m_model->setFilter(choice <= 0 ? std::nullopt : std::optional(choice - 1));
    selectRow(m_form->recordId());
    updateCount();
}

void AreaPage::retranslate()
{
    if (m_filter) {
        const ListDefinition &list = m_model->definition();
        m_filter->setItemText(0, tr(list.allFilterLabel));
        for (qsizetype item = 0; item < list.filters.size(); ++item)
            m_filter->setItemText(int(item) + 1, tr(list.filters[item].label));
        m_filter->setToolTip(tr(list.filterToolTip));
    }
    m_save->setText(tr("&Save"));
    m_revert->setText(tr("Re&vert"));
    const bool isNew = m_form->recordId() == 0;
    const bool modified = m_form->isModified();
    m_search->setPlaceholderText(tr(m_description.searchPlaceholder));
    QString title = tr(m_description.newRecordTitle);
    // The stored name, read again whenever the form matches the database
    // (after showing or saving), not on every key typed.
    if (!isNew && (!modified || m_recordTitle.isEmpty()))
        m_recordTitle = m_form->recordName(m_form->recordId());
    if (!isNew)
        title = m_recordTitle;
    m_formTitle->setText(modified ? tr("%1 (unsaved changes)").arg(title) : title);
    m_form->setAccessibleName(m_formTitle->text());
    m_table->setAccessibleName(QCoreApplication::translate("ep::MainWindow", m_description.name));
}

} // namespace ep
