#pragma once

#include <QVariant>
#include <QWidget>

class QAbstractItemModel;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableView;

namespace ep {

// The shared frame of the event form's Agenda and Participants tabs: a row
// of buttons (the subclass's own, then Edit… and Remove), messages about the
// rows, and the table. Double-click or Enter edits a row, Delete removes the
// selected ones; Edit and Remove are enabled only with a selection. The
// selection stays on the same records when the rows are replaced, e.g. by
// Save reading the event back.
class TableEditor : public QWidget
{
    Q_OBJECT

public:
    QTableView *table() const { return m_table; }
    // Messages about rows that need fixing, shown above the table.
    void showIssues(const QStringList &messages);

    virtual void editRow(int row) = 0;
    // Edit…: the first row selected; an editor may edit several at once.
    virtual void editSelected() { editRow(selectedRow()); }
    virtual void removeSelected() = 0;

    // Rows shown, never edited or removed (a role that may only read).
    void setReadOnly(bool readOnly);

signals:
    void changed();

protected:
    // `model` is shown in the table; the subclass owns it.
    TableEditor(QAbstractItemModel *model, QWidget *parent);

    // A button placed before Edit… and Remove.
    QPushButton *addButton();
    // A widget under the table, e.g. a count, as the lists show theirs: in
    // the button row it made the form too wide for the list beside it.
    void addFooter(QWidget *widget);

    // What identifies the record in `row` across a reload. Rows whose key is
    // equal before and after keep their selection.
    virtual QVariant rowKey(int row) const = 0;
    // Selects the rows with these keys, the first of them current.
    void selectRowsWithKeys(const QVariantList &keys);

    int selectedRow() const; // the first selected row, -1 with none
    // The rows not selected, in order: what Remove keeps.
    QList<int> unselectedRows() const;
    QList<int> selectedRows() const; // in order
    void updateButtons();
    // Edit… and Remove in the user's language; subclasses call it from theirs.
    void retranslateButtons();

private:
    QTableView *m_table;
    QLabel *m_issues;
    QHBoxLayout *m_buttons;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QVariantList m_keysBeforeReset;
    int m_ownButtons = 0;
    bool m_readOnly = false;
};

} // namespace ep
