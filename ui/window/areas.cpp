#include "window/areas.h"

#include "forms/eventform.h"
#include "forms/organisationform.h"
#include "forms/personform.h"
#include "forms/siteform.h"
#include "forms/topicform.h"
#include "lists/listdefinition.h"

#include <QtGlobal>

namespace ep {

const QList<AreaDescription> &areaDescriptions()
{
    // The contexts are those of the classes that translate the texts, and
    // were the contexts of these texts before they moved here: the
    // translations keep them.
    static const QList<AreaDescription> descriptions{
        {Area::Events, "events", QT_TRANSLATE_NOOP("ep::MainWindow", "Events"),
         QT_TRANSLATE_NOOP("ep::AreaPage", "Search events by title or place …"),
         QT_TRANSLATE_NOOP("ep::AreaPage", "New event"),
         QT_TRANSLATE_N_NOOP("ep::AreaPage", "%Ln event(s)"),
         [] { return ListDefinition::events(languageOfLocale()); },
         [](const Workspace &workspace) -> RecordForm * {
             return new EventForm(workspace);
         }},
        {Area::People, "people", QT_TRANSLATE_NOOP("ep::MainWindow", "People"),
         QT_TRANSLATE_NOOP("ep::AreaPage", "Search people by name, organisation, email, city …"),
         QT_TRANSLATE_NOOP("ep::AreaPage", "New person"),
         QT_TRANSLATE_N_NOOP("ep::AreaPage", "%Ln person(s)"), &ListDefinition::people,
         [](const Workspace &workspace) -> RecordForm * {
             return new PersonForm(workspace);
         }},
        {Area::Organisations, "organisations", QT_TRANSLATE_NOOP("ep::MainWindow", "Organisations"),
         QT_TRANSLATE_NOOP("ep::AreaPage", "Search organisations by name or city …"),
         QT_TRANSLATE_NOOP("ep::AreaPage", "New organisation"),
         QT_TRANSLATE_N_NOOP("ep::AreaPage", "%Ln organisation(s)"), &ListDefinition::organisations,
         [](const Workspace &workspace) -> RecordForm * {
             return new OrganisationForm(workspace);
         }},
        {Area::Sites, "sites", QT_TRANSLATE_NOOP("ep::MainWindow", "Sites"),
         QT_TRANSLATE_NOOP("ep::AreaPage", "Search sites by name, street or city …"),
         QT_TRANSLATE_NOOP("ep::AreaPage", "New site"),
         QT_TRANSLATE_N_NOOP("ep::AreaPage", "%Ln site(s)"),
         [] { return ListDefinition::sites(languageOfLocale()); },
         [](const Workspace &workspace) -> RecordForm * {
             return new SiteForm(workspace);
         }},
        {Area::Topics, "topics", QT_TRANSLATE_NOOP("ep::MainWindow", "Topics"),
         QT_TRANSLATE_NOOP("ep::AreaPage", "Search topics …"),
         QT_TRANSLATE_NOOP("ep::AreaPage", "New topic"),
         QT_TRANSLATE_N_NOOP("ep::AreaPage", "%Ln topic(s)"), &ListDefinition::topics,
         [](const Workspace &workspace) -> RecordForm * {
             return new TopicForm(workspace);
         }},
    };
    return descriptions;
}

int navigationIndex(Area area)
{
    const QList<AreaDescription> &descriptions = areaDescriptions();
    for (int index = 0; index < descriptions.size(); ++index) {
        if (descriptions[index].area == area)
            return index;
    }
    // An enumerator without its description: a mistake to see at once, not
    // a page that silently stays missing.
    qFatal("Area %d has no description in areaDescriptions()", int(area));
}

} // namespace ep
