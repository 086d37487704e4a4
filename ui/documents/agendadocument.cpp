#include "documents/agendadocument.h"

#include "documents/documentstyle.h"
#include "documents/documenttable.h"
#include "documents/pageflow.h"
#include "domain/languagenames.h"
#include "domain/maplink.h"
#include "domain/vocabulary.h"

#include <QCoreApplication>
#include <QPainter>

namespace ep {
namespace {

constexpr char context[] = "AgendaDocument";

// A block of paragraphs across the whole width, with `spaceAfter` below it.
void addText(PageFlow &flow, const QList<Paragraph> &paragraphs, bool keepWithNext = false,
             double spaceAfter = 0)
{
    const TextBox box(paragraphs, flow.width(), flow.device());
    Block block;
    block.height = box.height() + spaceAfter;
    block.keepWithNext = keepWithNext;
    block.paint = [box](QPainter *painter, const QRectF &rect) {
        box.draw(painter, rect.topLeft());
    };
    flow.add(std::move(block));
}

QString timeSpan(const AgendaItem &item, const DocumentLanguage &language)
{
    if (!item.start.isValid())
        return {};
    if (!item.end.isValid() || item.end == item.start)
        return language.time(item.start);
    return language.time(item.start) % u"–" % language.time(item.end);
}

} // namespace

AgendaDocument::AgendaDocument(EventDocument document, Language language,
                               std::optional<Language> secondLanguage)
    : m_document(std::move(document))
    , m_language(language)
{
    if (secondLanguage && *secondLanguage != language)
        m_second.emplace(*secondLanguage);
}

QList<DocumentLanguage> AgendaDocument::languages() const
{
    QList<DocumentLanguage> list{m_language};
    if (m_second)
        list.append(*m_second);
    return list;
}

QString AgendaDocument::label(const char *source) const
{
    return translatedIn(languages(), context, source);
}

Paragraph AgendaDocument::localized(const LocalizedText &text, const DocumentLanguage &language,
                                    const QFont &font) const
{
    Language used = language.language();
    const QString value = text.text(language.language(), &used);
    if (used == language.language())
        return {value, font};
    QFont marked = font;
    marked.setItalic(true);
    return {value % u" [" % languageCode(used).toUpper() % u']', marked};
}

QString AgendaDocument::title() const
{
    return runningDocumentName() % u" – " % runningTitle();
}

QString AgendaDocument::runningTitle() const
{
    QString text = m_document.event.title.text(m_language.language());
    if (m_second)
        text += u" / " % m_document.event.title.text(m_second->language());
    return text;
}

QString AgendaDocument::runningDocumentName() const
{
    return label(QT_TRANSLATE_NOOP("AgendaDocument", "Programme"));
}

void AgendaDocument::compose(PageFlow &flow) const
{
    composeHeader(flow);
    QList<AgendaItem> day;
    for (const AgendaItem &item : m_document.event.agenda) {
        if (!day.isEmpty() && day.first().day != item.day) {
            composeDay(flow, day.first().day, day);
            day.clear();
        }
        day.append(item);
    }
    if (!day.isEmpty())
        composeDay(flow, day.first().day, day);
    if (m_document.event.agenda.isEmpty()) {
        flow.addSpace(flow.mm(4));
        addText(flow,
                {{label(QT_TRANSLATE_NOOP("AgendaDocument", "The programme has no items yet.")),
                  documentstyle::italic(), documentstyle::grey}});
    }
}

void AgendaDocument::composeHeader(PageFlow &flow) const
{
    const Event &event = m_document.event;
    using namespace documentstyle;

    QStringList kinds;
    for (const DocumentLanguage &language : languages()) {
        const QString kind = vocabularyLabel(Vocabulary::EventKind, event.kind, language);
        if (!kinds.contains(kind))
            kinds.append(kind);
    }
    QList<Paragraph> heading{{kinds.join(u" / "), bold(), grey}};
    for (const DocumentLanguage &language : languages())
        heading.append(localized(event.title, language, documentstyle::title()));
    addText(flow, heading);
    flow.addSpace(flow.mm(3));

    // The facts as a two-column table without header: label, value.
    QList<std::pair<QString, QList<Paragraph>>> facts;
    QString dates = m_language.longDate(event.startDate);
    if (event.endDate.isValid() && event.endDate != event.startDate)
        dates += u" – " % m_language.longDate(event.endDate);
    facts.append({label(QT_TRANSLATE_NOOP("AgendaDocument", "Dates")), {{dates, body()}}});

    QList<Paragraph> venue;
    for (const QString &line : m_document.venueLines())
        venue.append({line, body()});
    if (!venue.isEmpty())
        facts.append({label(QT_TRANSLATE_NOOP("AgendaDocument", "Venue")), venue});

    if (const Organisation *host = m_document.organisation(event.hostOrganisationId))
        //: the organisation hosting the event
        facts.append({label(QT_TRANSLATE_NOOP("AgendaDocument", "Host")), {{host->name, body()}}});

    QList<Paragraph> organisers;
    for (int id : event.organiserIds) {
        const Person *organiser = m_document.person(id);
        if (!organiser)
            continue;
        QString name = organiser->displayName();
        if (const QString organisation =
                m_document.organisationNameOf(id, OrganisationNames::Short);
            !organisation.isEmpty())
            name += u" (" % organisation % u')';
        organisers.append({name, bold()});
        QStringList ways;
        for (const QString &way : {organiser->phone, organiser->email}) {
            if (!way.trimmed().isEmpty())
                ways.append(way.trimmed());
        }
        const QString reach = ways.join(u" · ");
        if (!reach.isEmpty())
            organisers.append({reach, body()});
    }
    if (!organisers.isEmpty())
        facts.append({label(QT_TRANSLATE_NOOP("AgendaDocument", "Organisers")), organisers});

    QStringList languageFacts;
    if (!event.languages.isEmpty())
        languageFacts.append(languageNames(event.languages, m_language));
    if (!event.interpretation.isEmpty())
        languageFacts.append(label(QT_TRANSLATE_NOOP("AgendaDocument", "interpretation %1"))
                                 .arg(event.interpretation));
    if (!languageFacts.isEmpty())
        facts.append({label(QT_TRANSLATE_NOOP("AgendaDocument", "Languages")),
                      {{languageFacts.join(u", "), body()}}});

    for (const auto &[name, value] : facts) {
        const TextBox nameBox({{name, bold(), grey}}, flow.mm(38), flow.device());
        const TextBox valueBox(value, flow.width() - flow.mm(40), flow.device());
        Block block;
        block.height = std::max(nameBox.height(), valueBox.height()) + flow.mm(1.2);
        block.paint = [nameBox, valueBox, indent = flow.mm(40)](QPainter *painter,
                                                                const QRectF &rect) {
            nameBox.draw(painter, rect.topLeft());
            valueBox.draw(painter, rect.topLeft() + QPointF(indent, 0));
        };
        flow.add(std::move(block));
    }

    QList<Paragraph> description;
    for (const DocumentLanguage &language : languages()) {
        if (!event.description.isEmpty())
            description.append(localized(event.description, language, body()));
    }
    if (!description.isEmpty()) {
        flow.addSpace(flow.mm(2));
        addText(flow, description);
    }
}

void AgendaDocument::composeDay(PageFlow &flow, const QDate &day,
                                const QList<AgendaItem> &items) const
{
    using namespace documentstyle;
    flow.addSpace(flow.mm(5));
    // The day heads its table, and heads it again where it goes on on the
    // next page: "Wednesday, 10 July 2019 (continued)".
    QStringList dayNames;
    QStringList continuedNames;
    for (const DocumentLanguage &language : languages()) {
        dayNames.append(language.longDate(day));
        continuedNames.append(
            language.translate(context, QT_TRANSLATE_NOOP("AgendaDocument", "%1 (continued)"))
                .arg(language.longDate(day)));
    }

    const QString time = label(QT_TRANSLATE_NOOP("AgendaDocument", "Time"));
    QList<DocumentTable::Column> columns{{{{time, bold()}}, 16}};
    if (m_second) {
        for (const DocumentLanguage &language : languages()) {
            columns.append(
                {{{language.translate(context, QT_TRANSLATE_NOOP("AgendaDocument", "Item")),
                   bold()}},
                 42,
                 false,
                 false,
                 language.language()});
        }
        columns.append({{{label(QT_TRANSLATE_NOOP("AgendaDocument", "Address")), bold()}}, 28});
    } else {
        columns.append({{{label(QT_TRANSLATE_NOOP("AgendaDocument", "Item")), bold()}}, 50});
        columns.append({{{label(QT_TRANSLATE_NOOP("AgendaDocument", "Place")), bold()}}, 37});
    }
    DocumentTable table(flow, m_language.language(), columns, {{dayNames.join(u" / "), heading()}},
                        {{continuedNames.join(u" / "), heading()}});
    for (const AgendaItem &item : items) {
        QList<QList<Paragraph>> cells{{{timeSpan(item, m_language), body()}}};
        if (m_second) {
            for (const DocumentLanguage &language : languages())
                cells.append(itemCell(item, language, true));
            cells.append(placeCell(item));
        } else {
            cells.append(itemCell(item, m_language, false));
            QList<Paragraph> place;
            if (const Site *site = m_document.site(item.siteId))
                place.append(localized(site->name, m_language, bold()));
            place += placeCell(item);
            cells.append(place);
        }
        table.addRow(cells);
    }
}

QList<Paragraph> AgendaDocument::itemCell(const AgendaItem &item, const DocumentLanguage &language,
                                          bool withPlace) const
{
    using namespace documentstyle;
    QList<Paragraph> cell;
    // "Group A": the parallel item's readers find theirs first.
    if (!item.group.isEmpty()) {
        cell.append({language.translate(context, QT_TRANSLATE_NOOP("AgendaDocument", "Group %1"))
                         .arg(item.group),
                     bold(), grey});
    }
    cell.append(localized(item.title, language, bold()));
    cell.append({vocabularyLabel(Vocabulary::AgendaItemKind, item.kind, language), small(), grey});
    const Site *site = m_document.site(item.siteId);
    if (withPlace && site)
        cell.append(localized(site->name, language, body()));
    if (const QString hosts = hostNames(item); !hosts.isEmpty()) {
        cell.append({language.translate(context, QT_TRANSLATE_NOOP("AgendaDocument", "Hosts: %1"))
                         .arg(hosts),
                     small()});
    }
    if (!item.meetingPoint.isEmpty()) {
        cell.append(labelled(
            language.translate(context, QT_TRANSLATE_NOOP("AgendaDocument", "Meeting point: %1")),
            item.meetingPoint, language));
    }
    if (site && !site->accessibility.isEmpty()) {
        cell.append(labelled(
            language.translate(context, QT_TRANSLATE_NOOP("AgendaDocument", "Accessibility: %1")),
            site->accessibility, language));
    }
    return cell;
}

Paragraph AgendaDocument::labelled(const QString &pattern, const LocalizedText &text,
                                   const DocumentLanguage &language) const
{
    Paragraph paragraph = localized(text, language, documentstyle::small());
    paragraph.text = pattern.arg(paragraph.text);
    return paragraph;
}

QList<Paragraph> AgendaDocument::placeCell(const AgendaItem &item) const
{
    const Site *site = m_document.site(item.siteId);
    if (!site)
        return {};
    QList<Paragraph> cell{{site->address(), documentstyle::body(), documentstyle::grey}};
    if (m_coordinates && site->latitude && site->longitude)
        cell.append({coordinatesText(*site->latitude, *site->longitude), documentstyle::small(),
                     documentstyle::grey});
    return cell;
}

QString AgendaDocument::hostNames(const AgendaItem &item) const
{
    QStringList names;
    for (int id : item.hostIds) {
        const Person *host = m_document.person(id);
        if (!host)
            continue;
        const QString organisation = m_document.organisationNameOf(id, OrganisationNames::Short);
        names.append(organisation.isEmpty() ? host->displayName()
                                            : host->displayName() % u" (" % organisation % u')');
    }
    return names.join(u", ");
}

} // namespace ep
