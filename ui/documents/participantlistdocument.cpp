#include "documents/participantlistdocument.h"

#include "documents/documentstyle.h"
#include "documents/documenttable.h"
#include "documents/pageflow.h"
#include "domain/vocabulary.h"

#include <QPainter>

namespace ep {
namespace {

constexpr char context[] = "ParticipantListDocument";

constexpr double numberWidth = 9;
constexpr double portraitWidth = 180; // A4 less the margins

} // namespace

ParticipantListDocument::ParticipantListDocument(EventDocument document, Language language,
                                                 ParticipantFilter filter, QList<Field> columns,
                                                 OrganisationNames organisationNames)
    : m_document(std::move(document))
    , m_language(language)
    , m_filter(std::move(filter))
    , m_columns(columns.isEmpty() ? defaultParticipantColumns() : std::move(columns))
    , m_organisationNames(organisationNames)
{}

QString ParticipantListDocument::title() const
{
    return runningDocumentName() % u" – " % runningTitle();
}

QPageLayout::Orientation ParticipantListDocument::orientation() const
{
    double wanted = numberWidth;
    for (Field column : m_columns)
        wanted += describe(column).listWidth;
    return wanted > portraitWidth ? QPageLayout::Landscape : QPageLayout::Portrait;
}

QString ParticipantListDocument::runningTitle() const
{
    return m_document.event.title.text(m_language.language());
}

QString ParticipantListDocument::runningDocumentName() const
{
    return m_language.translate(context,
                                QT_TRANSLATE_NOOP("ParticipantListDocument", "Participant list"));
}

QList<DocumentLanguage> ParticipantListDocument::languages() const
{
    return {m_language};
}

QString ParticipantListDocument::filterDescription() const
{
    const auto labels = [this](Vocabulary vocabulary, const QStringList &codes) {
        QStringList names;
        for (const QString &code : codes)
            names.append(vocabularyLabel(vocabulary, code, m_language));
        return names.join(u", ");
    };
    QStringList parts;
    if (!m_filter.statuses.isEmpty()) {
        parts.append(
            m_language
                .translate(context, QT_TRANSLATE_NOOP("ParticipantListDocument", "Status: %1"))
                .arg(labels(Vocabulary::ParticipantStatus, m_filter.statuses)));
    }
    if (!m_filter.roles.isEmpty()) {
        parts.append(
            m_language.translate(context, QT_TRANSLATE_NOOP("ParticipantListDocument", "Role: %1"))
                .arg(labels(Vocabulary::ParticipantRole, m_filter.roles)));
    }
    return parts.join(u"; ");
}

void ParticipantListDocument::compose(PageFlow &flow) const
{
    using namespace documentstyle;
    const Event &event = m_document.event;
    const QList<ParticipantRow> rows = participantRows(m_document, m_filter, m_organisationNames);

    QString dates = m_language.date(event.startDate);
    if (event.endDate.isValid() && event.endDate != event.startDate)
        dates += u" – " % m_language.date(event.endDate);
    const QString place = event.venueCity.isEmpty() ? event.onlinePlatform : event.venueCity;
    QList<Paragraph> heading{{runningDocumentName(), bold(), grey},
                             {runningTitle(), documentstyle::title()},
                             {QStringList{dates, place}.join(u" · "), body()}};
    QString count = m_language.translate(
        context, QT_TRANSLATE_N_NOOP("ParticipantListDocument", "%n participant(s)"), nullptr,
        int(rows.size()));
    if (const QString filter = filterDescription(); !filter.isEmpty())
        count += u" · " % filter;
    heading.append({count, body(), grey});
    const TextBox box(heading, flow.width(), flow.device());
    Block block;
    block.height = box.height() + flow.mm(4);
    block.paint = [box](QPainter *painter, const QRectF &rect) {
        box.draw(painter, rect.topLeft());
    };
    flow.add(std::move(block));

    QList<DocumentTable::Column> columns{
        {{{m_language.translate(context, QT_TRANSLATE_NOOP("ParticipantListDocument", "No.")),
           bold()}},
         numberWidth}};
    // A list with many columns is set smaller, so that its words still fit.
    const bool crowded = m_columns.size() > 8;
    const QFont text = crowded ? small() : body();
    QFont headingFont = text;
    headingFont.setBold(true);
    columns.first().heading.first().font = headingFont;
    for (Field column : m_columns) {
        const FieldDescription &field = describe(column);
        columns.append({{{fieldLabel(column, m_language), headingFont}},
                        field.listWidth,
                        field.wholeLines,
                        field.wholeWords});
    }
    DocumentTable table(flow, m_language.language(), columns);
    int number = 0;
    for (const ParticipantRow &row : rows) {
        QList<QList<Paragraph>> cells{{{QString::number(++number), text}}};
        for (Field column : m_columns)
            cells.append({{participantCell(row, column, FieldStyle::Document, m_language), text}});
        table.addRow(cells);
    }
}

} // namespace ep
