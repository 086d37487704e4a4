#include "documents/evidencesummarydocument.h"

#include "documents/documentstyle.h"
#include "documents/documenttable.h"
#include "documents/evidenceheading.h"
#include "documents/pageflow.h"
#include "domain/vocabulary.h"
#include "export/evidencecounts.h"

#include <QPainter>
#include <QRegularExpression>

namespace ep {
namespace {

constexpr char context[] = "EvidenceSummaryDocument";

} // namespace

EvidenceSummaryDocument::EvidenceSummaryDocument(EventDocument document, Language language,
                                                 QList<EvidenceFile> files, QDate made)
    : m_document(std::move(document))
    , m_language(language)
    , m_files(std::move(files))
    , m_made(made)
{}

QString EvidenceSummaryDocument::label(const char *source) const
{
    return m_language.translate(context, source);
}

QString EvidenceSummaryDocument::title() const
{
    return runningDocumentName() % u" – " % runningTitle();
}

QString EvidenceSummaryDocument::runningTitle() const
{
    return m_document.event.title.text(m_language.language());
}

QString EvidenceSummaryDocument::runningDocumentName() const
{
    return label(QT_TRANSLATE_NOOP("EvidenceSummaryDocument", "Evidence pack"));
}

QList<std::pair<QString, QString>> EvidenceSummaryDocument::facts() const
{
    const Event &event = m_document.event;
    const QString notEntered = label(QT_TRANSLATE_NOOP("EvidenceSummaryDocument", "not entered"));
    const auto orNotEntered = [&notEntered](const QString &text) {
        return text.trimmed().isEmpty() ? notEntered : text;
    };
    QString host;
    if (const Organisation *organisation = m_document.organisation(event.hostOrganisationId)) {
        host = organisation->name;
        if (const QString where = QStringList{organisation->city, organisation->country}
                                      .filter(QRegularExpression(u"\\S"_qs))
                                      .join(u", ");
            !where.isEmpty())
            host += u" (" % where % u')';
    }
    QStringList organisers;
    for (int id : event.organiserIds) {
        if (const Person *person = m_document.person(id))
            organisers.append(person->displayName());
    }
    QString languages = event.languages;
    if (!event.interpretation.isEmpty())
        languages +=
            u" · " % label(QT_TRANSLATE_NOOP("EvidenceSummaryDocument", "interpretation %1"))
                         .arg(event.interpretation);
    const auto fact = [this](const char *source, const QString &value) {
        return std::pair{label(source), value};
    };
    return {
        fact(QT_TRANSLATE_NOOP("EvidenceSummaryDocument", "Event"),
             event.title.text(m_language.language()) % u" (" %
                 vocabularyLabel(Vocabulary::EventKind, event.kind, m_language) % u')'),
        fact(QT_TRANSLATE_NOOP("EvidenceSummaryDocument", "Dates"),
             eventDates(m_document, m_language)),
        fact(QT_TRANSLATE_NOOP("EvidenceSummaryDocument", "Place"),
             orNotEntered(QStringList{event.venueCity, m_document.venueLines().join(u"; ")}
                              .filter(QRegularExpression(u"\\S"_qs))
                              .join(u": "))),
        fact(QT_TRANSLATE_NOOP("EvidenceSummaryDocument", "Host organisation"), orNotEntered(host)),
        fact(QT_TRANSLATE_NOOP("EvidenceSummaryDocument", "Organisers"),
             orNotEntered(organisers.join(u", "))),
        fact(QT_TRANSLATE_NOOP("EvidenceSummaryDocument", "Languages"), orNotEntered(languages)),
        fact(QT_TRANSLATE_NOOP("EvidenceSummaryDocument", "Funding programme"),
             orNotEntered(event.fundingProgramme)),
        fact(QT_TRANSLATE_NOOP("EvidenceSummaryDocument", "Project number"),
             orNotEntered(event.projectNumber)),
    };
}

void EvidenceSummaryDocument::addTable(PageFlow &flow, const std::pair<QString, QString> &headings,
                                       const QList<std::pair<QString, QString>> &rows,
                                       double labelShare) const
{
    using namespace documentstyle;
    flow.addSpace(flow.mm(4));
    DocumentTable table(flow, m_language.language(),
                        {{{{headings.first, bold()}}, labelShare},
                         {{{headings.second, bold()}}, 100 - labelShare}});
    for (const auto &[name, value] : rows)
        table.addRow({{{name, bold()}}, {{value, body()}}});
}

void EvidenceSummaryDocument::compose(PageFlow &flow) const
{
    const EvidenceTotals totals = evidenceTotals(m_document);
    addEvidenceHeading(flow, m_document, m_language, runningDocumentName());
    addTable(flow, {label(QT_TRANSLATE_NOOP("EvidenceSummaryDocument", "The event")), {}}, facts(),
             30);

    const auto count = [this](const char *source, int n) {
        return std::pair{label(source), QString::number(n)};
    };
    addTable(
        flow, {label(QT_TRANSLATE_NOOP("EvidenceSummaryDocument", "Participation")), {}},
        {count(QT_TRANSLATE_NOOP("EvidenceSummaryDocument", "Participants on the sign-in sheets"),
               totals.participants),
         count(QT_TRANSLATE_NOOP("EvidenceSummaryDocument", "Attended"), totals.attended),
         count(QT_TRANSLATE_NOOP("EvidenceSummaryDocument", "No-show"), totals.noShow),
         count(QT_TRANSLATE_NOOP("EvidenceSummaryDocument", "Walk-ins"), totals.walkIns),
         {label(QT_TRANSLATE_NOOP("EvidenceSummaryDocument", "Days")),
          label(QT_TRANSLATE_NOOP("EvidenceSummaryDocument", "%1, sign-in sheets entered for %2"))
              .arg(totals.days)
              .arg(totals.daysEntered)}},
        30);

    QList<std::pair<QString, QString>> files;
    for (const EvidenceFile &file : m_files)
        files.append({file.name, file.description});
    addTable(flow,
             {label(QT_TRANSLATE_NOOP("EvidenceSummaryDocument", "Files of this archive")),
              label(QT_TRANSLATE_NOOP("EvidenceSummaryDocument", "What it holds"))},
             files, 30);

    using namespace documentstyle;
    const TextBox made({{label(QT_TRANSLATE_NOOP("EvidenceSummaryDocument",
                                                 "Made on %1 with Exchange Planner %2."))
                             .arg(m_language.date(m_made), QLatin1String(EXCHANGE_PLANNER_VERSION)),
                         small(), grey}},
                       flow.width(), flow.device());
    flow.addSpace(flow.mm(3));
    Block block;
    block.height = made.height();
    block.paint = [made](QPainter *painter, const QRectF &rect) {
        made.draw(painter, rect.topLeft());
    };
    flow.add(std::move(block));
}

} // namespace ep
