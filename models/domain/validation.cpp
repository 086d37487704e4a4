#include "domain/validation.h"

#include "domain/formats.h"
#include "domain/vocabulary.h"

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

// Two items for different parts of the delegation ("A" and "B") may run at
// the same time; an item without a group is for everyone and overlaps
// whatever runs beside it.
bool runInParallel(const AgendaItem &a, const AgendaItem &b)
{
    const QString first = a.group.trimmed();
    const QString second = b.group.trimmed();
    return !first.isEmpty() && !second.isEmpty() && first.compare(second, Qt::CaseInsensitive) != 0;
}

// The issue of `field` holding `text` when it is longer than `limit`, or
// holds a control character. Texts of several lines (notes, descriptions,
// addresses) are those of the largest limit; they keep line breaks and tabs.
void limit(FieldIssues &issues, const QString &text, qsizetype limit, const QString &field,
           FieldIssue::Scope scope = FieldIssue::Scope::Record, int row = -1)
{
    const TextLines lines =
        limit >= Validation::maxTextLength ? TextLines::Several : TextLines::One;
    if (const QString problem = Validation::lengthProblem(text, limit); !problem.isEmpty())
        issues.append({field, problem, scope, row});
    else if (const QString control = Validation::controlProblem(text, lines); !control.isEmpty())
        issues.append({field, control, scope, row});
}

void limit(FieldIssues &issues, const LocalizedText &text, qsizetype length, const QString &field,
           FieldIssue::Scope scope = FieldIssue::Scope::Record, int row = -1)
{
    for (const QString *language : {&text.de, &text.pl, &text.en})
        limit(issues, *language, length, field, scope, row);
}

// One-line texts, each checked under its own member's name.
void limitLines(FieldIssues &issues, std::initializer_list<std::pair<const char *, QString>> texts,
                FieldIssue::Scope scope = FieldIssue::Scope::Record, int row = -1)
{
    for (const auto &[field, text] : texts)
        limit(issues, text, Validation::maxLineLength, QLatin1String(field), scope, row);
}

} // namespace

QString Validation::lengthProblem(const QString &text, qsizetype limit)
{
    if (text.size() <= limit)
        return {};
    constexpr qsizetype shown = 40;
    QString beginning = text.left(shown).simplified();
    if (text.size() > shown)
        beginning += u'…';
    //: %1 is the beginning of the text, so that the user sees which field it is
    return tr("The text \"%1\" is too long: at most %L2 characters fit here, it has %L3.")
        .arg(beginning)
        .arg(limit)
        .arg(text.size());
}

QString Validation::controlProblem(const QString &text, TextLines lines)
{
    const qsizetype at = firstControlCharacter(text, lines);
    if (at < 0)
        return {};
    const char16_t c = text[at].unicode();
    if (c == u'\n' || c == u'\r' || c == u'\t') {
        return c == u'\t' ? tr("This field takes no tab; use a space instead.")
                          : tr("This field takes one line; remove the line break.");
    }
    //: %1 is the character's code, e.g. U+001B
    return tr("The text holds an invisible control character (%1), which would garble lists, "
              "terminals and calendars; remove it.")
        .arg(u"U+"_qs % QString::number(c, 16).toUpper().rightJustified(4, u'0'));
}

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
    require(issues, organisation.email.isEmpty() || isEmailShaped(organisation.email),
            QStringLiteral("email"), tr("Enter the email address as name@example.org."));
    limitLines(issues, {{"name", organisation.name},
                        {"shortName", organisation.shortName},
                        {"city", organisation.city},
                        {"country", organisation.country},
                        {"street", organisation.street},
                        {"postalCode", organisation.postalCode},
                        {"phone", organisation.phone},
                        {"email", organisation.email},
                        {"signatoryName", organisation.signatoryName},
                        {"signatoryPosition", organisation.signatoryPosition}});
    limit(issues, organisation.website, maxLinkLength, QStringLiteral("website"));
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
    require(issues,
            person.legalBasis.isEmpty() ||
                vocabularyContains(Vocabulary::LegalBasis, person.legalBasis),
            QStringLiteral("legalBasis"), tr("Choose the legal basis from the list."));
    require(issues, person.legalBasis != u"consent" || !person.consentDate.isNull(),
            QStringLiteral("consentDate"), tr("Enter the day the person gave their consent."));
    require(issues, person.consentWithdrawn.isNull() || !person.consentDate.isNull(),
            QStringLiteral("consentWithdrawn"),
            tr("A withdrawal needs the day the consent was given."));
    require(issues,
            person.consentWithdrawn.isNull() || person.consentDate.isNull() ||
                person.consentWithdrawn >= person.consentDate,
            QStringLiteral("consentWithdrawn"),
            tr("The consent cannot be withdrawn before it was given."));
    require(
        issues, person.consentWithdrawn.isNull() || person.consentWithdrawn <= QDate::currentDate(),
        QStringLiteral("consentWithdrawn"), tr("The date of withdrawal cannot be in the future."));
    limitLines(issues, {{"firstName", person.firstName},
                        {"lastName", person.lastName},
                        {"title", person.title},
                        {"position", person.position},
                        {"email", person.email},
                        {"phone", person.phone},
                        {"postalCode", person.postalCode},
                        {"city", person.city},
                        {"country", person.country},
                        {"languages", person.languages},
                        {"consentPurpose", person.consentPurpose},
                        {"consentSource", person.consentSource}});
    limit(issues, person.street, maxTextLength, QStringLiteral("street"));
    limit(issues, person.notes, maxTextLength, QStringLiteral("notes"));
    return issues;
}

