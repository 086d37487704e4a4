#include "lockholder.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace ep::test {

LockHolder::LockHolder(const QString &path, std::chrono::milliseconds holdFor,
                       const QStringList &statements, Lock lock)
    : m_thread([=, this] { hold(path, holdFor, statements, lock); })
{}

LockHolder::~LockHolder()
{
    m_thread.join();
}

bool LockHolder::waitUntilHeld()
{
    return m_heldFuture.get();
}

void LockHolder::hold(const QString &path, std::chrono::milliseconds holdFor,
                      const QStringList &statements, Lock lock)
{
    const QString name = u"lock-holder-"_qs % QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_qs);
        bool held = db.open();
        QSqlQuery query(db);
        QStringList begin{u"PRAGMA foreign_keys = ON"_qs};
        if (lock == Lock::Exclusive)
            begin += QStringList{u"PRAGMA locking_mode = EXCLUSIVE"_qs, u"BEGIN EXCLUSIVE"_qs};
        else
            begin.append(u"BEGIN IMMEDIATE"_qs);
        for (const QString &statement : begin + statements) {
            if (held && !query.exec(statement)) {
                m_error = statement % u": "_qs % query.lastError().text();
                held = false;
            }
        }
        m_held.set_value(held);
        if (held) {
            std::this_thread::sleep_for(holdFor);
            query.exec(u"COMMIT"_qs);
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace ep::test
