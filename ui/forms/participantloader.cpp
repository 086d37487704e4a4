#include "forms/participantloader.h"

#include "storage/eventrepository.h"

#include <QThread>

namespace ep {

struct ParticipantLoader::Load
{
    QThread *thread = nullptr;
    Result result;
};

ParticipantLoader::Result ParticipantLoader::readNow(const QSqlDatabase &db, int eventId)
{
    Result result;
    result.eventId = eventId;
    result.participants = EventRepository(db).participants(eventId, &result.error);
    QList<int> people;
    people.reserve(result.participants.size());
    for (const Participation &participation : std::as_const(result.participants))
        people.append(participation.personId);
    result.people = PersonRepository(db).labels(people);
    return result;
}

namespace {

// Runs in the loading thread: a connection of its own, removed at the end.
ParticipantLoader::Result readApart(const QString &sourceConnection, int eventId,
                                    const QString &ownConnection)
{
    ParticipantLoader::Result result;
    result.eventId = eventId;
    {
        QSqlDatabase db = QSqlDatabase::cloneDatabase(sourceConnection, ownConnection);
        if (!db.open()) {
            result.error = db.lastError();
        } else {
            // One snapshot: the names belong to the participations read.
            db.transaction();
            result = ParticipantLoader::readNow(db, eventId);
            db.rollback();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(ownConnection);
    return result;
}

} // namespace

ParticipantLoader::ParticipantLoader(QObject *parent)
    : QObject(parent)
{}

ParticipantLoader::~ParticipantLoader()
{
    abandon();
    for (QThread *thread : std::as_const(m_threads))
        thread->wait();
    qDeleteAll(m_threads);
}

void ParticipantLoader::start(const QSqlDatabase &db, int eventId)
{
    abandon();
    auto load = std::make_shared<Load>();
    const QString source = db.connectionName();
    const QString own = u"participants-%1"_qs.arg(quintptr(load.get()), 0, 16);
    load->thread = QThread::create(
        [load, source, eventId, own] { load->result = readApart(source, eventId, own); });
    m_threads.append(load->thread);
    m_running = load;
    connect(load->thread, &QThread::finished, this, [this, load] {
        m_threads.removeOne(load->thread);
        load->thread->deleteLater();
        if (m_running != load)
            return; // abandoned, or taken by wait()
        m_running.reset();
        emit read(load->result);
    });
    load->thread->start();
}

void ParticipantLoader::abandon()
{
    m_running.reset();
}

ParticipantLoader::Result ParticipantLoader::wait()
{
    const std::shared_ptr<Load> load = std::exchange(m_running, nullptr);
    if (!load)
        return {};
    load->thread->wait();
    return std::move(load->result);
}

} // namespace ep
