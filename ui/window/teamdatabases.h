#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

class QWidget;

namespace ep {

class Database;

// Opening team databases on a PostgreSQL server for the window: the
// connection dialog, the password prompt, the recent connections. A
// password lives in memory only (Database::open); what is remembered is
// Database::location(), the address without it.
class TeamDatabases final
{
    Q_DECLARE_TR_FUNCTIONS(TeamDatabases)

public:
    static constexpr int maxRecent = 8;

    // The addresses of the team databases opened last, most recent first.
    static QStringList recent();
    // Puts `location` (without password) first in recent().
    static void remember(const QString &location);

    // Remembers `database` as the one the next start opens and, a team
    // database, first among recent(): its location(), without password.
    static void rememberOpened(const Database &database);

    // File › Connect to Team Database: the dialog, then open(); null when
    // the user cancelled. A refusal is reported and the dialog shown again.
    static std::unique_ptr<Database> connect(QWidget *parent);

    // Opens the team database at `location`, asking for the password as
    // long as the server wants one and refuses the one given. Null when the
    // user cancelled the prompt (`message` empty) or the server refused
    // (`message` says why).
    static std::unique_ptr<Database> open(QWidget *parent, const QString &location,
                                          QString *message);

private:
    // The password the user typed; empty (and `cancelled`) when cancelled.
    static QString askPassword(QWidget *parent, const QString &location, bool refused,
                               bool *cancelled);
};

} // namespace ep
