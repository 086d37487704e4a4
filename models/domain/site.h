#pragma once

#include "domain/localizedtext.h"

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

    // "Suttner-Nobel-Allee 4, 44803 Bochum"
    QString address() const;

    int version = 0; // of the stored row, see Event::version

    friend bool operator==(const Site &, const Site &) = default;
};

} // namespace ep
