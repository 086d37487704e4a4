#pragma once

#include <QSqlDatabase>

class QUndoStack;

namespace ep {

class RecordChanges;

// What every form and dialog of the main window works with: the open
// database, the one undo stack of the window and the announcer of changes.
struct Workspace
{
    QSqlDatabase db;
    QUndoStack *undoStack = nullptr;
    RecordChanges *changes = nullptr;
};

} // namespace ep
