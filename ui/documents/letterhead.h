#pragma once

#include "domain/documentlanguage.h"
#include "export/eventdocument.h"

#include <QPageLayout>
#include <QRectF>
#include <QStringList>

class QPainter;
class QTextDocument;

// What the host organisation's letters and certificates share: the
// letterhead at the top of an A4 page printed without margins, the text's
// edges, who signs, and how the event's dates and place are written.
namespace ep::letterhead {

// mm from the page's edges: the text's left and right edges, the top of the
// letterhead and the bottom of the text.
constexpr double left = 25;
constexpr double right = 20;
constexpr double top = 12;
constexpr double bottom = 20;

// A4 portrait without margins: the page is laid out by hand.
QPageLayout pageLayout();

// The host's logo on the right; its name, address and ways to reach it on
// the left; a rule beneath. Returns where the rule is (device pixels).
double paint(QPainter *painter, const QRectF &page, const Organisation *host);

// Paints `text` at `topLeft` (device pixels), its default font set from
// `largest` points down to 7 until it fits `room` high; what still does not
// fit is cut off.
void paintFitted(QPainter *painter, QTextDocument &text, QPointF topLeft, double room,
                 double largest);

// Who signs for the host: its signatory and their function, else the
// event's first organiser and their position.
struct Signatory
{
    QString name;
    QString position;
};
Signatory signatoryOf(const EventDocument &document);

// "8 July 2019 – 10 July 2019", or the one day.
QString eventDates(const Event &event, const DocumentLanguage &language);

// The parts that hold text, trimmed, with `separator` between them.
QString joined(const QStringList &parts, QStringView separator);
// `text` for HTML, its line breaks kept.
QString escaped(const QString &text);

} // namespace ep::letterhead
