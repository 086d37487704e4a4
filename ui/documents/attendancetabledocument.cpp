#include "documents/attendancetabledocument.h"

#include "documents/documentstyle.h"
#include "documents/documenttable.h"
#include "documents/evidenceheading.h"
#include "documents/pageflow.h"
#include "domain/vocabulary.h"
#include "export/evidencecounts.h"

#include <QLocale>

#include <cmath>

namespace ep {
namespace {

constexpr char context[] = "AttendanceTableDocument";

} // namespace

AttendanceTableDocument::AttendanceTableDocument(EventDocument document, Language language)
    : m_document(std::move(document))
    , m_language(language)
    , m_table(attendanceTable(m_document))
{}

QString AttendanceTableDocument::label(const char *source) const
{
    return m_language.translate(context, source);
}

QString AttendanceTableDocument::title() const
{
    return runningDocumentName() % u" – " % runningTitle();
}

QString AttendanceTableDocument::runningTitle() const
{
    return m_document.event.title.text(m_language.language());
}

QString AttendanceTableDocument::runningDocumentName() const
{
    return label(QT_TRANSLATE_NOOP("AttendanceTableDocument", "Attendance"));
}

QList<Paragraph> AttendanceTableDocument::sheetHeading(const AttendanceSheet &sheet) const
{
    using namespace documentstyle;
    const QLocale locale(languageCode(m_language.language()));
    QList<Paragraph> heading{{locale.dayName(sheet.day.dayOfWeek(), QLocale::ShortFormat), bold()},
                             {m_language.date(sheet.day), bold()}};
    for (const AgendaItem &item : m_document.event.agenda) {
        if (item.id != sheet.agendaItemId)
            continue;
        const Site *site = m_document.site(item.siteId);
        heading.append({m_language.time(item.start) % u' ' %
                            (site ? site->name : item.title).text(m_language.language()),
                        small()});
    }
    return heading;
}

void AttendanceTableDocument::compose(PageFlow &flow) const
{
    using namespace documentstyle;
    const EvidenceTotals totals = evidenceTotals(m_document);
    const auto counted = [this](const char *source, int n) {
        return m_language.translate(context, source, nullptr, n);
    };
    QStringList lines{QStringList{
        counted(QT_TRANSLATE_N_NOOP("AttendanceTableDocument", "%n participant(s)"),
                totals.participants),
        counted(QT_TRANSLATE_N_NOOP("AttendanceTableDocument", "%n attended"), totals.attended),
        counted(QT_TRANSLATE_N_NOOP("AttendanceTableDocument", "%n no-show(s)"), totals.noShow),
        counted(QT_TRANSLATE_N_NOOP("AttendanceTableDocument", "%n walk-in(s)"), totals.walkIns)}
                          .join(u" · ")};
    lines.append(m_table.anyEntered()
                     ? label(QT_TRANSLATE_NOOP("AttendanceTableDocument",
                                               "✓ signed · – on the sheet, not signed · empty: "
                                               "not on that sheet, or the sheet not entered"))
                     : label(QT_TRANSLATE_NOOP("AttendanceTableDocument",
                                               "No signed sign-in sheet has been entered yet.")));
    addEvidenceHeading(flow, m_document, m_language, runningDocumentName(), lines);

    const QFont heading = bold();
    QList<DocumentTable::Column> columns{
        {{{label(QT_TRANSLATE_NOOP("AttendanceTableDocument", "No.")), heading}}, 8},
        {{{fieldLabel(Field::Name, m_language), heading}}, 42},
        {{{fieldLabel(Field::Organisation, m_language), heading}}, 46}};
    for (const AttendanceSheet &sheet : m_table.sheets)
        columns.append({sheetHeading(sheet), 20, true});
    columns.append({{{label(QT_TRANSLATE_NOOP("AttendanceTableDocument", "Days")), heading}}, 12});
    columns.append({{{label(QT_TRANSLATE_NOOP("AttendanceTableDocument", "Hours")), heading}}, 12});
    DocumentTable table(flow, m_language.language(), columns);
    QLocale numbers(languageCode(m_language.language())); // "7,5" in German and Polish
    numbers.setNumberOptions(QLocale::OmitGroupSeparator);
    int number = 0;
    for (const AttendanceTableRow &row : m_table.rows) {
        QList<Paragraph> name{
            {participantCell(row.participant, Field::Name, FieldStyle::Document, m_language),
             body()}};
        if (row.walkIn)
            name.append(
                {label(QT_TRANSLATE_NOOP("AttendanceTableDocument", "walk-in")), small(), grey});
        QList<QList<Paragraph>> cells{
            {{QString::number(++number), body()}}, name, {{row.participant.organisation, body()}}};
        for (const std::optional<bool> &cell : row.signedSheets)
            cells.append({{cell ? (*cell ? u"✓"_qs : u"–"_qs) : QString(), body()}});
        cells.append({{QString::number(row.daysAttended), body()}});
        cells.append({{numbers.toString(std::round(row.hoursAttended * 100) / 100, 'f',
                                        QLocale::FloatingPointShortest),
                       body()}});
        table.addRow(cells);
    }
    QList<QList<Paragraph>> sums{
        {}, {{label(QT_TRANSLATE_NOOP("AttendanceTableDocument", "Signed")), heading}}, {}};
    for (qsizetype sheet = 0; sheet < m_table.sheets.size(); ++sheet)
        sums.append({{QString::number(m_table.signedCount(sheet)), heading}});
    table.addRow(sums);
}

} // namespace ep
