#pragma once

#include "domain/event.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSqlDatabase>

namespace ep {

// An event's participants as a table, for the event form: the participations
// as edited in memory (they are written with the event).
class ParticipantTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Organisation,
        Delegation,
        Role,
        Status,
        Arrival,
        Departure,
        DietaryNeeds,
        AccessibilityNeeds,
        ColumnCount
    };

    ParticipantTableModel(QSqlDatabase db, QObject *parent = nullptr);

    const QList<Participation> &participants() const { return m_participants; }
    void setParticipants(const QList<Participation> &participants);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    QList<Participation> m_participants;
    QHash<int, std::pair<QString, QString>> m_people; // id → (name, organisation)
};

} // namespace ep
