#include "domain/removal.h"

namespace ep {
namespace {

const char *const context = "RemovalImpact";

QString sentence(const char *text, int count)
{
    return QCoreApplication::translate(context, text, nullptr, count);
}

} // namespace

bool RemovalImpact::isEmpty() const
{
    return describe().isEmpty();
}

QStringList RemovalImpact::describe() const
{
    QStringList sentences;
    const auto add = [&sentences](int count, const char *text) {
        if (count > 0)
            sentences.append(sentence(text, count));
    };
    add(agendaItems,
        QT_TRANSLATE_N_NOOP("RemovalImpact", "%n agenda item(s) will be deleted with it."));
    add(participations,
        QT_TRANSLATE_N_NOOP("RemovalImpact", "%n participation(s) will be deleted with it."));
    add(organiserRoles,
        QT_TRANSLATE_N_NOOP("RemovalImpact", "%n event(s) will lose this organiser."));
    add(hostRoles,
        QT_TRANSLATE_N_NOOP("RemovalImpact", "%n agenda item(s) will lose this host or speaker."));
    add(peopleUnlinked,
        QT_TRANSLATE_N_NOOP("RemovalImpact",
                            "%n person(s) will no longer belong to an organisation."));
    add(eventsUnlinked,
        QT_TRANSLATE_N_NOOP("RemovalImpact", "%n event(s) will lose this reference."));
    add(sitesUnlinked,
        QT_TRANSLATE_N_NOOP("RemovalImpact", "%n site(s) will lose this reference."));
    add(agendaItemsUnlinked,
        QT_TRANSLATE_N_NOOP("RemovalImpact", "%n agenda item(s) will no longer name this site."));
    return sentences;
}

} // namespace ep
