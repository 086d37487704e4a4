#include "editing/recordcommand.h"

#include "editing/recordchanges.h"
#include "storage/recordrepository.h"

#include <QCoreApplication>

namespace ep {

RecordCommand::RecordCommand(const QString &text, Area area, int id, Step apply, Step revert,
                             const Workspace &workspace)
    : QUndoCommand(text)
    , m_area(area)
    , m_id(id)
    , m_apply(std::move(apply))
    , m_revert(std::move(revert))
    , m_db(workspace.db)
    , m_changes(workspace.changes)
{}

void RecordCommand::redo()
{
    if (m_appliedByForm) {
        m_appliedByForm = false;
        if (m_changes)
            emit m_changes->changed(m_area, m_id);
        return;
    }
    run(m_apply);
}

void RecordCommand::undo()
{
    run(m_revert);
}

void RecordCommand::run(const Step &step)
{
    const SaveResult result = step();
    if (!m_changes)
        return;
    if (!result.ok()) {
        setObsolete(true);
        emit m_changes->failed(
            QCoreApplication::translate("RecordCommand", "\"%1\" could not be undone or redone: %2")
                .arg(text(), StaleMessages::explain(result, m_db)));
    }
    emit m_changes->changed(m_area, m_id);
}

} // namespace ep
