#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QTimer>

#include <chrono>

namespace ep {

// Notices commits that other connections — a second window, a command-line
// import, another program, a colleague on the team server — made to the
// database:
// - SQLite: polls `PRAGMA data_version`, which changes with every commit of
//   another connection and never with this connection's own;
// - PostgreSQL: listens to the server's notifications of commits
//   (schema::changesChannel, LISTEN/NOTIFY), which arrive at once; its own
//   connection's are ignored.
class ExternalChanges final : public QObject
{
    Q_OBJECT

public:
    explicit ExternalChanges(QSqlDatabase db,
                             std::chrono::milliseconds interval = std::chrono::milliseconds(500),
                             QObject *parent = nullptr);

    // Listens again after the connection was opened anew (a server that was
    // gone): the server forgets a closed connection's LISTEN.
    void listenAgain();

signals:
    // Another connection committed since the last poll.
    void committed();

private:
    void poll();
    void notified(const QString &channel, QSqlDriver::NotificationSource source);

    QSqlDatabase m_db;
    QTimer m_timer;
    qint64 m_dataVersion = -1;
};

} // namespace ep
