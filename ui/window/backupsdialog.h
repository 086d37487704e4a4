#pragma once

#include "storage/backups.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ep {

// File › Backups…: the copies the planner kept of the open database file
// (when, which kind, events, people, size), with Back Up Now, Restore… and
// Open Folder. Restoring is the window's (it closes its connection first):
// the dialog is accepted with the copy chosen.
class BackupsDialog final : public QDialog
{
    Q_OBJECT

public:
    BackupsDialog(const QString &databasePath, QWidget *parent = nullptr);

    // The copy to restore once accepted.
    QString chosenBackup() const;

    static QString kindName(Backups::Kind kind);

private:
    void reload();
    void backUpNow();
    void updateButtons();

    QString m_databasePath;
    QList<Backups::Copy> m_copies;
    QLabel *m_folder;
    QTableWidget *m_table;
    QPushButton *m_backUpNow;
    QPushButton *m_restore;
    QPushButton *m_openFolder;
};

} // namespace ep
