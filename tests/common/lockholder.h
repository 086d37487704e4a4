#pragma once

#include <QString>
#include <QStringList>

#include <chrono>
#include <future>
#include <thread>

namespace ep::test {

// Another writer on a database file: a connection of its own, in a thread of
// its own, that takes the write lock, runs `statements`, holds the lock for
// `holdFor` and then commits — what a second program (another window, a
// command-line import) does to the file.
class LockHolder final
{
public:
    enum class Lock
    {
        Write,     // BEGIN IMMEDIATE: others may read, nobody else may write
        Exclusive, // EXCLUSIVE locking mode: nobody else may even read
    };

    LockHolder(const QString &path, std::chrono::milliseconds holdFor,
               const QStringList &statements = {}, Lock lock = Lock::Write);
    // Waits for the commit.
    ~LockHolder();
    LockHolder(const LockHolder &) = delete;
    LockHolder &operator=(const LockHolder &) = delete;

    // Blocks until the lock is held and the statements ran; false (with
    // error()) when that failed.
    bool waitUntilHeld();
    QString error() const { return m_error; }

private:
    void hold(const QString &path, std::chrono::milliseconds holdFor, const QStringList &statements,
              Lock lock);

    std::promise<bool> m_held;
    std::future<bool> m_heldFuture = m_held.get_future();
    QString m_error;
    std::thread m_thread;
};

} // namespace ep::test
