#pragma once

#include "domain/event.h"
#include "domain/field.h"
#include "storage/personrepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSqlDatabase>

namespace ep {

// An event's participants as a table, for the event form: the participations
// as edited in memory (they are written with the event). Of the person it
// shows the name and organisation.
class ParticipantTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    ParticipantTableModel(QSqlDatabase db, QObject *parent = nullptr);

    const QList<Participation> &participants() const { return m_participants; }
    // The column showing `field`, -1 when none does.
    int columnOf(Field field) const { return int(m_columns.indexOf(field)); }
    // The participants as edited: names known already are kept, those of
    // people new to the list are read.
    void setParticipants(const QList<Participation> &participants);
    // The participants as stored, with the names of their people as read now.
    void setParticipants(const QList<Participation> &participants,
                         const QList<PersonLabel> &people);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    // Who comes, from where, how and when; what the kitchen and the venue need.
    const QList<Field> m_columns{Field::Name,      Field::Organisation, Field::Delegation,
                                 Field::Role,      Field::Status,       Field::Arrival,
                                 Field::Departure, Field::DietaryNeeds, Field::AccessibilityNeeds};
    QList<Participation> m_participants;
    QHash<int, std::pair<QString, QString>> m_people; // id → (name, organisation)
};

} // namespace ep
