#pragma once

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QUndoStack;
class QWidget;

namespace ep {

class Database;
class RecordChanges;

// The Privacy menu: what an office does with a person's data on their
// request (GDPR Art. 15-17). Export Person's Data… writes everything held
// about the person shown, as a PDF for them or JSON (PersonData). Erase Person… removes the person
// shown in the People area everywhere (PersonErasure), after a question that lists what goes, what
// stays and which backups still hold them. Undo could bring back what was erased: the window's undo
// history is cleared, here and in every window that notices the privacy log grow after another
// window's or program's erasure.
class PrivacyActions final : public QObject
{
    Q_OBJECT

public:
    struct Window
    {
        QWidget *widget = nullptr;
        std::function<Database *()> database;
        // Saves or drops unsaved edits as the user says; false: cancelled.
        std::function<bool()> settleEdits;
        // The person on screen in the People area; 0: none.
        std::function<int()> currentPerson;
        QUndoStack *undoStack = nullptr;
        RecordChanges *changes = nullptr;
    };

    explicit PrivacyActions(Window window, QObject *parent = nullptr);

    QMenu *createMenu(QWidget *parent);
    void retranslate();
    // Enables what acts on the person shown; erasing needs `mayWrite`.
    void setPersonShown(bool shown, bool mayWrite);

    // Remembers the privacy log's newest entry of a database just opened.
    void databaseOpened();
    // Another window or program committed: an erasure among its commits
    // clears the undo history.
    void noteCommitsElsewhere();

    // The retention policy and what it makes due (RetentionDialog).
    void showRetention();
    // Asks, then erases the person `personId`.
    void erasePerson(int personId);
    // Asks for the form and the file, then writes everything held about
    // the person `personId` (PersonData).
    void exportPersonData(int personId);

signals:
    void said(const QString &message);

private:
    Window m_window;
    QMenu *m_menu = nullptr;
    QAction *m_export;
    QAction *m_erase;
    QAction *m_retention;
    int m_lastLogEntry = 0;
    bool m_mayWrite = true;
};

} // namespace ep
