#pragma once

#include "documents/printeddocument.h"
#include "domain/documentlanguage.h"
#include "export/eventdocument.h"

class QPainter;

namespace ep {

// What the officer chooses for a sheet of badges.
struct BadgeOptions
{
    int perPage = 8;               // 8 (about A7, 95 × 69 mm) or 4 (about A6, 95 × 138 mm)
    int blank = 0;                 // badges without a name, for walk-ins
    bool capitalLastNames = false; // "Anna NOWAK"
};

// Badges for the participants who come (logistics::comes()), by last name,
// on A4 sheets with cut marks: a colour band naming the role, the name
// large — a name too wide for the badge is set smaller, never cut — the
// organisation in full, the delegation, the event and its dates, and the
// funder's logo where the event has one. The role is written in the band,
// so nothing is told by colour alone.
class BadgeDocument final : public PrintedDocument
{
public:
    BadgeDocument(EventDocument document, Language language, BadgeOptions options);

    QString title() const override;
    QList<Language> writtenIn() const override;
    QPageLayout pageLayout() const override;
    int render(QPagedPaintDevice *device) const override;

    // The colour of the band of a role (Vocabulary::ParticipantRole).
    static QColor roleColour(const QString &role);

private:
    struct Badge
    {
        QString firstName; // with the title ("Dr. Ute")
        QString lastName;
        QString organisation;
        QString delegation;
        QString role; // a code; empty for a blank badge
    };
    QList<Badge> badges() const;
    void paintBadge(QPainter *painter, const QRectF &rect, const Badge &badge) const;
    void paintCutMarks(QPainter *painter, const QRectF &sheet, int columns, int rows) const;

    EventDocument m_document;
    DocumentLanguage m_language;
    BadgeOptions m_options;
};

} // namespace ep
