#include "documents/letterdocument.h"

#include "documents/documentstyle.h"
#include "documents/letterhead.h"

#include <QAbstractTextDocumentLayout>
#include <QDate>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>

namespace ep {
namespace {

constexpr char context[] = "LetterDocument";
// mm: where the address, the subject and the text begin (DIN 5008 form B
// places the address window at 45 mm).
using letterhead::escaped;
using letterhead::joined;
using letterhead::left;
using letterhead::right;
constexpr double addressTop = 45;
constexpr double subjectTop = 98;
constexpr double textTop = 108;
using letterhead::bottom;

QString paragraph(const QString &text)
{
    return text.isEmpty() ? QString() : u"<p>"_qs % escaped(text) % u"</p>"_qs;
}

// "Hanna Nowak, Head of International Affairs"
QString nameWithPosition(const Person &person)
{
    return person.position.isEmpty() ? person.displayName()
                                     : person.displayName() % u", " % person.position;
}

} // namespace

LetterDocument::LetterDocument(EventDocument document, Language otherwise, LetterPurpose purpose,
                               ParticipantFilter filter)
    : m_document(std::move(document))
    , m_otherwise(m_languages[otherwise])
    , m_purpose(purpose)
    , m_rows(participantRows(m_document, filter))
{
    std::stable_sort(m_rows.begin(), m_rows.end(), byName);
}

ParticipantFilter LetterDocument::defaultFilter()
{
    return {{u"invited"_qs, u"registered"_qs, u"confirmed"_qs, u"attended"_qs}, {}};
}

QString LetterDocument::title() const
{
    return m_otherwise.translate(context,
                                 QT_TRANSLATE_NOOP("LetterDocument", "Invitation letters")) %
           u" – " % m_document.event.title.text(m_otherwise.language());
}

const DocumentLanguage &LetterDocument::languageOf(const ParticipantRow &row) const
{
    return m_languages[firstLanguageIn(row.person.languages).value_or(m_otherwise.language())];
}

// The language asked for (the title's), then each one a letter is written in.
QList<Language> LetterDocument::writtenIn() const
{
    QList<Language> written{m_otherwise.language()};
    for (const ParticipantRow &row : m_rows) {
        if (const Language language = languageOf(row).language(); !written.contains(language))
            written.append(language);
    }
    return written;
}

QPageLayout LetterDocument::pageLayout() const
{
    return letterhead::pageLayout();
}

int LetterDocument::render(QPagedPaintDevice *device) const
{
    device->setPageLayout(pageLayout());
    const QRectF page(0, 0, device->width(), device->height());
    QPainter painter(device);
    if (m_rows.isEmpty()) {
        painter.setFont(documentstyle::body());
        const double mm = device->logicalDpiY() / 25.4;
        painter.drawText(page.adjusted(left * mm, textTop * mm, -right * mm, 0),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                         m_otherwise.translate(context, QT_TRANSLATE_NOOP("LetterDocument",
                                                                          "Nobody to invite: no "
                                                                          "participant matches "
                                                                          "the choice.")));
        return 1;
    }
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (i > 0)
            device->newPage();
        letterhead::paint(&painter, page,
                          m_document.organisation(m_document.event.hostOrganisationId));
        paintLetter(&painter, page, m_rows[i]);
    }
    return int(m_rows.size());
}

void LetterDocument::paintLetter(QPainter *painter, const QRectF &page,
                                 const ParticipantRow &row) const
{
    using namespace documentstyle;
    QPaintDevice *device = painter->device();
    const double mm = device->logicalDpiY() / 25.4;
    const DocumentLanguage &language = languageOf(row);
    const Organisation *host = m_document.organisation(m_document.event.hostOrganisationId);
    const double textWidth = page.width() - (left + right) * mm;

    // The sender in small type above the address, as a window envelope shows it.
    double y = addressTop * mm;
    if (host) {
        const QString place = QStringList{host->postalCode, host->city}.join(u' ').trimmed();
        const QString sender = joined({host->name, host->street, place}, u" · ");
        QFont senderFont = small();
        senderFont.setPointSizeF(6.5);
        painter->setFont(senderFont);
        painter->setPen(grey);
        const QFontMetricsF metrics(senderFont, device);
        painter->drawText(QPointF(left * mm, y + metrics.ascent()),
                          metrics.elidedText(sender, Qt::ElideRight, 85 * mm));
        y += metrics.height() + 1.5 * mm;
    }
    QFont address = body();
    address.setPointSizeF(10);
    painter->setFont(address);
    painter->setPen(Qt::black);
    const QFontMetricsF addressMetrics(address, device);
    for (const QString &text : recipientLines(row, language)) {
        painter->drawText(QPointF(left * mm, y + addressMetrics.ascent()),
                          addressMetrics.elidedText(text, Qt::ElideRight, 85 * mm));
        y += addressMetrics.height();
    }

    // Place and date on the right, then the subject.
    const QString city = host && !host->city.isEmpty() ? host->city : m_document.event.venueCity;
    const QString dated =
        (city.isEmpty() ? QString() : city % u", ") % language.writtenDate(QDate::currentDate());
    painter->drawText(QRectF(left * mm, (subjectTop - 9) * mm, textWidth, 6 * mm),
                      Qt::AlignRight | Qt::AlignVCenter, dated);
    QFont subjectFont = bold();
    subjectFont.setPointSizeF(11);
    QTextDocument subjectText;
    subjectText.documentLayout()->setPaintDevice(device);
    subjectText.setDefaultFont(subjectFont);
    subjectText.setTextWidth(textWidth);
    subjectText.setDocumentMargin(0);
    subjectText.setPlainText(subject(row, language));
    painter->save();
    painter->translate(left * mm, subjectTop * mm);
    subjectText.drawContents(painter);
    painter->restore();

    // The letter, set smaller where it would run past the page.
    QTextDocument text;
    text.documentLayout()->setPaintDevice(device);
    text.setDocumentMargin(0);
    text.setTextWidth(textWidth);
    text.setDefaultStyleSheet(u"p { margin-bottom: 6px; } td { padding-right: 12px; }"_qs);
    text.setHtml(bodyHtml(row, language));
    const double textTopAt =
        std::max(textTop * mm, subjectTop * mm + subjectText.size().height() + 4 * mm);
    const double room = page.height() - bottom * mm - textTopAt;
    letterhead::paintFitted(painter, text, QPointF(left * mm, textTopAt), room, 10);
}

