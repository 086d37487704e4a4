#include "domain/validation.h"

#include "domain/formats.h"

#include <QLocale>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace ep {
namespace {

void require(FieldIssues &issues, bool condition, const QString &field, const QString &message,
             FieldIssue::Scope scope = FieldIssue::Scope::Record, int row = -1)
{
    if (!condition)
        issues.append({field, message, scope, row});
}

constexpr auto agendaItemScope = FieldIssue::Scope::AgendaItem;

} // namespace

bool Validation::isEmailShaped(const QString &email)
{
    // The shape a person would check: one @, something before it, a domain
    // with a dot after it, no spaces. Deliverability is not for us to judge.
    // By hand rather than by regular expression: an import checks every row.
    const qsizetype at = email.indexOf(u'@');
    if (at <= 0 || email.indexOf(u'@', at + 1) >= 0)
        return false;
    if (std::any_of(email.cbegin(), email.cend(), [](QChar c) { return c.isSpace(); }))
        return false;
    // The domain: labels separated by dots, at least two, none empty.
    const QStringView domain = QStringView(email).mid(at + 1);
    qsizetype labels = 0;
    for (QStringView label : domain.tokenize(u'.')) {
        if (label.isEmpty())
            return false;
        ++labels;
    }
    return labels >= 2;
}

bool Validation::isWebAddress(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http") &&
           !url.host().isEmpty();
}

FieldIssues Validation::check(const Organisation &organisation)
{
    FieldIssues issues;
    require(issues, !organisation.name.trimmed().isEmpty(), QStringLiteral("name"),
            tr("Enter the organisation's name."));
    require(issues, organisation.website.isEmpty() || isWebAddress(organisation.website),
            QStringLiteral("website"),
            tr("Enter the website as a full address, e.g. https://www.rvr.ruhr."));
    return issues;
}

FieldIssues Validation::check(const Person &person)
{
    FieldIssues issues;
    require(issues, !person.lastName.trimmed().isEmpty(), QStringLiteral("lastName"),
            tr("Enter the last name."));
    require(issues, person.email.isEmpty() || isEmailShaped(person.email), QStringLiteral("email"),
            tr("This is not an email address; it should look like name@example.org."));
    require(issues, person.consentDate.isNull() || person.consentDate <= QDate::currentDate(),
            QStringLiteral("consentDate"), tr("The date of consent cannot be in the future."));
    require(issues, person.consentDate.isNull() || !person.consentPurpose.trimmed().isEmpty(),
            QStringLiteral("consentPurpose"),
            tr("Enter what the person consented to (GDPR purpose)."));
    return issues;
}

FieldIssues Validation::check(const Topic &topic)
{
    FieldIssues issues;
    require(issues, !topic.name.isEmpty(), QStringLiteral("name"),
            tr("Enter the topic's name in at least one language."));
    return issues;
}

FieldIssues Validation::check(const Site &site)
{
    FieldIssues issues;
    require(issues, !site.name.isEmpty(), QStringLiteral("name"),
            tr("Enter the site's name in at least one language."));
    require(issues, site.latitude.has_value() == site.longitude.has_value(),
            QStringLiteral("coordinates"), tr("Enter both latitude and longitude, or neither."));
    require(issues, !site.latitude || (*site.latitude >= -90 && *site.latitude <= 90),
            QStringLiteral("latitude"), tr("The latitude must lie between -90 and 90 degrees."));
    require(issues, !site.longitude || (*site.longitude >= -180 && *site.longitude <= 180),
            QStringLiteral("longitude"),
            tr("The longitude must lie between -180 and 180 degrees."));
    return issues;
}

