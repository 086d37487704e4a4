#include "documents/persondatadocument.h"

#include "documents/documentstyle.h"
#include "documents/documenttable.h"
#include "documents/pageflow.h"
#include "domain/vocabulary.h"
#include "export/filewriting.h"
#include "storage/privatefiles.h"
#include "storage/records.h"

#include <QPainter>

namespace ep {
namespace {

constexpr char context[] = "PersonDataDocument";

// A stored value as the person reads it, in `language`.
template <typename Record>
QString shown(const Column<Record> &column, const Record &record, const DocumentLanguage &language)
{
    const QVariant value = column.value(record);
    if (value.isNull() || (column.kind != ColumnKind::Flag && value.toString().isEmpty()))
        return QStringLiteral("—");
    switch (column.kind) {
    case ColumnKind::Flag:
        return value.toInt() != 0 ? language.translate(context, QT_TRANSLATE_NOOP(context, "yes"))
                                  : language.translate(context, QT_TRANSLATE_NOOP(context, "no"));
    case ColumnKind::Date:
        return language.date(sql::dateFrom(value));
    case ColumnKind::DateTime: {
        const QDateTime moment = sql::dateTimeFrom(value);
        return language.date(moment.date()) % u' ' % language.time(moment.time());
    }
    case ColumnKind::Code:
        return column.vocabulary ? vocabularyLabel(*column.vocabulary, value.toString(), language)
                                 : value.toString();
    default:
        return value.toString();
    }
}

// The labels and values of `record`'s stored columns, those named in
// `leftOut` aside.
template <typename Record>
QList<std::pair<QString, QString>> factsOf(const Record &record, const DocumentLanguage &language,
                                           const QStringList &leftOut)
{
    QList<std::pair<QString, QString>> facts;
    for (const Column<Record> &column : recordTable<Record>().columns) {
        if (column.stored() && !leftOut.contains(column.name) && column.kind != ColumnKind::Image)
            facts.append({language.translate(column.context, column.label),
                          shown(column, record, language)});
    }
    return facts;
}

} // namespace

PersonDataDocument::PersonDataDocument(PersonData data, Language language)
    : m_data(std::move(data))
    , m_language(language)
{}

QString PersonDataDocument::text(const char *source, int n) const
{
    return m_language.translate(context, source, nullptr, n);
}

QString PersonDataDocument::title() const
{
    return runningDocumentName() % u" – " % runningTitle();
}

QString PersonDataDocument::runningTitle() const
{
    return m_data.person.displayName();
}

QString PersonDataDocument::runningDocumentName() const
{
    return text(QT_TRANSLATE_NOOP("PersonDataDocument", "Personal data"));
}

QString PersonDataDocument::eventLine(const EventLink &event) const
{
    QString dates = m_language.date(event.startDate);
    if (event.endDate.isValid() && event.endDate != event.startDate)
        dates += u" – " % m_language.date(event.endDate);
    return event.title.text(m_language.language()) % u" (" % dates % u')';
}

void PersonDataDocument::addParagraphs(PageFlow &flow, const QList<Paragraph> &paragraphs) const
{
    const TextBox box(paragraphs, flow.width(), flow.device());
    Block block;
    block.height = box.height() + flow.mm(4);
    block.paint = [box](QPainter *painter, const QRectF &rect) {
        box.draw(painter, rect.topLeft());
    };
    flow.add(std::move(block));
}

void PersonDataDocument::addFacts(PageFlow &flow, const QString &caption,
                                  const QList<std::pair<QString, QString>> &facts,
                                  const std::pair<QString, QString> &headings) const
{
    using namespace documentstyle;
    const QString label = headings.first.isEmpty()
                              ? text(QT_TRANSLATE_NOOP("PersonDataDocument", "Data"))
                              : headings.first;
    const QString value = headings.second.isEmpty()
                              ? text(QT_TRANSLATE_NOOP("PersonDataDocument", "Stored value"))
                              : headings.second;
    DocumentTable table(flow, m_language.language(),
                        {{{{label, bold()}}, 0.35, false, true}, {{{value, bold()}}, 0.65}},
                        {{caption, heading()}});
    for (const auto &[label, value] : facts)
        table.addRow({{{label, body()}}, {{value, body()}}});
    table.finish();
    addParagraphs(flow, {{QString(), small()}});
}

void PersonDataDocument::compose(PageFlow &flow) const
{
    using namespace documentstyle;
    addParagraphs(
        flow,
        {{runningDocumentName(), bold(), grey},
         {runningTitle(), documentstyle::title()},
         {text(QT_TRANSLATE_NOOP("PersonDataDocument",
                                 "Everything the exchange planner of the office holds about you, "
                                 "as of %1 (UTC), from %2, exported by %3."))
              .arg(m_language.date(m_data.exportedAt.date()) % u' ' %
                       m_language.time(m_data.exportedAt.time()),
                   m_data.database, m_data.exportedBy),
          body(), grey}});

    QList<std::pair<QString, QString>> record =
        factsOf(m_data.person, m_language, {u"organisation_id"_qs});
    record.insert(3, {text(QT_TRANSLATE_NOOP("PersonDataDocument", "Organisation")),
                      m_data.organisation.isEmpty() ? u"—"_qs : m_data.organisation});
    addFacts(flow, text(QT_TRANSLATE_NOOP("PersonDataDocument", "Your record")), record);

    if (m_data.participations.isEmpty()) {
        addParagraphs(
            flow,
            {{text(QT_TRANSLATE_NOOP("PersonDataDocument", "You have taken part in no event.")),
              body()}});
    }
    for (const PersonData::Taking &taking : m_data.participations) {
        QList<std::pair<QString, QString>> facts =
            factsOf(taking.participation, m_language, {u"person_id"_qs});
        if (!taking.signedSheets.isEmpty() || taking.walkIn) {
            QStringList sheets;
            for (const AttendanceSheet &sheet : taking.signedSheets) {
                sheets.append(sheet.isSiteVisit()
                                  ? text(QT_TRANSLATE_NOOP("PersonDataDocument", "%1 (site visit)"))
                                        .arg(m_language.date(sheet.day))
                                  : m_language.date(sheet.day));
            }
            if (taking.walkIn)
                sheets.append(text(QT_TRANSLATE_NOOP("PersonDataDocument", "as a walk-in")));
            facts.append(
                {text(QT_TRANSLATE_NOOP("PersonDataDocument", "Signed the sign-in sheets")),
                 sheets.join(u", ")});
        }
        addFacts(flow,
                 text(QT_TRANSLATE_NOOP("PersonDataDocument", "Taking part: %1"))
                     .arg(eventLine(taking.event)),
                 facts);
    }
    QList<std::pair<QString, QString>> roles;
    for (const EventLink &event : m_data.organised)
        roles.append(
            {text(QT_TRANSLATE_NOOP("PersonDataDocument", "Organiser")), eventLine(event)});
    for (const PersonData::HostedItem &item : m_data.hosted) {
        roles.append({text(QT_TRANSLATE_NOOP("PersonDataDocument", "Host or speaker")),
                      item.title.text(m_language.language()) % u", " % m_language.date(item.day) %
                          u' ' % m_language.time(item.start) % u" — " % eventLine(item.event)});
    }
    for (const LocalizedText &site : m_data.sitesAsContact)
        roles.append({text(QT_TRANSLATE_NOOP("PersonDataDocument", "Contact on site")),
                      site.text(m_language.language())});
    if (!roles.isEmpty())
        addFacts(flow, text(QT_TRANSLATE_NOOP("PersonDataDocument", "Your roles")), roles);
    QList<std::pair<QString, QString>> changes;
    for (const PersonChanges::Change &change : m_data.changes) {
        const QDateTime at = change.at.toUTC();
        changes.append(
            {m_language.date(at.date()) % u' ' % m_language.time(at.time()) % u" UTC, " % change.by,
             PersonChanges::describe(change, m_language)});
    }
    if (!changes.isEmpty()) {
        addFacts(flow, text(QT_TRANSLATE_NOOP("PersonDataDocument", "Changes to your data")),
                 changes,
                 //: column headings of who changed a person's data: when and by whom, what
                 {text(QT_TRANSLATE_NOOP("PersonDataDocument", "When, by whom")),
                  text(QT_TRANSLATE_NOOP("PersonDataDocument", "What"))});
    }
    addParagraphs(flow, {{text(QT_TRANSLATE_NOOP(
                              "PersonDataDocument",
                              "To have this data corrected or erased, or to withdraw your consent, "
                              "please contact the office that sent you this document.")),
                          body(), grey}});
}

QString writePersonData(const PersonData &data, const QString &path, Language language)
{
    // The file and its temporary beside it are the owner's from the start.
    const privatefiles::OwnerOnlyFiles ownerOnly;
    const QString error = path.endsWith(u".json"_qs, Qt::CaseInsensitive)
                              ? writeWholeFile(path, data.toJson())
                              : PersonDataDocument(data, language).writePdf(path);
    // A file replaced keeps the mode it had (QSaveFile): taken back.
    if (error.isEmpty())
        privatefiles::restrictToOwner(path);
    return error;
}

} // namespace ep
