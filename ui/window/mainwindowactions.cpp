#include "export/documentactions.h"
#include "forms/eventform.h"
#include "forms/participantseditor.h"
#include "storage/database.h"
#include "window/areapage.h"
#include "window/backupactions.h"
#include "window/eventactions.h"
#include "window/importactions.h"
#include "window/mainwindow.h"
#include "window/privacyactions.h"

#include <QStatusBar>
#include <QTableView>

namespace ep {

// The record shown in `area` when that area is on screen; 0: none.
int MainWindow::recordShownIn(Area area) const
{
    const AreaPage *page = currentPage(); // none while Statistics is shown
    return page && page->area() == area ? page->form()->recordId() : 0;
}

// The menus' groups of actions that live in classes of their own, each
// given what it needs of this window.
void MainWindow::createActionGroups()
{
    // Beside accessiblenames and scrollingdialogs (the constructor): Tab
    // leaves every list and table, and their focus shows.
    const auto workspace = [this] {
        return Workspace{m_database->connection(), m_undoStack, m_changes};
    };
    const auto settleEdits = [this] {
        return settleAllEdits();
    };
    m_documents =
        new DocumentActions({this, [this] { return m_database->connection(); },
                             [this] {
                                 // Documents are made from what is stored: edits not yet saved
                                 // first.
                                 if (!currentPage() || currentPage()->area() != Area::Events)
                                     return 0;
                                 return settleAllEdits() ? recordShownIn(Area::Events) : -1;
                             },
                             [this] {
                                 return currentPage() ? currentPage()->table() : nullptr;
                             }},
                            this);
    m_backups = new BackupActions({this, [this] { return m_database.get(); }, settleEdits,
                                   [this](const auto &work) {
                                       withDatabaseClosed(work);
                                   }},
                                  this);
    m_imports = new ImportActions({this, workspace, settleEdits,
                                   [this] {
                                       return recordShownIn(Area::Events);
                                   }},
                                  this);
    m_privacy =
        new PrivacyActions({this, [this] { return m_database.get(); }, settleEdits,
                            [this] { return recordShownIn(Area::People); }, m_undoStack, m_changes},
                           this);
    m_events = new EventActions(
        {this, workspace, settleEdits, [this] { return recordShownIn(Area::Events); },
         [this](int id) {
             showArea(Area::Events);
             page(Area::Events)->showRecord(id);
         },
         [this] {
             auto *form = qobject_cast<EventForm *>(page(Area::Events)->form());
             return form ? form->participantsEditor()->selectedPersonIds() : QList<int>();
         }},
        this);
    const auto say = [this](const QString &message) {
        statusBar()->showMessage(message, 20000);
    };
    connect(m_backups, &BackupActions::said, this, say);
    connect(m_imports, &ImportActions::said, this, say);
    connect(m_privacy, &PrivacyActions::said, this, say);
    connect(m_events, &EventActions::said, this, say);
}

} // namespace ep
