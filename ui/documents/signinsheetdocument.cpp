#include "documents/signinsheetdocument.h"

#include "documents/documentstyle.h"
#include "documents/documenttable.h"
#include "documents/pageflow.h"

#include <QImage>
#include <QPainter>

namespace ep {
namespace {

constexpr char context[] = "SignInSheetDocument";
constexpr double rowHeight = 11; // mm: room for a signature by hand
constexpr double logoHeight = 16;
constexpr double logoMaxWidth = 45;

} // namespace

SignInSheetDocument::SignInSheetDocument(EventDocument document, SignInSheetOptions options)
    : m_document(std::move(document))
    , m_options(std::move(options))
{
    if (m_options.languages.isEmpty())
        m_options.languages = {Language::English};
    for (Language language : m_options.languages)
        m_languages.append(DocumentLanguage(language));
    m_options.blankRows = std::clamp(m_options.blankRows, 0, 500);
}

QList<Paragraph> SignInSheetDocument::headings(const char *source) const
{
    QList<Paragraph> paragraphs;
    for (const DocumentLanguage &language : m_languages) {
        paragraphs.append({language.translate(context, source),
                           paragraphs.isEmpty() ? documentstyle::bold() : documentstyle::small(),
                           paragraphs.isEmpty() ? QColor(Qt::black) : documentstyle::grey});
    }
    return paragraphs;
}

QString SignInSheetDocument::joined(const char *source) const
{
    return translatedIn(m_languages, context, source);
}

QString SignInSheetDocument::title() const
{
    return runningDocumentName() % u" – " % runningTitle();
}

QString SignInSheetDocument::runningTitle() const
{
    return m_document.event.title.text(m_languages.first().language());
}

QString SignInSheetDocument::runningDocumentName() const
{
    return joined(QT_TRANSLATE_NOOP("SignInSheetDocument", "Sign-in sheet"));
}

QList<DocumentLanguage> SignInSheetDocument::languages() const
{
    return m_languages;
}

QList<SignInSheetDocument::Sheet> SignInSheetDocument::sheets() const
{
    QList<Sheet> list;
    if (m_options.perSiteVisit) {
        for (const AgendaItem &item : m_document.event.agenda) {
            if (item.kind == u"site_visit")
                list.append({item.day, &item});
        }
    }
    if (list.isEmpty()) {
        const Event &event = m_document.event;
        const QDate last = event.endDate.isValid() ? event.endDate : event.startDate;
        for (QDate day = event.startDate; day.isValid() && day <= last; day = day.addDays(1))
            list.append({day, nullptr});
    }
    return list;
}

void SignInSheetDocument::compose(PageFlow &flow) const
{
    for (const Sheet &sheet : sheets())
        composeSheet(flow, sheet);
}

void SignInSheetDocument::composeSheet(PageFlow &flow, const Sheet &sheet) const
{
    using namespace documentstyle;
    const Event &event = m_document.event;
    const DocumentLanguage &first = m_languages.first();

    // The sheet's header: what, when, where, who pays; the logo on the right.
    QStringList dates;
    for (const DocumentLanguage &language : m_languages) {
        const QString date = language.longDate(sheet.day);
        if (!dates.contains(date))
            dates.append(date);
    }
    QString when = dates.join(u" / ");
    QString place = m_document.venueLines().join(u" · ");
    QString what = event.title.text(first.language());
    if (sheet.item) {
        when += u", " % first.time(sheet.item->start);
        if (sheet.item->end.isValid())
            when += u"–" % first.time(sheet.item->end);
        what += u" · " % sheet.item->title.text(first.language());
        if (const Site *site = m_document.site(sheet.item->siteId))
            place = site->name.text(first.language()) % u", " % site->address();
    }

    const auto fact = [this](const char *label, const QString &value) {
        return Paragraph{joined(label) % u": " % value, body()};
    };
    QList<Paragraph> header{{runningDocumentName(), bold(), grey},
                            {what, documentstyle::title()},
                            fact(QT_TRANSLATE_NOOP("SignInSheetDocument", "Date"), when),
                            fact(QT_TRANSLATE_NOOP("SignInSheetDocument", "Place"), place)};
    if (!event.fundingProgramme.isEmpty())
        header.append(fact(QT_TRANSLATE_NOOP("SignInSheetDocument", "Funding programme"),
                           event.fundingProgramme));
    if (!event.projectNumber.isEmpty())
        header.append(
            fact(QT_TRANSLATE_NOOP("SignInSheetDocument", "Project number"), event.projectNumber));

    const QImage logo = QImage::fromData(event.fundingLogo);
    QSizeF logoSize;
    if (!logo.isNull()) {
        logoSize = QSizeF(logo.size())
                       .scaled(flow.mm(logoMaxWidth), flow.mm(logoHeight), Qt::KeepAspectRatio);
    }
    const double textWidth = flow.width() - (logo.isNull() ? 0 : logoSize.width() + flow.mm(4));
    const TextBox headerBox(header, textWidth, flow.device());
    Block block;
    block.height = std::max(headerBox.height(), logoSize.height()) + flow.mm(4);
    block.pageBreakBefore = true;
    block.keepWithNext = true;
    block.paint = [headerBox, logo, logoSize](QPainter *painter, const QRectF &rect) {
        headerBox.draw(painter, rect.topLeft());
        if (!logo.isNull()) {
            painter->drawImage(QRectF(rect.right() - logoSize.width(), rect.top(), logoSize.width(),
                                      logoSize.height()),
                               logo);
        }
    };
    flow.add(std::move(block));

    // The people of the day as numbered for the attendance, then the rows for walk-ins.
    const QList<ParticipantRow> present =
        signInRows(m_document, sheet.day, m_options.filter, m_options.organisationNames);

    const QList<Paragraph> caption{{what % u" · " % dates.first(), small(), grey}};
    DocumentTable table(flow, m_languages.first().language(),
                        {{headings(QT_TRANSLATE_NOOP("SignInSheetDocument", "No.")), 11},
                         {headings(QT_TRANSLATE_NOOP("SignInSheetDocument", "Name")), 52},
                         {headings(QT_TRANSLATE_NOOP("SignInSheetDocument", "Organisation")), 50},
                         {headings(QT_TRANSLATE_NOOP("SignInSheetDocument", "Signature")), 69}},
                        caption);
    const double minimum = flow.mm(rowHeight);
    int number = 0;
    for (const ParticipantRow &row : present) {
        table.addRow({{{QString::number(++number), body()}},
                      {{row.person.displayName(), body()}},
                      {{row.organisation, body()}},
                      {}},
                     minimum);
    }
    for (int blank = 0; blank < m_options.blankRows; ++blank)
        table.addRow({{{QString::number(++number), body(), grey}}}, minimum);
    table.finish(true); // the host's signature never alone on a page

    // The host confirms the list.
    const TextBox confirmation(
        {{joined(QT_TRANSLATE_NOOP("SignInSheetDocument", "Place and date")), small(), grey}},
        flow.width() * 0.4, flow.device());
    const TextBox signature(
        {{joined(QT_TRANSLATE_NOOP("SignInSheetDocument", "Signature of the host")), small(),
          grey}},
        flow.width() * 0.45, flow.device());
    Block end;
    const double lineAt = flow.mm(16);
    end.height = lineAt + std::max(confirmation.height(), signature.height()) + flow.mm(2);
    end.paint = [confirmation, signature, lineAt, pen = flow.mm(0.3)](QPainter *painter,
                                                                      const QRectF &rect) {
        QPen line(Qt::black);
        line.setWidthF(pen);
        painter->setPen(line);
        const double y = rect.top() + lineAt;
        const double leftEnd = rect.left() + rect.width() * 0.4;
        const double rightStart = rect.right() - rect.width() * 0.45;
        painter->drawLine(QPointF(rect.left(), y), QPointF(leftEnd, y));
        painter->drawLine(QPointF(rightStart, y), QPointF(rect.right(), y));
        confirmation.draw(painter, QPointF(rect.left(), y + pen * 3));
        signature.draw(painter, QPointF(rightStart, y + pen * 3));
    };
    flow.add(std::move(end));
}

} // namespace ep
