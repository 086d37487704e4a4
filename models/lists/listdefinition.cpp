#include "lists/listdefinition.h"

#include "domain/field.h"
#include "storage/searchindex.h"

#include <QCoreApplication>
#include <QStringList>

namespace ep {
namespace {

// The text of `column` in `language`, falling back in the fixed order where
// it is empty, as LocalizedText::text() does.
QString localizedExpression(const QString &alias, const QString &column, Language language)
{
    QStringList candidates;
    for (Language fallback : fallbackOrder(language))
        candidates.append(u"NULLIF("_qs % alias % u'.' % column % u'_' % languageCode(fallback) %
                          u", '')"_qs);
    return u"COALESCE("_qs % candidates.join(u", ") % u", '')"_qs;
}

// True when `column` (in three languages) is empty in language "%1" though
// it is written in another: a description nobody wrote is not a missing
// translation.
QString untranslated(const QString &alias, const QString &column)
{
    const QString prefix = alias % u'.' % column % u'_';
    return u"("_qs % prefix % u"%1 = '' AND "_qs % prefix % u"de || "_qs % prefix % u"pl || "_qs %
           prefix % u"en <> '')"_qs;
}

// The filter of a list of content kept in three languages: what lacks a
// text in each. `missing` is true for a record that lacks a text in the
// language whose code stands for "%1" (e.g. an event without its Polish
// title, or with an agenda item without one).
void filterByTranslation(ListDefinition &definition, const QString &missing)
{
    const char *const labels[] = {QT_TRANSLATE_NOOP("ep::AreaPage", "Missing German"),
                                  QT_TRANSLATE_NOOP("ep::AreaPage", "Missing Polish"),
                                  QT_TRANSLATE_NOOP("ep::AreaPage", "Missing English")};
    for (Language language : allLanguages) {
        definition.filters.append({labels[int(language)], missing.arg(languageCode(language))});
    }
    definition.allFilterLabel =
        QT_TRANSLATE_NOOP("ep::AreaPage", "All, whatever their translations");
    definition.filterToolTip =
        QT_TRANSLATE_NOOP("ep::AreaPage", "Show only what still lacks a text in one language: "
                                          "titles, descriptions, agenda items, names");
}

QString searchOn(const QString &alias)
{
    return alias % u".search_text LIKE :word ESCAPE '\\'"_qs;
}

} // namespace

ListDefinition ListDefinition::events(Language language)
{
    const QString title =
        localizedExpression(QStringLiteral("e"), QStringLiteral("title"), language);
    ListDefinition definition{
        QStringLiteral("e"),
        QStringLiteral("events e"),
        searchOn(QStringLiteral("e")),
        {
            {QT_TRANSLATE_NOOP("ListColumns", "Title"),
             title,
             u"lower("_qs % title % u')',
             {},
             false},
            {QT_TRANSLATE_NOOP("ListColumns", "Kind"),
             QStringLiteral("e.kind"),
             {},
             Vocabulary::EventKind,
             false},
            {QT_TRANSLATE_NOOP("ListColumns", "First day"),
             QStringLiteral("e.start_date"),
             {},
             {},
             true},
            {QT_TRANSLATE_NOOP("ListColumns", "Last day"),
             QStringLiteral("e.end_date"),
             {},
             {},
             true},
            //: column heading: where an event takes place, a city or an online platform
            {QT_TRANSLATE_NOOP("ListColumns", "Place"),
             QStringLiteral("CASE WHEN e.venue_city <> '' THEN e.venue_city "
                            "ELSE e.online_platform END"),
             {},
             {},
             false},
            {QT_TRANSLATE_NOOP("ListColumns", "Participants"),
             QStringLiteral("(SELECT count(*) FROM participations p WHERE p.event_id = e.id)"),
             {},
             {},
             false},
            //: column heading: the status of an event (planned, confirmed, held, cancelled)
            {QT_TRANSLATE_NOOP("ListColumns", "Status"),
             QStringLiteral("e.status"),
             {},
             Vocabulary::EventStatus,
             false},
        },
        3,
        Qt::DescendingOrder, // the latest events first
    };
    filterByTranslation(
        definition,
        untranslated(QStringLiteral("e"), QStringLiteral("title")) % u" OR "_qs %
            untranslated(QStringLiteral("e"), QStringLiteral("description")) %
            u" OR EXISTS (SELECT 1 FROM agenda_items a WHERE a.event_id = e.id AND "_qs %
            untranslated(QStringLiteral("a"), QStringLiteral("title")) % u')');
    return definition;
}

ListDefinition ListDefinition::people()
{
    const QString organisation = QStringLiteral("COALESCE(NULLIF(o.short_name, ''), o.name, '')");
    QList<ListColumn> columns;
    for (Field field : {Field::LastName, Field::FirstName, Field::Organisation, Field::Position,
                        Field::Email, Field::Phone, Field::City}) {
        const FieldDescription &description = describe(field);
        const QString expression = field == Field::Organisation
                                       ? organisation
                                       : u"p."_qs % QLatin1String(description.column);
        // Last names sort folded, so that Łukasz comes with the L's.
        const QString sort =
            field == Field::LastName ? u"p.sort_name"_qs : u"lower("_qs % expression % u')';
        columns.append({description.label, expression, sort, {}, false, "Field"});
    }
    ListDefinition definition{
        QStringLiteral("p"), QStringLiteral("people p"), searchOn(QStringLiteral("p")), columns, 1,
    };
    // The people through their index instead of a pass over every person.
    definition.indexedSearchCondition = u"p.id IN (SELECT rowid FROM "_qs %
                                        searchIndexOf(u"people"_qs) % u" WHERE "_qs %
                                        searchIndexOf(u"people"_qs) % u" MATCH :phrase)"_qs;
    definition.relatedSearch = {QStringLiteral("p.organisation_id"),
                                QStringLiteral("organisations")};
    definition.joins = QStringLiteral("LEFT JOIN organisations o ON o.id = p.organisation_id");
    // What a data-protection officer asks for first (GDPR Art. 6 and 7).
    definition.filters = {
        {QT_TRANSLATE_NOOP("ep::AreaPage", "No legal basis recorded"),
         QStringLiteral("p.legal_basis = ''"), "no_legal_basis"},
        {QT_TRANSLATE_NOOP("ep::AreaPage", "Consent withdrawn"),
         QStringLiteral("p.consent_withdrawn IS NOT NULL"), "consent_withdrawn"},
    };
    definition.allFilterLabel = QT_TRANSLATE_NOOP("ep::AreaPage", "All people");
    definition.filterToolTip = QT_TRANSLATE_NOOP(
        "ep::AreaPage", "Show only the people whose data lacks a legal basis, or whose consent "
                        "was withdrawn");
    return definition;
}

ListDefinition ListDefinition::organisations()
{
    return {
        QStringLiteral("o"),
        QStringLiteral("organisations o"),
        searchOn(QStringLiteral("o")),
        {
            {QT_TRANSLATE_NOOP("ListColumns", "Name"),
             QStringLiteral("o.name"),
             QStringLiteral("lower(o.name)"),
             {},
             false},
            {QT_TRANSLATE_NOOP("ListColumns", "Short name"),
             QStringLiteral("o.short_name"),
             QStringLiteral("lower(o.short_name)"),
             {},
             false},
            {QT_TRANSLATE_NOOP("ListColumns", "Kind"),
             QStringLiteral("o.kind"),
             {},
             Vocabulary::OrganisationKind,
             false},
            {QT_TRANSLATE_NOOP("ListColumns", "City"),
             QStringLiteral("o.city"),
             QStringLiteral("lower(o.city)"),
             {},
             false},
            {QT_TRANSLATE_NOOP("ListColumns", "Country"),
             QStringLiteral("o.country"),
             {},
             {},
             false},
            {QT_TRANSLATE_NOOP("ListColumns", "People"),
             QStringLiteral("(SELECT count(*) FROM people p WHERE p.organisation_id = o.id)"),
             {},
             {},
             false},
        },
        1,
    };
}

ListDefinition ListDefinition::sites(Language language)
{
    const QString name = localizedExpression(QStringLiteral("s"), QStringLiteral("name"), language);
    const QString host = QStringLiteral("COALESCE(NULLIF(o.short_name, ''), o.name, '')");
    ListDefinition definition{
        QStringLiteral("s"),
        QStringLiteral("sites s"),
        searchOn(QStringLiteral("s")),
        {
            {QT_TRANSLATE_NOOP("ListColumns", "Name"), name, u"lower("_qs % name % u')', {}, false},
            {QT_TRANSLATE_NOOP("ListColumns", "Kind"),
             QStringLiteral("s.kind"),
             {},
             Vocabulary::SiteKind,
             false},
            {QT_TRANSLATE_NOOP("ListColumns", "City"),
             QStringLiteral("s.city"),
             QStringLiteral("lower(s.city)"),
             {},
             false},
            {QT_TRANSLATE_NOOP("ListColumns", "Country"),
             QStringLiteral("s.country"),
             {},
             {},
             false},
            //: column heading: the organisation hosting a site
            {QT_TRANSLATE_NOOP("ListColumns", "Host"), host, u"lower("_qs % host % u')', {}, false},
            {QT_TRANSLATE_NOOP("ListColumns", "Visits"),
             QStringLiteral("(SELECT count(DISTINCT a.event_id) FROM agenda_items a "
                            "WHERE a.site_id = s.id)"),
             {},
             {},
             false},
        },
        1,
        Qt::AscendingOrder,
    };
    definition.joins = QStringLiteral("LEFT JOIN organisations o ON o.id = s.host_organisation_id");
    filterByTranslation(definition,
                        untranslated(QStringLiteral("s"), QStringLiteral("name")) % u" OR "_qs %
                            untranslated(QStringLiteral("s"), QStringLiteral("description")));
    return definition;
}

ListDefinition ListDefinition::topics()
{
    ListDefinition definition{
        QStringLiteral("t"),
        QStringLiteral("topics t"),
        searchOn(QStringLiteral("t")),
        {
            {QT_TRANSLATE_NOOP("ListColumns", "German"),
             QStringLiteral("t.name_de"),
             QStringLiteral("lower(t.name_de)"),
             {},
             false},
            {QT_TRANSLATE_NOOP("ListColumns", "Polish"),
             QStringLiteral("t.name_pl"),
             QStringLiteral("lower(t.name_pl)"),
             {},
             false},
            {QT_TRANSLATE_NOOP("ListColumns", "English"),
             QStringLiteral("t.name_en"),
             QStringLiteral("lower(t.name_en)"),
             {},
             false},
            {QT_TRANSLATE_NOOP("ListColumns", "Events"),
             QStringLiteral("(SELECT count(*) FROM event_topics et WHERE et.topic_id = t.id)"),
             {},
             {},
             false},
        },
        1,
        Qt::AscendingOrder,
    };
    filterByTranslation(definition, untranslated(QStringLiteral("t"), QStringLiteral("name")));
    return definition;
}

} // namespace ep
