#include "documents/certificatedocument.h"

#include "documents/documentstyle.h"
#include "documents/letterhead.h"
#include "domain/vocabulary.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>

namespace ep {
namespace {

constexpr char context[] = "CertificateDocument";
using letterhead::escaped;
using letterhead::joined;
using letterhead::left;
using letterhead::right;
constexpr double titleTop = 58;      // mm
constexpr double signatureTop = 232; // mm: the line to sign on

// The text of `source` in `language`, context CertificateDocument.
QString said(const DocumentLanguage &language, const char *source, int n = -1)
{
    return language.translate(context, source, nullptr, n);
}

// "11.5", "11,5", "12"
QString hoursText(double hours, const DocumentLanguage &language)
{
    const QLocale locale(languageCode(language.language()));
    return locale.toString(hours, 'f', hours == std::floor(hours) ? 0 : 1);
}

} // namespace

CertificateDocument::CertificateDocument(EventDocument document, Language otherwise,
                                         bool inAllLanguages, const QList<int> &personIds)
    : m_document(std::move(document))
    , m_otherwise(otherwise)
    , m_allLanguages(inAllLanguages)
    , m_certificates(certificateFacts(m_document, personIds))
{}

QString CertificateDocument::title() const
{
    return said(m_languages[m_otherwise],
                QT_TRANSLATE_NOOP("CertificateDocument", "Certificates of attendance")) %
           u" – " % m_document.event.title.text(m_otherwise);
}

QList<Language> CertificateDocument::languagesOf(const CertificateFacts &facts) const
{
    if (m_allLanguages)
        return QList<Language>(std::begin(allLanguages), std::end(allLanguages));
    return {firstLanguageIn(facts.row.person.languages).value_or(m_otherwise)};
}

// The language asked for (the title's), then each one a certificate is written in.
QList<Language> CertificateDocument::writtenIn() const
{
    QList<Language> written{m_otherwise};
    for (const CertificateFacts &facts : m_certificates) {
        for (Language language : languagesOf(facts)) {
            if (!written.contains(language))
                written.append(language);
        }
    }
    return written;
}

QPageLayout CertificateDocument::pageLayout() const
{
    return letterhead::pageLayout();
}

int CertificateDocument::render(QPagedPaintDevice *device) const
{
    device->setPageLayout(pageLayout());
    const QRectF page(0, 0, device->width(), device->height());
    QPainter painter(device);
    const double mm = device->logicalDpiY() / 25.4;
    if (m_certificates.isEmpty()) {
        painter.setFont(documentstyle::body());
        painter.drawText(page.adjusted(left * mm, titleTop * mm, -right * mm, 0),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                         said(m_languages[m_otherwise],
                              QT_TRANSLATE_NOOP("CertificateDocument",
                                                "No certificates: nobody attended the event.")));
        return 1;
    }
    int pages = 0;
    for (const CertificateFacts &facts : m_certificates) {
        for (Language language : languagesOf(facts)) {
            if (pages++ > 0)
                device->newPage();
            paintCertificate(&painter, page, facts, m_languages[language]);
        }
    }
    return pages;
}

void CertificateDocument::paintCertificate(QPainter *painter, const QRectF &page,
                                           const CertificateFacts &facts,
                                           const DocumentLanguage &language) const
{
    using namespace documentstyle;
    QPaintDevice *device = painter->device();
    const double mm = device->logicalDpiY() / 25.4;
    const Organisation *host = m_document.organisation(m_document.event.hostOrganisationId);
    letterhead::paint(painter, page, host);
    const double textWidth = page.width() - (left + right) * mm;

    // The title and the number, centred.
    QFont titleFont = bold();
    titleFont.setPointSizeF(22);
    painter->setFont(titleFont);
    painter->setPen(Qt::black);
    const QFontMetricsF titleMetrics(titleFont, device);
    painter->drawText(
        QRectF(left * mm, titleTop * mm, textWidth, titleMetrics.height()),
        Qt::AlignHCenter | Qt::AlignTop,
        said(language, QT_TRANSLATE_NOOP("CertificateDocument", "Certificate of attendance")));
    painter->setFont(small());
    painter->setPen(grey);
    const double numberTop = titleTop * mm + titleMetrics.height() + 2 * mm;
    painter->drawText(
        QRectF(left * mm, numberTop, textWidth, 6 * mm), Qt::AlignHCenter | Qt::AlignTop,
        said(language, QT_TRANSLATE_NOOP("CertificateDocument", "No. %1")).arg(facts.number));

    // What is certified, set smaller where it would reach the signature.
    QTextDocument text;
    text.documentLayout()->setPaintDevice(device);
    text.setDocumentMargin(0);
    text.setTextWidth(textWidth);
    text.setDefaultStyleSheet(
        u"p { margin-bottom: 6px; } td { padding-right: 12px; padding-bottom: 4px; }"_qs);
    text.setHtml(bodyHtml(facts, language) % factsHtml(facts, language));
    const double textTop = numberTop + 14 * mm;
    const double room = (signatureTop - 22) * mm - textTop;
    letterhead::paintFitted(painter, text, QPointF(left * mm, textTop), room, 11);

    // Place and date of issue on the left, the signature on the right.
    painter->setFont(body());
    painter->setPen(Qt::black);
    const QString city = host && !host->city.isEmpty() ? host->city : m_document.event.venueCity;
    painter->drawText(QRectF(left * mm, (signatureTop - 6) * mm, textWidth / 2, 6 * mm),
                      Qt::AlignLeft | Qt::AlignBottom,
                      joined({city, language.writtenDate(QDate::currentDate())}, u", "));
    const double signLeft = left * mm + textWidth * 0.5;
    QPen line(Qt::black);
    line.setWidthF(0.3 * mm);
    painter->setPen(line);
    painter->drawLine(QPointF(signLeft, signatureTop * mm),
                      QPointF(left * mm + textWidth, signatureTop * mm));
    const letterhead::Signatory signatory = letterhead::signatoryOf(m_document);
    painter->setFont(small());
    painter->drawText(
        QRectF(signLeft, (signatureTop + 1.5) * mm, textWidth * 0.5, 16 * mm),
        Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
        joined({signatory.name, signatory.position, host ? host->name : QString()}, u"\n"));

    // How the number is confirmed.
    painter->setPen(grey);
    const QString confirm =
        said(language, QT_TRANSLATE_NOOP("CertificateDocument",
                                         "%1 confirms this certificate on request by its number."))
            .arg(host ? host->name
                      : said(language, QT_TRANSLATE_NOOP("CertificateDocument", "The organiser")));
    painter->drawText(
        QRectF(left * mm, page.height() - (letterhead::bottom + 6) * mm, textWidth, 8 * mm),
        Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap,
        joined({confirm, host ? host->email : QString()}, u" "));
}

QString CertificateDocument::bodyHtml(const CertificateFacts &facts,
                                      const DocumentLanguage &language) const
{
    const Event &event = m_document.event;
    const Organisation *host = m_document.organisation(event.hostOrganisationId);
    const QString kind = vocabularyLabel(Vocabulary::EventKind, event.kind, language);
    const QString place = event.venueCity.isEmpty()
                              ? said(language, QT_TRANSLATE_NOOP("CertificateDocument", "online"))
                              : event.venueCity;
    QString html = u"<p align=\"center\">"_qs %
                   escaped(said(language, QT_TRANSLATE_NOOP("CertificateDocument",
                                                            "This is to certify that"))) %
                   u"</p><p align=\"center\" style=\"font-size: large\"><b>"_qs %
                   escaped(facts.row.person.displayName()) % u"</b>"_qs;
    if (!facts.row.organisation.isEmpty())
        html += u"<br>"_qs % escaped(facts.row.organisation);
    html += u"</p><p align=\"center\">"_qs %
            escaped(said(language, QT_TRANSLATE_NOOP("CertificateDocument", "took part in"))) %
            u"</p><p align=\"center\" style=\"font-size: large\"><b>"_qs %
            escaped(event.title.text(language.language())) % u"</b></p><p align=\"center\">"_qs %
            escaped(joined({kind, place, letterhead::eventDates(event, language)}, u", "));
    if (host) {
        html += u"<br>"_qs %
                escaped(said(language, QT_TRANSLATE_NOOP("CertificateDocument", "organised by %1"))
                            .arg(host->name));
    }
    return html % u"</p>"_qs;
}

QString CertificateDocument::factsHtml(const CertificateFacts &facts,
                                       const DocumentLanguage &language) const
{
    const Event &event = m_document.event;
    QStringList days;
    for (QDate day : facts.days)
        days.append(language.writtenDate(day));
    QStringList visits;
    for (const AgendaItem &visit : facts.visits) {
        const Site *site = m_document.site(visit.siteId);
        const QString name = site
                                 ? joined({site->name.text(language.language()), site->city}, u", ")
                                 : visit.title.text(language.language());
        visits.append(escaped(name) % u" (" % language.writtenDate(visit.day) % u')');
    }
    QList<std::pair<QString, QString>> rows{
        {said(language, QT_TRANSLATE_NOOP("CertificateDocument", "Days attended")),
         escaped(days.join(u", ")) % u" (" %
             said(language, QT_TRANSLATE_N_NOOP("CertificateDocument", "%1 of %n day(s)"),
                  facts.eventDays)
                 .arg(facts.days.size()) %
             u')'},
        {said(language, QT_TRANSLATE_NOOP("CertificateDocument", "Programme attended")),
         said(language, QT_TRANSLATE_NOOP("CertificateDocument", "%1 hours"))
             .arg(hoursText(facts.hours, language))}};
    if (!visits.isEmpty()) {
        rows.insert(1, {said(language, QT_TRANSLATE_NOOP("CertificateDocument", "Places visited")),
                        visits.join(u"<br>")});
    }
    if (!event.fundingProgramme.isEmpty() || !event.projectNumber.isEmpty()) {
        rows.append({said(language, QT_TRANSLATE_NOOP("CertificateDocument", "Funded by")),
                     escaped(joined({event.fundingProgramme, event.projectNumber}, u", "))});
    }
    QString html = u"<table style=\"margin-top: 12px\" cellspacing=\"0\">"_qs;
    for (const auto &[label, value] : std::as_const(rows))
        html += u"<tr><td><b>"_qs % escaped(label) % u"</b></td><td>"_qs % value % u"</td></tr>"_qs;
    return html % u"</table>"_qs;
}

} // namespace ep
