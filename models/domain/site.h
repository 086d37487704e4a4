#pragma once

#include "domain/localizedtext.h"

#include <QDate>

#include <optional>

namespace ep {

// A place a delegation visits.
struct Site
{
    int id = 0; // 0: not stored yet
    LocalizedText name;
    QString kind = QStringLiteral("other"); // Vocabulary::SiteKind
    QString street;
    QString postalCode;
    QString city;
    QString country;
    std::optional<double> latitude;
    std::optional<double> longitude;
    LocalizedText description;
    int hostOrganisationId = 0;  // 0: none
    int contactPersonId = 0;     // 0: none
    LocalizedText accessibility; // step-free access, lifts: read by the delegation
    // The days of the week it can be visited, as ISO weekday digits ("12345":
    // Monday to Friday); empty: not known.
    QString openingDays;

    // "Suttner-Nobel-Allee 4, 44803 Bochum"
    QString address() const;
    // Whether it can be visited on `day`; true while its opening days are not known.
    bool opensOn(QDate day) const;

    int version = 0; // of the stored row, see Event::version

    friend bool operator==(const Site &, const Site &) = default;
};

} // namespace ep
