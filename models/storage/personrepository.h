#pragma once

#include "domain/event.h"
#include "domain/person.h"
#include "domain/removal.h"
#include "storage/eventlink.h"
#include "storage/recordrepository.h"

#include <QSqlDatabase>
#include <QSqlError>

#include <optional>

namespace ep {

// A person as lists name them.
struct PersonLabel
{
    int id = 0;
    QString name;         // "Dr. Jürgen Müller"
    QString organisation; // short name, else name; may be empty

    // "Dr. Jürgen Müller (RVR)"
    QString nameWithOrganisation() const;
};

// A person as the data-protection officer reviews them: the legal basis and
// the consent beside the name.
struct PersonConsent
{
    int id = 0;
    QString name;         // "Dr. Jürgen Müller"
    QString organisation; // short name, else name; may be empty
    QString email;
    QString legalBasis; // Vocabulary::LegalBasis; empty: none recorded
    QDate consentDate;
    QString consentPurpose;
    QString consentSource;
    QDate consentWithdrawn;
};

class PersonRepository final : public RecordRepository<Person>
{
public:
    using RecordRepository::RecordRepository;

    RemovalImpact impactOfRemoving(int id) const;

    // The person whose id or email (case-insensitive) is `key`, as the
    // command line names a person; none when no one has it, with `error`
    // when reading failed or several people share the email.
    std::optional<int> findByIdOrEmail(const QString &key, QString *error) const;

    // The label of each id that exists, in the order given.
    QList<PersonLabel> labels(const QList<int> &ids) const;

    // The people marked as contact people, by last name; none, with
    // `error`, when reading failed.
    QList<Person> contactPeople(QSqlError *error = nullptr) const;

    // Every person the condition `where` (on people p) selects, by last
    // name, with the legal basis and consent; empty `where`: everyone. None,
    // with `error`, when reading failed.
    QList<PersonConsent> consents(const QString &where, QSqlError *error = nullptr) const;

    // The events the person took part in, organised or hosted an item of,
    // newest first.
    QList<EventLink> history(int personId) const;
};

} // namespace ep
