#include "lists/participanttablemodel.h"

#include "storage/personrepository.h"

namespace ep {

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