QStringList LetterDocument::recipientLines(const ParticipantRow &row,
                                           const DocumentLanguage &language) const
{
    if (m_purpose == LetterPurpose::Visa) {
        return {language.translate(context,
                                   QT_TRANSLATE_NOOP("LetterDocument", "To the consular section "
                                                                       "responsible"))};
    }
    const Organisation *employer = m_document.organisation(row.person.organisationId);
    QStringList lines;
    if (employer) {
        lines = {employer->name, employer->street,
                 QStringList{employer->postalCode, employer->city}.join(u' ').trimmed()};
    } else {
        lines = {row.person.displayName(), row.person.street,
                 QStringList{row.person.postalCode, row.person.city}.join(u' ').trimmed()};
    }
    const Organisation *host = m_document.organisation(m_document.event.hostOrganisationId);
    const QString country = employer ? employer->country : row.person.country;
    if (!country.isEmpty() && (!host || host->country.compare(country, Qt::CaseInsensitive) != 0))
        // The country's own name ("Polska"), which its post reads and the
        // sender's post accepts.
        lines.append(
            QLocale(QLocale::AnyLanguage, QLocale::codeToTerritory(country)).nativeTerritoryName());
    lines.removeAll(QString());
    return lines;
}

QString LetterDocument::subject(const ParticipantRow &row, const DocumentLanguage &language) const
{
    const QString title = m_document.event.title.text(language.language());
    if (m_purpose == LetterPurpose::Visa) {
        return language
            .translate(context,
                       QT_TRANSLATE_NOOP("LetterDocument", "Letter of invitation for a visa "
                                                           "application: %1, \"%2\""))
            .arg(row.person.displayName(), title);
    }
    return language
        .translate(context, QT_TRANSLATE_NOOP("LetterDocument", "Invitation of %1 to \"%2\""))
        .arg(row.person.displayName(), title);
}

QString LetterDocument::placeText(const DocumentLanguage &language) const
{
    const Event &event = m_document.event;
    if (!event.venueCity.isEmpty())
        return event.venueCity;
    return language.translate(context, QT_TRANSLATE_NOOP("LetterDocument", "online"));
}

