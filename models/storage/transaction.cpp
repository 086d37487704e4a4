#include "storage/transaction.h"

#include "storage/sqldialect.h"

#include <QHash>
#include <QSqlQuery>

namespace ep {
namespace {

// Open transactions per connection. Connections are used from one thread each.
thread_local QHash<QString, int> openTransactions;

QString savepointName(int depth)
{
    return QStringLiteral("nested_%1").arg(depth);
}

} // namespace

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    m_depth = openTransactions.value(m_db.connectionName());
    if (m_depth == 0) {
        QSqlQuery query(m_db);
        m_active = query.exec(dialect::beginTransaction(dialectOf(m_db)));
        if (!m_active)
            m_error = query.lastError();
    } else {
        QSqlQuery query(m_db);
        m_active = query.exec(u"SAVEPOINT "_qs % savepointName(m_depth));
        if (!m_active)
            m_error = query.lastError();
    }
    if (m_active)
        openTransactions[m_db.connectionName()] = m_depth + 1;
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    bool committed = false;
    if (m_depth == 0) {
        QSqlQuery query(m_db);
        committed = query.exec(QStringLiteral("COMMIT"));
        if (!committed)
            m_error = query.lastError();
    } else {
        QSqlQuery query(m_db);
        committed = query.exec(u"RELEASE SAVEPOINT "_qs % savepointName(m_depth));
        if (!committed)
            m_error = query.lastError();
    }
    if (!committed) {
        rollback();
        return false;
    }
    m_active = false;
    openTransactions[m_db.connectionName()] = m_depth;
    return true;
}

void Transaction::rollback()
{
    if (m_depth == 0) {
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("ROLLBACK"));
    } else {
        QSqlQuery query(m_db);
        query.exec(u"ROLLBACK TO SAVEPOINT "_qs % savepointName(m_depth));
        query.exec(u"RELEASE SAVEPOINT "_qs % savepointName(m_depth));
    }
    m_active = false;
    openTransactions[m_db.connectionName()] = m_depth;
}

} // namespace ep
