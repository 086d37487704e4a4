#pragma once

#include "domain/event.h"
#include "storage/personrepository.h"

#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlError>

#include <memory>

class QThread;

namespace ep {

// Reads an event's participants and their people's names apart from the
// window: on a connection of its own (a clone of the window's, so a team
// database's password comes along), in a thread of its own, in one read
// transaction. An event of 100,000 participants then opens without holding
// the window for the second the reading takes.
class ParticipantLoader final : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        int eventId = 0;
        QList<Participation> participants;
        QList<PersonLabel> people; // the names of the participants' people
        QSqlError error;
    };

    // Reads them now, on `db`: what a load does on its own connection.
    static Result readNow(const QSqlDatabase &db, int eventId);

    explicit ParticipantLoader(QObject *parent = nullptr);
    // Waits for the threads still reading (their results are dropped).
    ~ParticipantLoader() override;

    // Starts reading the participants of `eventId` from the database `db`
    // is connected to; a load still running is abandoned.
    void start(const QSqlDatabase &db, int eventId);
    // Drops the running load's result, if any.
    void abandon();
    bool isLoading() const { return m_running != nullptr; }
    // Waits for the running load and returns its result (read() is not
    // emitted for it); an empty result when none runs.
    Result wait();

signals:
    // The running load has ended; `result` moves to the receiver.
    void read(const ep::ParticipantLoader::Result &result);

private:
    struct Load;
    std::shared_ptr<Load> m_running;
    QList<QThread *> m_threads; // every thread not yet ended, abandoned ones too
};

} // namespace ep
