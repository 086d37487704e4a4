#pragma once

#include "storage/recordmerge.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace ep {

// Shown when a save was refused because another window or program changed
// the record since it was loaded: each change the user made, their value
// beside the one stored now, with a tick to keep theirs. Accepted: save with
// the choices; Reload: throw the user's changes away and show what is stored.
class ConflictDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Outcome
    {
        KeepEditing = QDialog::Rejected,
        SaveChoices = QDialog::Accepted,
        Reload,
    };

    ConflictDialog(const QString &recordName, QList<MergeChoice> choices,
                   QWidget *parent = nullptr);

    // The choices with the user's ticks.
    QList<MergeChoice> choices() const;

    // Asks what to do with the changes to a record another window or program
    // deleted: true to save them as a new record; `discard` set when the
    // user threw them away (false for both: keep editing).
    static bool askSaveAsNew(QWidget *parent, bool *discard);

private:
    QList<MergeChoice> m_choices;
    QTableWidget *m_table;
};

} // namespace ep
