#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QWidget;

namespace ep {

class Database;

// The File menu's dialogs around the database file: open one, create one,
// back the open one up. Each asks the user, says what went wrong in a
// message box, and leaves the window's own state to the window.
class DatabaseFiles final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseFiles)

public:
    // The database the user picked, opened; null when cancelled or refused.
    static std::unique_ptr<Database> open(QWidget *parent, const QString &currentLocation);
    // A new, empty database under a name the user gave; null when cancelled
    // or refused (an existing file is never taken over).
    static std::unique_ptr<Database> create(QWidget *parent, const QString &currentLocation);
    // Writes a copy of `database` where the user says, offering
    // NAME-backup-DATE.sqlite beside it. Returns the path written, empty
    // when cancelled or refused.
    static QString backUp(QWidget *parent, const Database &database);
};

} // namespace ep