QString LetterDocument::bodyHtml(const ParticipantRow &row, const DocumentLanguage &language) const
{
    const auto said = [&language](const char *source) {
        return language.translate(context, source);
    };
    const Event &event = m_document.event;
    const QString name = row.person.displayName();
    const QString title = event.title.text(language.language());
    const bool online = event.venueCity.isEmpty() && !event.onlineLink.isEmpty();
    QString html = paragraph(said(QT_TRANSLATE_NOOP("LetterDocument", "Dear Sir or Madam,")));
    if (m_purpose == LetterPurpose::Employer) {
        const char *invitation =
            m_document.organisation(row.person.organisationId)
                ? QT_TRANSLATE_NOOP("LetterDocument",
                                    "We would like to invite %1 of your organisation to take "
                                    "part in \"%2\" (%3, %4).")
                : QT_TRANSLATE_NOOP("LetterDocument",
                                    "We would like to invite %1 to take part in \"%2\" (%3, %4).");
        html += paragraph(said(invitation)
                              .arg(name, title, letterhead::eventDates(m_document.event, language),
                                   placeText(language)));
        html += paragraph(
            said(online ? QT_TRANSLATE_NOOP("LetterDocument", "We kindly ask you to release %1 for "
                                                              "the time of the online event.")
                        : QT_TRANSLATE_NOOP("LetterDocument",
                                            "We kindly ask you to release %1 for "
                                            "these days and to approve the journey."))
                .arg(name));
    } else {
        const Participation &stay = row.participation;
        const QDate from = stay.arrival.isValid() ? stay.arrival.date() : event.startDate;
        const QDate to = stay.departure.isValid() ? stay.departure.date() : event.endDate;
        html += paragraph(said(QT_TRANSLATE_NOOP("LetterDocument",
                                                 "We hereby confirm that we invite %1 to take part "
                                                 "in \"%2\" in %3 (%4)."))
                              .arg(name, title, placeText(language),
                                   letterhead::eventDates(m_document.event, language)));
        html += paragraph(
            said(QT_TRANSLATE_NOOP("LetterDocument",
                                   "The purpose of the stay is the professional "
                                   "exchange between partner regions. The stay is "
                                   "planned from %1 to %2."))
                .arg(language.writtenDate(from), language.writtenDate(to.isValid() ? to : from)));
        if (!stay.hotel.isEmpty()) {
            html += paragraph(
                said(QT_TRANSLATE_NOOP("LetterDocument", "Accommodation is booked at %1."))
                    .arg(stay.hotel));
        }
        html += paragraph(said(QT_TRANSLATE_NOOP("LetterDocument",
                                                 "We kindly ask you to issue %1 a visa for this "
                                                 "stay."))
                              .arg(name));
    }
    const QString description = event.description.text(language.language());
    if (!description.isEmpty())
        html += paragraph(description);
    if (!event.fundingProgramme.isEmpty()) {
        html += paragraph(
            event.projectNumber.isEmpty()
                ? said(QT_TRANSLATE_NOOP("LetterDocument", "The event is funded by %1."))
                      .arg(event.fundingProgramme)
                : said(QT_TRANSLATE_NOOP("LetterDocument",
                                         "The event is part of the project %1, funded by %2."))
                      .arg(event.projectNumber, event.fundingProgramme));
    }
    html += factsHtml(row, language);
    html += paragraph(
        said(QT_TRANSLATE_NOOP("LetterDocument", "Please do not hesitate to contact us with any "
                                                 "questions.")));
    return html + signatureHtml(language);
}

// The facts of the invitation as a table of labels and values.
QString LetterDocument::factsHtml(const ParticipantRow &row, const DocumentLanguage &language) const
{
    QList<std::pair<const char *, QString>> facts{
        {QT_TRANSLATE_NOOP("LetterDocument", "Participant"),
         joined({nameWithPosition(row.person), row.organisation}, u", ")},
        {QT_TRANSLATE_NOOP("LetterDocument", "Event"),
         m_document.event.title.text(language.language())},
        {QT_TRANSLATE_NOOP("LetterDocument", "Dates"),
         letterhead::eventDates(m_document.event, language)},
        {QT_TRANSLATE_NOOP("LetterDocument", "Place"), m_document.venueLines().join(u"; ")},
    };
    const Participation &stay = row.participation;
    const auto moment = [&language](const QDateTime &when) -> QString {
        return language.writtenDate(when.date()) % u", " % language.time(when.time());
    };
    if (stay.arrival.isValid())
        facts.append({QT_TRANSLATE_NOOP("LetterDocument", "Arrival"), moment(stay.arrival)});
    if (stay.departure.isValid())
        facts.append({QT_TRANSLATE_NOOP("LetterDocument", "Departure"), moment(stay.departure)});
    if (!stay.hotel.isEmpty())
        facts.append({QT_TRANSLATE_NOOP("LetterDocument", "Hotel"), stay.hotel});
    for (int id : m_document.event.organiserIds) {
        if (const Person *organiser = m_document.person(id)) {
            facts.append(
                {QT_TRANSLATE_NOOP("LetterDocument", "Contact"),
                 joined({organiser->displayName(), organiser->email, organiser->phone}, u", ")});
            break;
        }
    }
    QString html = u"<table style=\"margin-top: 4px; margin-bottom: 8px\" cellspacing=\"0\" "
                   u"cellpadding=\"1\">"_qs;
    for (const auto &[label, value] : facts) {
        if (value.trimmed().isEmpty())
            continue;
        html += u"<tr><td><b>"_qs % escaped(language.translate(context, label)) %
                u"</b></td><td>"_qs % escaped(value) % u"</td></tr>"_qs;
    }
    return html + u"</table>"_qs;
}

// The greeting, room to sign, and who signs: the host's signatory, else the
// first organiser.
QString LetterDocument::signatureHtml(const DocumentLanguage &language) const
{
    const Organisation *host = m_document.organisation(m_document.event.hostOrganisationId);
    const auto [signatory, position] = letterhead::signatoryOf(m_document);
    const QString closing =
        language.translate(context, QT_TRANSLATE_NOOP("LetterDocument", "Yours faithfully"));
    return u"<p>"_qs % escaped(closing) % u"</p><p style=\"margin-top: 48px\">"_qs %
           joined({escaped(signatory), escaped(position), host ? escaped(host->name) : QString()},
                  u"<br>") %
           u"</p>"_qs;
}

} // namespace ep
