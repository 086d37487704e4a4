#pragma once

#include <QByteArray>
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
    // The letterhead of the letters it writes as an event's host: its address,
    // phone and email, its logo (PNG, JPEG or SVG, as stored), and who signs
    // ("Prof. Dr. Anna Nowak", "Director of Regional Development").
    QString street;
    QString postalCode;
    QString phone;
    QString email;
    QByteArray logo;
    QString signatoryName;
    QString signatoryPosition;

    int version = 0; // of the stored row, see Event::version

    friend bool operator==(const Organisation &, const Organisation &) = default;
};

} // namespace ep
