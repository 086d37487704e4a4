#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

#include <chrono>

namespace ep {

// Notices commits that other connections — a second window, a command-line
// import, another program — made to the database file: polls SQLite's
// `PRAGMA data_version`, which changes with every commit of another
// connection and never with this connection's own.
class ExternalChanges final : public QObject
{
    Q_OBJECT

public:
    explicit ExternalChanges(QSqlDatabase db,
                             std::chrono::milliseconds interval = std::chrono::milliseconds(500),
                             QObject *parent = nullptr);

signals:
    // Another connection committed since the last poll.
    void committed();

private:
    void poll();

    QSqlDatabase m_db;
    QTimer m_timer;
    qint64 m_dataVersion = -1;
};

} // namespace ep
