#pragma once

#include <QDate>
#include <QString>

namespace ep {

struct Person
{
    int id = 0; // 0: not stored yet
    QString firstName;
    QString lastName;
    QString title;          // "Dr.", "mgr inż." …
    int organisationId = 0; // 0: none
    QString position;       // the job title: "Head of International Affairs"
    QString email;
    QString phone;
    QString street;
    QString postalCode;
    QString city;
    QString country;
    QString languages; // as the officer writes them, e.g. "de, pl"
    QString notes;
    bool contactPerson = false;
    // The legal basis of processing the person's data (Vocabulary::LegalBasis;
    // empty: none recorded), and for consent its day, purpose, where it was
    // given ("registration form", "email of 3 May") and when it was withdrawn.
    QString legalBasis;
    QDate consentDate; // null: no consent recorded
    QString consentPurpose;
    QString consentSource;
    QDate consentWithdrawn; // null: not withdrawn

    // "Dr. Jürgen Müller"
    QString displayName() const;

    int version = 0; // of the stored row, see Event::version

    friend bool operator==(const Person &, const Person &) = default;
};

} // namespace ep
