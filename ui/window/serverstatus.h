#pragma once

#include <QWidget>

#include <chrono>

class QLabel;
class QTimer;

namespace ep {

class Database;
class ExternalChanges;

// The notices above the areas about the open team database: that the
// user's role may only read it, and that the connection to its server is
// lost — while it is, it connects again every few seconds. Shows nothing
// for a database file.
class ServerStatus final : public QWidget
{
    Q_OBJECT

public:
    explicit ServerStatus(QWidget *parent = nullptr);

    // Follows `database`, whose commits by others `changes` reports; asks
    // the server once whether the user's role may write.
    void watch(Database *database, ExternalChanges *changes);
    bool mayWrite() const { return m_mayWrite; }
    bool isConnectionLost() const { return m_lost; }
    // How often a lost connection is tried again (and a standing one looked at).
    void setRetryInterval(std::chrono::milliseconds interval);

    // A query failed because the server is gone: says so, keeps trying.
    void connectionLost();

signals:
    // The connection stands again and others' commits are listened to.
    void reconnected();
    // mayWrite() or isConnectionLost() changed.
    void stateChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void check();
    void retranslate();

    Database *m_database = nullptr;
    ExternalChanges *m_changes = nullptr;
    QLabel *m_readOnlyNotice;
    QLabel *m_lostNotice;
    QTimer *m_timer;
    QString m_name; // "user@host:port/database"
    QString m_role;
    bool m_mayWrite = true;
    bool m_lost = false;
};

} // namespace ep
