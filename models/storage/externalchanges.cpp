#include "storage/externalchanges.h"

#include "storage/schema.h"
#include "storage/sqldialect.h"

#include <QSqlQuery>

namespace ep {

ExternalChanges::ExternalChanges(QSqlDatabase db, std::chrono::milliseconds interval,
                                 QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
{
    if (dialectOf(m_db) == SqlDialect::PostgreSQL) {
        listenAgain();
        return;
    }
    poll();
    m_timer.setInterval(interval);
    connect(&m_timer, &QTimer::timeout, this, &ExternalChanges::poll);
    m_timer.start();
}

void ExternalChanges::listenAgain()
{
    QSqlDriver *driver = m_db.driver();
    if (dialectOf(m_db) != SqlDialect::PostgreSQL || !driver)
        return;
    const QString channel = QLatin1String(schema::changesChannel);
    // Forgets a closed connection's subscription (asked first: Qt warns on
    // stderr when there is none).
    if (driver->subscribedToNotifications().contains(channel))
        driver->unsubscribeFromNotification(channel);
    driver->subscribeToNotification(channel);
    disconnect(driver, &QSqlDriver::notification, this, nullptr);
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &) {
                notified(name, source);
            });
}

void ExternalChanges::notified(const QString &channel, QSqlDriver::NotificationSource source)
{
    if (channel == QLatin1String(schema::changesChannel) &&
        source != QSqlDriver::NotificationSource::SelfSource)
        emit committed();
}

void ExternalChanges::poll()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return; // closed, or busy for a moment: the next poll sees the commit
    const qint64 dataVersion = query.value(0).toLongLong();
    const bool changed = m_dataVersion >= 0 && dataVersion != m_dataVersion;
    m_dataVersion = dataVersion;
    if (changed)
        emit committed();
}

} // namespace ep
