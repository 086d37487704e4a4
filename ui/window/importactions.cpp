#include "window/importactions.h"

#include "editing/recordchanges.h"
#include "import/importwizard.h"

#include <QAction>
#include <QUndoStack>

namespace ep {

ImportActions::ImportActions(Window window, QObject *parent)
    : QObject(parent)
    , m_window(std::move(window))
    , m_participants(new QAction(this))
    , m_contacts(new QAction(this))
{
    m_participants->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_participants, &QAction::triggered, this,
            [this] { importSpreadsheet(ImportTarget::Participants, m_window.currentEvent()); });
    connect(m_contacts, &QAction::triggered, this,
            [this] { importSpreadsheet(ImportTarget::Contacts, 0); });
}

void ImportActions::retranslate()
{
    m_participants->setText(tr("&Import Participants…"));
    m_contacts->setText(tr("Import &Contact People…"));
}

void ImportActions::setEnabled(bool enabled)
{
    m_participants->setEnabled(enabled);
    m_contacts->setEnabled(enabled);
}

void ImportActions::importSpreadsheet(ImportTarget target, int eventId)
{
    // The import writes to the database directly: edits not yet saved first.
    if (!m_participants->isEnabled() || !m_window.settleEdits())
        return;
    const Workspace workspace = m_window.workspace();
    ImportWizard wizard(workspace, target, eventId, m_window.widget);
    wizard.exec();
    if (!wizard.plan().report.written)
        return;
    workspace.undoStack->clear();
    emit workspace.changes->changed(Area::People, 0);
    emit workspace.changes->changed(Area::Organisations, 0);
    emit workspace.changes->changed(Area::Events, wizard.plan().eventId);
    emit said(wizard.outcome());
}

} // namespace ep
