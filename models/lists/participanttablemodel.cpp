#include "lists/participanttablemodel.h"

#include "domain/formats.h"
#include "domain/vocabulary.h"
#include "storage/personrepository.h"

#include <QCoreApplication>

namespace ep {

ParticipantTableModel::ParticipantTableModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{}

void ParticipantTableModel::setParticipants(const QList<Participation> &participants)
{
    beginResetModel();
    m_participants = participants;
    QList<int> ids;
    for (const Participation &participation : participants)
        ids.append(participation.personId);
    m_people.clear();
    for (const PersonLabel &label : PersonRepository(m_db).labels(ids))
        m_people.insert(label.id, {label.name, label.organisation});
    endResetModel();
}

int ParticipantTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_participants.size());
}

int ParticipantTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParticipantTableModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DisplayRole || !index.isValid() || index.row() >= m_participants.size())
        return {};
    const Participation &participation = m_participants[index.row()];
    switch (index.column()) {
    case Name:
        return m_people.value(participation.personId).first;
    case Organisation:
        return m_people.value(participation.personId).second;
    case Delegation:
        return participation.delegation;
    case Role:
        return vocabularyLabel(Vocabulary::ParticipantRole, participation.role);
    case Status:
        return vocabularyLabel(Vocabulary::ParticipantStatus, participation.status);
    case Arrival:
        return displayDateTime(participation.arrival);
    case Departure:
        return displayDateTime(participation.departure);
    case DietaryNeeds:
        return participation.dietaryNeeds;
    case AccessibilityNeeds:
        return participation.accessibilityNeeds;
    default:
        return {};
    }
}

QVariant ParticipantTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char *const headers[ColumnCount] = {
        QT_TRANSLATE_NOOP("ParticipantTableModel", "Name"),
        QT_TRANSLATE_NOOP("ParticipantTableModel", "Organisation"),
        QT_TRANSLATE_NOOP("ParticipantTableModel", "Delegation"),
        QT_TRANSLATE_NOOP("ParticipantTableModel", "Role"),
        //: the status of a participant (invited, registered, confirmed …)
        QT_TRANSLATE_NOOP("ParticipantTableModel", "Status"),
        QT_TRANSLATE_NOOP("ParticipantTableModel", "Arrival"),
        QT_TRANSLATE_NOOP("ParticipantTableModel", "Departure"),
        QT_TRANSLATE_NOOP("ParticipantTableModel", "Dietary needs"),
        QT_TRANSLATE_NOOP("ParticipantTableModel", "Accessibility needs"),
    };
    if (section < 0 || section >= ColumnCount)
        return {};
    return QCoreApplication::translate("ParticipantTableModel", headers[section]);
}

} // namespace ep