FieldIssues Validation::check(const Topic &topic)
{
    FieldIssues issues;
    require(issues, !topic.name.isEmpty(), QStringLiteral("name"),
            tr("Enter the topic's name in at least one language."));
    limit(issues, topic.name, maxLineLength, QStringLiteral("name"));
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
    limit(issues, site.name, maxLineLength, QStringLiteral("name"));
    limitLines(issues,
               {{"postalCode", site.postalCode}, {"city", site.city}, {"country", site.country}});
    limit(issues, site.street, maxTextLength, QStringLiteral("street"));
    limit(issues, site.description, maxTextLength, QStringLiteral("description"));
    limit(issues, site.accessibility, maxTextLength, QStringLiteral("accessibility"));
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
    // A typo in a year (2091 for 2019) is caught beside the last day, before
    // it becomes thousands of days of sign-in sheets.
    require(issues,
            !event.startDate.isValid() || !event.endDate.isValid() ||
                event.startDate.daysTo(event.endDate) < maxEventDays,
            QStringLiteral("endDate"),
            tr("An event lasts at most %1 days; this one would last %L2. Is the year of the "
               "last day right?")
                .arg(maxEventDays)
                .arg(event.startDate.daysTo(event.endDate) + 1));
    require(issues, event.capacity >= 0, QStringLiteral("capacity"),
            tr("The capacity cannot be negative."));
    require(issues, event.onlineLink.isEmpty() || isWebAddress(event.onlineLink),
            QStringLiteral("onlineLink"),
            tr("Enter the link as a full address, e.g. https://meet.example.org/room."));
    require(issues, event.kind != u"webinar" || !event.onlineLink.isEmpty(),
            QStringLiteral("onlineLink"), tr("A webinar needs the link participants join with."));
    limit(issues, event.title, maxLineLength, QStringLiteral("title"));
    limit(issues, event.description, maxTextLength, QStringLiteral("description"));
    limitLines(issues, {{"venueCity", event.venueCity},
                        {"onlinePlatform", event.onlinePlatform},
                        {"languages", event.languages},
                        {"interpretation", event.interpretation},
                        {"fundingProgramme", event.fundingProgramme},
                        {"projectNumber", event.projectNumber}});
    limit(issues, event.venueAddress, maxTextLength, QStringLiteral("venueAddress"));
    limit(issues, event.onlineLink, maxLinkLength, QStringLiteral("onlineLink"));

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
    limit(issues, item.title, maxLineLength, QStringLiteral("title"), agendaItemScope, ownIndex);
    limit(issues, item.meetingPoint, maxLineLength, QStringLiteral("meetingPoint"), agendaItemScope,
          ownIndex);
    limitLines(issues, {{"group", item.group}}, agendaItemScope, ownIndex);
    limit(issues, item.notes, maxTextLength, QStringLiteral("notes"), agendaItemScope, ownIndex);
    return issues;
}

FieldIssues Validation::checkOverlap(const AgendaItem &item, const Event &event, int ownIndex,
                                     bool onlyEarlier)
{
    const int last = onlyEarlier ? ownIndex : int(event.agenda.size());
    for (int index = 0; index < last; ++index) {
        const AgendaItem &other = event.agenda[index];
        const bool isSelf = index == ownIndex || (item.id != 0 && other.id == item.id);
        if (isSelf || other.day != item.day || runInParallel(item, other))
            continue;
        if (item.start < other.end && other.start < item.end) {
            const QString otherTitle = other.title.text(languageOfLocale());
            return {{QStringLiteral("start"),
                     tr("Overlaps \"%1\" (%2–%3) on the same day. Items for different groups "
                        "may run at the same time.")
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
    limitLines(issues,
               {{"delegation", participation.delegation},
                {"dietaryNeeds", participation.dietaryNeeds},
                {"accessibilityNeeds", participation.accessibilityNeeds}},
               scope);
    limit(issues, participation.notes, maxTextLength, QStringLiteral("notes"), scope);
    return issues;
}

} // namespace ep
