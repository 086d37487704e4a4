#include "documents/evidenceheading.h"

#include "documents/documentstyle.h"
#include "documents/pageflow.h"
#include "export/eventdocument.h"

#include <QPainter>

namespace ep {

QString eventDates(const EventDocument &document, const DocumentLanguage &language)
{
    const Event &event = document.event;
    QString dates = language.date(event.startDate);
    if (event.endDate.isValid() && event.endDate != event.startDate)
        dates += u" – " % language.date(event.endDate);
    return dates;
}

void addEvidenceHeading(PageFlow &flow, const EventDocument &document,
                        const DocumentLanguage &language, const QString &documentName,
                        const QStringList &lines)
{
    using namespace documentstyle;
    const Event &event = document.event;
    const QString place = event.venueCity.isEmpty() ? event.onlinePlatform : event.venueCity;
    QList<Paragraph> heading{
        {documentName, bold(), grey},
        {event.title.text(language.language()), documentstyle::title()},
        {QStringList{eventDates(document, language), place}.join(u" · "), body()}};
    for (const QString &line : lines)
        heading.append({line, body()});
    const TextBox box(heading, flow.width(), flow.device());
    Block block;
    block.height = box.height() + flow.mm(4);
    block.keepWithNext = true;
    block.paint = [box](QPainter *painter, const QRectF &rect) {
        box.draw(painter, rect.topLeft());
    };
    flow.add(std::move(block));
}

} // namespace ep
