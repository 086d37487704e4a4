#pragma once

#include "editing/workspace.h"
#include "export/eventdocument.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace ep {

class AttendanceGridModel;

// Attendance typed off the signed sheets of one event (issue 17, item 1):
// the grid of AttendanceGridModel, its rows numbered as the sheet of the
// current column's day. Keyboard: type a row's number and press Space to
// tick or untick it on the current sheet; Space alone ticks the current
// cell; the arrows move. Add Walk-in… adds someone who signed a blank row.
// Save writes everything as one undoable step (storage/attendancerepository.h).
class AttendanceDialog final : public QDialog
{
    Q_OBJECT

public:
    AttendanceDialog(const Workspace &workspace, EventDocument document, QWidget *parent = nullptr);

    AttendanceGridModel *model() const { return m_model; }
    QTableView *grid() const { return m_grid; }

    // Writes the ticks; false (with a message) when that failed.
    bool save();
    void accept() override;
    void reject() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addWalkIn();
    void showSummary();
    // Ticks the row numbered as typed on the current sheet, or the current cell.
    void tickTyped();

    Workspace m_workspace;
    int m_eventId;
    QString m_eventTitle;
    AttendanceGridModel *m_model;
    QTableView *m_grid;
    QLabel *m_summary;
    QString m_typed; // a row number being typed
};

} // namespace ep
