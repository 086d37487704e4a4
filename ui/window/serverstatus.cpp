#include "window/serverstatus.h"

#include "storage/database.h"
#include "storage/externalchanges.h"
#include "widgets/noticelabel.h"

#include <QEvent>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

namespace ep {
namespace {

QLabel *newNotice(const QString &name, QWidget *parent)
{
    auto *notice = new QLabel(parent);
    notice->setObjectName(name);
    makeNotice(notice);
    return notice;
}

} // namespace

ServerStatus::ServerStatus(QWidget *parent)
    : QWidget(parent)
    , m_readOnlyNotice(newNotice(QStringLiteral("readOnlyNotice"), this))
    , m_lostNotice(newNotice(QStringLiteral("connectionLostNotice"), this))
    , m_timer(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_readOnlyNotice);
    layout->addWidget(m_lostNotice);
    m_timer->setInterval(std::chrono::seconds(3));
    connect(m_timer, &QTimer::timeout, this, &ServerStatus::check);
    hide();
}

void ServerStatus::watch(Database *database, ExternalChanges *changes)
{
    m_database = database;
    m_changes = changes;
    m_lost = false;
    const bool isServer = database && database->isServer();
    m_mayWrite = !isServer || database->mayWrite();
    m_name = isServer ? Database::displayLocation(database->connection()) : QString();
    m_role = isServer ? database->connection().userName() : QString();
    if (isServer && m_role.isEmpty())
        m_role = qEnvironmentVariable("PGUSER", qEnvironmentVariable("USER"));
    // libpq notices a server that closed the connection as soon as the socket
    // says so (the driver listens there for notifications), before a query fails.
    if (isServer)
        m_timer->start();
    else
        m_timer->stop();
    retranslate();
    emit stateChanged();
}

void ServerStatus::setRetryInterval(std::chrono::milliseconds interval)
{
    m_timer->setInterval(interval);
}

void ServerStatus::connectionLost()
{
    if (m_lost || !m_database || !m_database->isServer())
        return;
    m_lost = true;
    m_timer->start();
    retranslate();
    emit stateChanged();
}

void ServerStatus::check()
{
    if (!m_database)
        return;
    if (!m_lost) {
        if (!m_database->isConnected())
            connectionLost();
        return;
    }
    if (!m_database->reconnect())
        return;
    m_changes->listenAgain();
    m_lost = false;
    retranslate();
    emit stateChanged();
    emit reconnected();
}

void ServerStatus::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ServerStatus::retranslate()
{
    m_readOnlyNotice->setText(
        tr("You may only read this team database: your database role %1 may not change it on "
           "%2. Saving, deleting and importing are switched off; ask the database's "
           "administrator for an editor's role.")
            .arg(m_role, m_name));
    m_lostNotice->setText(tr("The connection to the team database %1 is lost. Your input is "
                             "kept; the planner connects again every few seconds, and then "
                             "saves what you asked it to save.")
                              .arg(m_name));
    m_readOnlyNotice->setVisible(!m_mayWrite);
    m_lostNotice->setVisible(m_lost);
    setVisible(!m_mayWrite || m_lost);
}

} // namespace ep
