#include "documents/letterhead.h"

#include "documents/documentstyle.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QTextDocument>

namespace ep::letterhead {

QPageLayout pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                       QPageLayout::Millimeter, QMarginsF(0, 0, 0, 0));
}

double paint(QPainter *painter, const QRectF &page, const Organisation *host)
{
    using namespace documentstyle;
    const double mm = painter->device()->logicalDpiY() / 25.4;
    const double textRight = page.width() - right * mm;
    double logoLeft = textRight;
    if (host) {
        const QImage logo = QImage::fromData(host->logo);
        if (!logo.isNull()) {
            const QSizeF size = QSizeF(logo.size()).scaled(55 * mm, 22 * mm, Qt::KeepAspectRatio);
            logoLeft = textRight - size.width();
            painter->drawImage(QRectF(QPointF(logoLeft, top * mm), size), logo);
        }
    }
    double y = top * mm;
    const double width = logoLeft - left * mm - 5 * mm;
    const auto line = [&](const QString &text, const QFont &font, const QColor &colour) {
        if (text.trimmed().isEmpty())
            return;
        painter->setFont(font);
        painter->setPen(colour);
        const QFontMetricsF metrics(font, painter->device());
        painter->drawText(QPointF(left * mm, y + metrics.ascent()),
                          metrics.elidedText(text, Qt::ElideRight, width));
        y += metrics.height();
    };
    QFont name = bold();
    name.setPointSizeF(14);
    if (host) {
        line(host->name, name, Qt::black);
        y += 1.5 * mm;
        const QString place = QStringList{host->postalCode, host->city}.join(u' ').trimmed();
        line(joined({host->street, place}, u" · "), small(), grey);
        line(joined({host->phone, host->email, host->website}, u" · "), small(), grey);
    }
    QPen pen(rule);
    pen.setWidthF(0.3 * mm);
    painter->setPen(pen);
    const double ruleY = std::max(y + 3 * mm, 38 * mm);
    painter->drawLine(QPointF(left * mm, ruleY), QPointF(textRight, ruleY));
    return ruleY;
}

void paintFitted(QPainter *painter, QTextDocument &text, QPointF topLeft, double room,
                 double largest)
{
    for (double points = largest; points >= 7; points -= 0.5) {
        QFont font = documentstyle::body();
        font.setPointSizeF(points);
        text.setDefaultFont(font);
        if (text.size().height() <= room)
            break;
    }
    painter->save();
    painter->translate(topLeft);
    text.drawContents(painter, QRectF(0, 0, text.textWidth(), room));
    painter->restore();
}

Signatory signatoryOf(const EventDocument &document)
{
    const Organisation *host = document.organisation(document.event.hostOrganisationId);
    if (host && !host->signatoryName.isEmpty())
        return {host->signatoryName, host->signatoryPosition};
    for (int id : document.event.organiserIds) {
        if (const Person *organiser = document.person(id))
            return {organiser->displayName(), organiser->position};
    }
    return {};
}

QString eventDates(const Event &event, const DocumentLanguage &language)
{
    if (!event.endDate.isValid() || event.endDate == event.startDate)
        return language.writtenDate(event.startDate);
    return language.writtenDate(event.startDate) % u" – " % language.writtenDate(event.endDate);
}

QString joined(const QStringList &parts, QStringView separator)
{
    QStringList kept;
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            kept.append(part.trimmed());
    }
    return kept.join(separator);
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_qs);
}

} // namespace ep::letterhead
