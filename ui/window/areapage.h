#pragma once

#include "editing/workspace.h"
#include "forms/recordform.h"
#include "window/area.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;

namespace ep {

class RecordListModel;
struct AreaDescription;

// One area of the main window: a searchable, sortable list of records beside
// the form that edits the selected one. It guards the user's input: before
// another record is shown, unsaved edits are saved or discarded, as the user
// chooses.
class AreaPage final : public QWidget
{
    Q_OBJECT

public:
    // Makes the area's list and form as `description` says; the description
    // outlives the page (areaDescriptions() holds it for the whole program).
    AreaPage(const Workspace &workspace, const AreaDescription &description,
             QWidget *parent = nullptr);

    Area area() const;
    RecordForm *form() const { return m_form; }
    RecordListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    // The list's filter (ListDefinition::filters): "All", "Missing German",
    // "Missing Polish", "Missing English" for content in three languages,
    // "All people", "No legal basis recorded", "Consent withdrawn" for
    // people; null in the Organisations area.
    QComboBox *listFilter() const { return m_filter; }
    QSplitter *splitter() const { return m_splitter; }

    // Asks what to do with unsaved edits, if there are any: save them (false
    // if they are not valid), discard them, or cancel (false).
    bool settleEdits();

    void newRecord();
    bool saveRecord();
    void revertRecord();
    void deleteSelected();
    // Selects the record in the list (clearing a search that hides it) and shows it.
    void showRecord(int id);
    // Shows a change written anywhere in the window (or undone).
    void noteChange(Area area, int id);
    // Another window or program committed to the database: the list shows
    // it, an unedited form shows the record as stored now, a form being
    // edited keeps the input and says that its record changed elsewhere.
    void noteChangesElsewhere();

    // A role that may only read: no new records, no saving or deleting,
    // the form read-only.
    void setReadOnly(bool readOnly);
    // The connection is back: a save that failed because it was lost is
    // done now, with the input as it is now.
    void saveWaitingEdits();

signals:
    // Enabled state of New, Save, Revert, Delete may have changed.
    void stateChanged();
    void openRequested(ep::Area area, int id);
    // A save or deletion failed because the team database's server is gone.
    void connectionLost();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void selectionChanged();
    void refreshList();
    void selectRow(int id);
    void selectListRow(int row);
    void updateCount();
    void fitColumns();
    void retranslate();
    void updateElsewhereNotice();
    // Remembers what another writer did to the record being edited.
    void noteEditedRecordElsewhere();
    void filterList();

    Workspace m_workspace;
    const AreaDescription &m_description;
    RecordForm *m_form;
    RecordListModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_filter = nullptr;
    QTableView *m_table;
    QLabel *m_count;
    QLabel *m_formTitle;
    QLabel *m_elsewhere; // says that the record being edited changed elsewhere
    QPushButton *m_save;
    QPushButton *m_revert;
    QSplitter *m_splitter;
    QTimer *m_searchDelay;
    bool m_listStale = false; // changed elsewhere while hidden
    // What another writer did to the record while it was being edited here.
    RecordForm::StoredState m_elsewhereState = RecordForm::StoredState::Unchanged;
    bool m_selecting = false; // the page itself changes the selection
    bool m_shownBefore = false;
    bool m_readOnly = false;
    bool m_saving = false;      // saveRecord() runs
    bool m_saveWaiting = false; // a save failed on a lost connection
    QString m_recordTitle;      // the shown record's name above the form
};

} // namespace ep
