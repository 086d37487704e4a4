#pragma once

#include "storage/backups.h"

#include <QObject>

#include <functional>

class QAction;
class QThread;
class QWidget;

namespace ep {

class Database;

// The File menu's backups: Back Up Database… (a copy where the user says,
// also of a team database: DatabaseFiles::backUp); for a database file, the automatic copy at the
// first start of a day, written in a thread of its own while the window is
// used; File › Backups… (BackupsDialog); File › Restore from Backup…, which
// asks, then has the window close its connection while Restore replaces
// the database (refused while another window or program has it open).
// A team database is backed up on its server: the actions are off for it.
class BackupActions final : public QObject
{
    Q_OBJECT

public:
    struct Window
    {
        QWidget *widget = nullptr;
        // The window's open database.
        std::function<Database *()> database;
        // Saves or drops unsaved edits as the user says; false: cancelled.
        std::function<bool()> settleEdits;
        // Runs `work` while the window's connection is closed, and opens the
        // database again after it.
        std::function<void(const std::function<void()> &work)> withDatabaseClosed;
    };

    explicit BackupActions(Window window, QObject *parent = nullptr);
    // Waits for a copy being written.
    ~BackupActions() override;

    // Back Up Database…, Backups…, Restore from Backup…, as the menu lists them.
    QList<QAction *> actions() const { return {m_backUp, m_backups, m_restore}; }
    void retranslate();
    // Enables the actions for a database file.
    void updateActions();

    // Writes today's automatic copy of the open database file, if due, in
    // a thread of its own; finished() tells how it went.
    void backUpIfDue();
    // Whether an automatic copy is being written.
    bool isBackingUp() const { return m_thread != nullptr; }

    // Restores `backupPath` after asking; says how it went in a message box.
    void restore(const QString &backupPath);

signals:
    // A sentence for the status bar: the copy written, or why not.
    void said(const QString &message);

private:
    // The open database file; empty for a team database.
    QString databaseFile() const;
    void backUp();
    void showBackups();
    void chooseAndRestore();

    Window m_window;
    QAction *m_backUp;
    QAction *m_backups;
    QAction *m_restore;
    QThread *m_thread = nullptr;
};

} // namespace ep
