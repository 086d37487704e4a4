#pragma once

#include "editing/workspace.h"
#include "storage/versionedrows.h"
#include "window/area.h"

#include <QPointer>
#include <QSqlError>
#include <QUndoCommand>

#include <functional>

namespace ep {

class RecordChanges;

// One undoable change of one record. `apply` writes the record as it is after
// the change, `revert` as it was before. The form that makes the change
// writes it first, to show an error at once; the command is pushed only when
// that worked, so its first redo() does nothing. A step that another
// writer's change makes stale is refused: nothing is written, the user is
// told, and the command goes (it can no longer be undone or redone).
class RecordCommand final : public QUndoCommand
{
public:
    using Step = std::function<SaveResult()>;

    // Announces through `workspace`'s changes; names why a step failed in
    // the terms of its database.
    RecordCommand(const QString &text, Area area, int id, Step apply, Step revert,
                  const Workspace &workspace);

    void redo() override;
    void undo() override;

private:
    void run(const Step &step);

    Area m_area;
    int m_id;
    Step m_apply;
    Step m_revert;
    QSqlDatabase m_db;
    QPointer<RecordChanges> m_changes;
    bool m_appliedByForm = true;
};

} // namespace ep
