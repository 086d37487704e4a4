#include "storage/externalchanges.h"

#include <QSqlQuery>

namespace ep {

ExternalChanges::ExternalChanges(QSqlDatabase db, std::chrono::milliseconds interval,
                                 QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
{
    poll();
    m_timer.setInterval(interval);
    connect(&m_timer, &QTimer::timeout, this, &ExternalChanges::poll);
    m_timer.start();
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
