#pragma once

#include "editing/workspace.h"
#include "import/importfields.h"

#include <QObject>

#include <functional>

class QAction;
class QWidget;

namespace ep {

// The File menu's imports from spreadsheets: participants of an event
// (Ctrl+I; the event on screen, or one chosen in the wizard) and contact
// people, through the ImportWizard. An import clears the undo history: undo
// works on single records, and an older change undone across the hundreds
// an import wrote could collide with them.
class ImportActions final : public QObject
{
    Q_OBJECT

public:
    struct Window
    {
        QWidget *widget = nullptr;
        std::function<Workspace()> workspace;
        // Saves or drops unsaved edits as the user says; false: cancelled.
        std::function<bool()> settleEdits;
        // The event on screen; 0 lets the user choose it in the wizard.
        std::function<int()> currentEvent;
    };

    explicit ImportActions(Window window, QObject *parent = nullptr);

    // As the File menu lists them.
    QList<QAction *> actions() const { return {m_participants, m_contacts}; }
    void retranslate();
    void setEnabled(bool enabled);
    // Runs the wizard; `eventId` 0 lets the user choose the event.
    void importSpreadsheet(ImportTarget target, int eventId);

signals:
    // What the import did, for the status bar.
    void said(const QString &message);

private:
    Window m_window;
    QAction *m_participants;
    QAction *m_contacts;
};

} // namespace ep
