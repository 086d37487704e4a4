#pragma once

#include "domain/event.h"
#include "editing/recordchanges.h"
#include "editing/workspace.h"
#include "testdatabase.h"

#include <QUndoStack>
#include <QWidget>

#include <functional>
#include <memory>

namespace ep::test {

// The demo programme in a test database, and what the forms and dialogs are
// made on: an undo stack, the change feed, the study visit with its agenda
// and participants (event 1).
class WindowContext final
{
public:
    WindowContext();

    Workspace workspace() { return {m_db.connection(), &m_undoStack, &m_changes}; }
    QSqlDatabase connection() const { return m_db.connection(); }
    QString databasePath() const { return m_db.path(); }
    QString folder() const { return m_db.folder(); }
    const Event &event() const { return m_event; }

private:
    TestDatabase m_db;
    QUndoStack m_undoStack;
    RecordChanges m_changes;
    Event m_event;
};

// One window a user reaches: a form, a dialog, a page of the import wizard,
// or the main window showing one of its areas.
struct WindowSample
{
    QString name; // "event, agenda", "attendance", "main window: People"
    std::function<std::unique_ptr<QWidget>(WindowContext &)> make;
};

// Every form, dialog and area of the planner, made as the user meets them,
// for the tests that walk them all (accessibility, Tab, large text). A new
// dialog joins here.
QList<WindowSample> everyWindow();

} // namespace ep::test
