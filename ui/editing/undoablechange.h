#pragma once

#include "editing/recordcommand.h"
#include "editing/workspace.h"

#include <QUndoStack>

#include <memory>

namespace ep {

// Writes `record` with its repository and, when that worked, pushes the change
// on the undo stack: undo writes `before` back, or deletes the record when it
// was new (`before.id` 0). Returns the database's error.
template <typename Repository, typename Record>
QSqlError saveUndoably(const Workspace &workspace, Area area, Record &record, const Record &before,
                       const QString &text)
{
    if (const QSqlError error = Repository(workspace.db).save(record); error.isValid())
        return error;
    const QSqlDatabase db = workspace.db;
    workspace.undoStack->push(new RecordCommand(
        text, area, record.id, [db, record]() mutable { return Repository(db).save(record); },
        [db, before = Record(before), id = record.id]() mutable {
            return before.id == 0 ? Repository(db).remove(id) : Repository(db).save(before);
        },
        workspace.changes));
    return {};
}

// Deletes the record `id` with its repository and, when that worked, pushes
// the change: undo restores the record with everything that went with it
// (`Removal` records that). Returns the database's error.
template <typename Repository, typename Removal>
QSqlError removeUndoably(const Workspace &workspace, Area area, int id, const QString &text)
{
    const QSqlDatabase db = workspace.db;
    auto removal = std::make_shared<Removal>();
    if (const QSqlError error = Repository(db).remove(id, removal.get()); error.isValid())
        return error;
    workspace.undoStack->push(new RecordCommand(
        text, area, id, [db, removal, id] { return Repository(db).remove(id, removal.get()); },
        [db, removal] { return Repository(db).restore(*removal); }, workspace.changes));
    return {};
}

} // namespace ep
