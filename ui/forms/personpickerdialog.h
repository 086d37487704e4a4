#pragma once

#include "editing/workspace.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace ep {

class RecordListModel;

// Finds people by typing (name, organisation, email …) and chooses one or
// several; a person not yet stored can be entered from here.
class PersonPickerDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Selection
    {
        Single,
        Multiple
    };

    PersonPickerDialog(const Workspace &workspace, Selection selection, QWidget *parent = nullptr);

    QList<int> chosenIds() const { return m_chosen; }

    QLineEdit *searchField() const { return m_search; }

    void accept() override;

private:
    void enterNewPerson();
    void search();
    void fitColumns();
    void updateCount();

    Workspace m_workspace;
    RecordListModel *m_model;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_count;
    QTimer *m_searchDelay;
    QList<int> m_chosen;
};

} // namespace ep
