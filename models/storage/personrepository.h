#pragma once

#include "domain/event.h"
#include "domain/person.h"
#include "domain/removal.h"
#include "storage/eventlink.h"

#include <QSqlDatabase>
#include <QSqlError>

#include <optional>

namespace ep {

// Everything a deleted person took with them, so undo can bring it back.
struct PersonRemoval
{
    Person person;
    QList<std::pair<int, Participation>> participations; // (event id, participation)
    QList<int> organisedEventIds;
    QList<int> hostedAgendaItemIds;
    QList<int> contactOfSiteIds;
};

// A person as lists name them.
struct PersonLabel
{
    int id = 0;
    QString name;         // "Dr. Jürgen Müller"
    QString organisation; // short name, else name; may be empty

    // "Dr. Jürgen Müller (RVR)"
    QString nameWithOrganisation() const;
};

class PersonRepository final
{
public:
    explicit PersonRepository(QSqlDatabase db);

    std::optional<Person> load(int id) const;
    QSqlError save(Person &person);

    RemovalImpact impactOfRemoving(int id) const;
    QSqlError remove(int id, PersonRemoval *removal = nullptr);
    QSqlError restore(const PersonRemoval &removal);

    // The label of each id that exists, in the order given.
    QList<PersonLabel> labels(const QList<int> &ids) const;

    // The people marked as contact people, by last name.
    QList<Person> contactPeople() const;

    // The events the person took part in, organised or hosted an item of,
    // newest first.
    QList<EventLink> history(int personId) const;

private:
    QSqlDatabase m_db;
};

} // namespace ep