FieldIssues Validation::check(const Event &event)
{
    FieldIssues issues;
    require(issues, !event.title.isEmpty(), QStringLiteral("title"),
            tr("Enter the title in at least one language."));
    require(issues, event.startDate.isValid(), QStringLiteral("startDate"),
            tr("Enter the first day."));
    require(issues, event.endDate.isValid(), QStringLiteral("endDate"), tr("Enter the last day."));
    require(issues,
            !event.startDate.isValid() || !event.endDate.isValid() ||
                event.endDate >= event.startDate,
            QStringLiteral("endDate"), tr("The last day cannot be before the first day."));
    require(issues, event.capacity >= 0, QStringLiteral("capacity"),
            tr("The capacity cannot be negative."));
    require(issues, event.onlineLink.isEmpty() || isWebAddress(event.onlineLink),
            QStringLiteral("onlineLink"),
            tr("Enter the link as a full address, e.g. https://meet.example.org/room."));
    require(issues, event.kind != u"webinar" || !event.onlineLink.isEmpty(),
            QStringLiteral("onlineLink"), tr("A webinar needs the link participants join with."));

    for (int index = 0; index < event.agenda.size(); ++index) {
        const AgendaItem &item = event.agenda[index];
        const FieldIssues itemIssues = checkAgendaItemAlone(item, event, index);
        issues += itemIssues;
        if (itemIssues.isEmpty())
            issues += checkOverlap(item, event, index, true);
    }

    QSet<int> people;
    for (int index = 0; index < event.participants.size(); ++index) {
        const Participation &participation = event.participants[index];
        for (FieldIssue issue : checkParticipation(participation)) {
            issue.row = index;
            issues.append(issue);
        }
        require(issues, !people.contains(participation.personId), QStringLiteral("personId"),
                tr("This person is already a participant."), FieldIssue::Scope::Participant, index);
        people.insert(participation.personId);
    }
    return issues;
}

FieldIssues Validation::checkAgendaItem(const AgendaItem &item, const Event &event, int ownIndex)
{
    FieldIssues issues = checkAgendaItemAlone(item, event, ownIndex);
    if (issues.isEmpty())
        issues = checkOverlap(item, event, ownIndex, false);
    return issues;
}

FieldIssues Validation::checkAgendaItemAlone(const AgendaItem &item, const Event &event,
                                             int ownIndex)
{
    FieldIssues issues;
    require(issues, !item.title.isEmpty(), QStringLiteral("title"),
            tr("Enter the item's title in at least one language."), agendaItemScope, ownIndex);
    require(issues, item.day.isValid(), QStringLiteral("day"), tr("Enter the day."),
            agendaItemScope, ownIndex);
    if (item.day.isValid() && event.startDate.isValid() && event.endDate.isValid()) {
        require(issues, item.day >= event.startDate && item.day <= event.endDate,
                QStringLiteral("day"),
                tr("The day must lie within the event (%1 to %2).")
                    .arg(displayDate(event.startDate), displayDate(event.endDate)),
                agendaItemScope, ownIndex);
    }
    require(issues, item.start.isValid(), QStringLiteral("start"), tr("Enter the start time."),
            agendaItemScope, ownIndex);
    require(issues, item.end.isValid(), QStringLiteral("end"), tr("Enter the end time."),
            agendaItemScope, ownIndex);
    if (item.start.isValid() && item.end.isValid()) {
        require(issues, item.end > item.start, QStringLiteral("end"),
                tr("The item must end after it starts."), agendaItemScope, ownIndex);
    }
    return issues;
}

FieldIssues Validation::checkOverlap(const AgendaItem &item, const Event &event, int ownIndex,
                                     bool onlyEarlier)
{
    const int last = onlyEarlier ? ownIndex : int(event.agenda.size());
    for (int index = 0; index < last; ++index) {
        const AgendaItem &other = event.agenda[index];
        const bool isSelf = index == ownIndex || (item.id != 0 && other.id == item.id);
        if (isSelf || other.day != item.day)
            continue;
        if (item.start < other.end && other.start < item.end) {
            const QString otherTitle = other.title.text(languageOfLocale());
            return {{QStringLiteral("start"),
                     tr("Overlaps \"%1\" (%2–%3) on the same day.")
                         .arg(otherTitle, displayTime(other.start), displayTime(other.end)),
                     agendaItemScope, ownIndex}};
        }
    }
    return {};
}

FieldIssues Validation::checkParticipation(const Participation &participation)
{
    FieldIssues issues;
    constexpr auto scope = FieldIssue::Scope::Participant;
    require(issues, participation.personId > 0, QStringLiteral("personId"),
            tr("Choose the person."), scope);
    require(issues,
            !participation.arrival.isValid() || !participation.departure.isValid() ||
                participation.departure >= participation.arrival,
            QStringLiteral("departure"), tr("The departure cannot be before the arrival."), scope);
    return issues;
}

} // namespace ep
