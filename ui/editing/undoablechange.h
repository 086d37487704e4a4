#pragma once

#include "editing/recordcommand.h"
#include "editing/workspace.h"
#include "storage/removalsnapshot.h"

#include <QUndoStack>

#include <memory>

namespace ep {

// Writes what the user changed — `record` against `before`, the record as it
// was loaded — and, when that worked, pushes the change on the undo stack.
// Undo writes `before`'s values back where the change changed them (or
// deletes a new record); redo writes the change again. Each is made against
// the version the step before left, so it is refused, with a message, when
// another writer changed the record in between (RecordCommand).
template <typename Repository, typename Record>
SaveResult saveUndoably(const Workspace &workspace, Area area, Record &record, const Record &before,
                        const QString &text)
{
    const QSqlDatabase db = workspace.db;
    if (const SaveResult result = Repository(db).save(record, before); !result.ok())
        return result;
    struct States
    {
        Record before;
        Record after;
        // The created record's stamp (RecordRepository::stamp) as this
        // change left it: undo deletes it only if nobody wrote to it since,
        // not even a participant added to a new event.
        QString createdStamp;
    };
    auto states = std::make_shared<States>(
        States{before, record, before.id == 0 ? Repository(db).stamp(record.id) : QString()});
    const auto redo = [db, states]() -> SaveResult {
        Record again = states->after;
        if (states->before.id == 0) {
            // Created, then deleted by undo: back under its own id.
            again.version = 0;
            const QSqlError error = Repository(db).save(again);
            if (!error.isValid()) {
                states->after = again;
                states->createdStamp = Repository(db).stamp(again.id);
            }
            return SaveResult::failed(error);
        }
        SaveResult result = Repository(db).save(again, states->before);
        if (result.ok())
            states->after = again;
        return result;
    };
    const auto undo = [db, states]() -> SaveResult {
        if (states->before.id == 0) {
            const QString stamp = Repository(db).stamp(states->after.id);
            if (stamp != states->createdStamp)
                return {{}, {{recordTable<Record>().name, states->after.id, stamp.isEmpty()}}};
            return Repository(db).remove(states->after.id, states->after.version);
        }
        Record back = states->before;
        SaveResult result = Repository(db).save(back, states->after);
        if (result.ok())
            states->before = back;
        return result;
    };
    workspace.undoStack->push(new RecordCommand(text, area, record.id, redo, undo, workspace));
    return {};
}

// Deletes the record `id`, if it is still at `version`, with everything that
// goes with it and, when that worked, pushes the change: undo brings it all
// back under the same ids (which nothing else can have taken).
template <typename Repository>
SaveResult removeUndoably(const Workspace &workspace, Area area, int id, int version,
                          const QString &text)
{
    const QSqlDatabase db = workspace.db;
    auto snapshot = std::make_shared<RemovalSnapshot>();
    if (const SaveResult result = Repository(db).remove(id, version, snapshot.get());
        !result.ok()) {
        return result;
    }
    // The record's stamp as undo brought it back: redo deletes it again only
    // if nobody wrote to it since (a participant added to a restored event).
    auto restoredStamp = std::make_shared<QString>();
    const auto redo = [db, snapshot, restoredStamp, id]() -> SaveResult {
        const QString stamp = Repository(db).stamp(id);
        if (stamp != *restoredStamp)
            return {{}, {{snapshot->rows.first().table, id, stamp.isEmpty()}}};
        const int restored = snapshot->rows.first().values.value(u"version"_qs).toInt();
        return Repository(db).remove(id, restored, snapshot.get());
    };
    const auto undo = [db, snapshot, restoredStamp, id]() -> SaveResult {
        const QSqlError error = Repository(db).restore(*snapshot);
        if (!error.isValid())
            *restoredStamp = Repository(db).stamp(id);
        return SaveResult::failed(error);
    };
    workspace.undoStack->push(new RecordCommand(text, area, id, redo, undo, workspace));
    return {};
}

} // namespace ep
