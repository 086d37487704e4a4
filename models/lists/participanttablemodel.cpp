#include "lists/participanttablemodel.h"

#include "storage/personrepository.h"

#include <QThreadPool>

#include <tuple>
#include <utility>

namespace ep {
namespace {

// A list at least this long is freed on a thread of the pool: freeing an
// event's 100,000 participations and their people's names held the window
// 60–80 ms when the next event was opened. Implicit sharing counts its
// references atomically, so the last one may go on any thread.
constexpr qsizetype freedElsewhereFrom = 2000;

template <typename... Held>
void freeElsewhere(Held &&...held)
{
    QThreadPool::globalInstance()->start(
        [kept = std::make_tuple(std::forward<Held>(held)...)]() mutable { kept = {}; });
}

} // namespace

ParticipantTableModel::ParticipantTableModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{}

void ParticipantTableModel::setParticipants(const QList<Participation> &participants)
{
    QList<int> unknown;
    for (const Participation &participation : participants) {
        if (!m_people.contains(participation.personId))
            unknown.append(participation.personId);
    }
    beginResetModel();
    m_participants = participants;
    for (const PersonLabel &label : PersonRepository(m_db).labels(unknown))
        m_people.insert(label.id, {label.name, label.organisation});
    endResetModel();
}

void ParticipantTableModel::setParticipants(const QList<Participation> &participants,
                                            const QList<PersonLabel> &people)
{
    beginResetModel();
    if (m_participants.size() >= freedElsewhereFrom)
        freeElsewhere(std::exchange(m_participants, {}), std::exchange(m_people, {}));
    m_participants = participants;
    m_people.clear();
    m_people.reserve(people.size());
    for (const PersonLabel &label : people)
        m_people.insert(label.id, {label.name, label.organisation});
    endResetModel();
}

int ParticipantTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_participants.size());
}

int ParticipantTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant ParticipantTableModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DisplayRole || !index.isValid() || index.row() >= m_participants.size() ||
        index.column() >= m_columns.size())
        return {};
    const Participation &participation = m_participants[index.row()];
    const auto &[name, organisation] = m_people.value(participation.personId);
    Person person;
    person.lastName = name; // the name as labels() made it: "Dr. Jürgen Müller"
    return fieldText(m_columns[index.column()], person, organisation, &participation);
}

QVariant ParticipantTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < 0 || section >= m_columns.size())
        return {};
    return fieldLabel(m_columns[section]);
}

} // namespace ep
