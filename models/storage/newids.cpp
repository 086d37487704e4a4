#include "storage/newids.h"

#include "storage/sqldialect.h"

#include <QSqlQuery>

namespace ep {

qint64 nextUnusedId(const QSqlDatabase &db, const QString &table, QSqlError *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const bool ran = query.exec(dialect::lastGivenId(dialectOf(db), table)) && query.next();
    if (error)
        *error = ran ? QSqlError() : query.lastError();
    return ran ? query.value(0).toLongLong() + 1 : -1;
}

NewIds::NewIds(const QSqlDatabase &db, const QString &table)
    : m_db(db)
    , m_table(table)
{}

qint64 NewIds::take()
{
    if (dialectOf(m_db) == SqlDialect::SQLite) {
        if (m_next == 0)
            m_next = nextUnusedId(m_db, m_table, &m_error);
        return m_next < 0 ? -1 : m_next++;
    }
    if (m_reserved.isEmpty()) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.exec(dialect::reserveIds(m_table, m_blockSize))) {
            m_error = query.lastError();
            return -1;
        }
        while (query.next())
            m_reserved.append(query.value(0).toLongLong());
        std::reverse(m_reserved.begin(), m_reserved.end()); // taken from the back
        m_blockSize = qMin(m_blockSize * 2, largestBlock);
    }
    return m_reserved.takeLast();
}

} // namespace ep
