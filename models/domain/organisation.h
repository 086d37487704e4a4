#pragma once

#include <QString>

namespace ep {

struct Organisation
{
    int id = 0; // 0: not stored yet
    QString name;
    QString shortName;
    QString kind = QStringLiteral("other"); // Vocabulary::OrganisationKind
    QString city;
    QString country; // ISO 3166 code, e.g. "DE"
    QString website;

    int version = 0; // of the stored row, see Event::version

    friend bool operator==(const Organisation &, const Organisation &) = default;
};

} // namespace ep
