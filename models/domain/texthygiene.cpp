#include "domain/texthygiene.h"

#include "domain/event.h"
#include "domain/localizedtext.h"
#include "domain/organisation.h"
#include "domain/person.h"
#include "domain/site.h"
#include "domain/topic.h"

#include <algorithm>

namespace ep {
namespace {

bool isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

void clean(QString &text, TextLines lines)
{
    text = cleanText(text, lines);
}

void clean(LocalizedText &text, TextLines lines)
{
    text = cleanText(text, lines);
}

} // namespace

bool hasControlCharacters(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return isControl(c.unicode()); });
}

QString cleanText(const QString &text, TextLines lines)
{
    if (!hasControlCharacters(text))
        return text;
    const char16_t lineBreak = lines == TextLines::Several ? u'\n' : u' ';
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (!isControl(c)) {
            result.append(QChar(c));
        } else if (c == u'\t') {
            result.append(u' ');
        } else if (c == u'\n') {
            result.append(QChar(lineBreak));
        } else if (c == u'\r') {
            const bool crlf = i + 1 < text.size() && text[i + 1] == u'\n';
            if (lines == TextLines::One)
                result.append(u' ');
            else
                result.append(crlf ? u"\r\n"_qs : u"\n"_qs);
            if (crlf)
                ++i; // CR LF is one break
        }
    }
    return result;
}

LocalizedText cleanText(const LocalizedText &text, TextLines lines)
{
    return {cleanText(text.de, lines), cleanText(text.pl, lines), cleanText(text.en, lines)};
}

TextLines linesOf(Field field)
{
    return field == Field::Notes || field == Field::Street ? TextLines::Several : TextLines::One;
}

Organisation withCleanText(Organisation organisation)
{
    for (QString *text : {&organisation.name, &organisation.shortName, &organisation.kind,
                          &organisation.city, &organisation.country, &organisation.website})
        clean(*text, TextLines::One);
    return organisation;
}

Person withCleanText(Person person)
{
    for (QString *text : {&person.firstName, &person.lastName, &person.title, &person.position,
                          &person.email, &person.phone, &person.postalCode, &person.city,
                          &person.country, &person.languages, &person.consentPurpose})
        clean(*text, TextLines::One);
    clean(person.street, TextLines::Several);
    clean(person.notes, TextLines::Several);
    return person;
}

Topic withCleanText(Topic topic)
{
    clean(topic.name, TextLines::One);
    return topic;
}

Site withCleanText(Site site)
{
    clean(site.name, TextLines::One);
    for (QString *text : {&site.kind, &site.postalCode, &site.city, &site.country})
        clean(*text, TextLines::One);
    clean(site.street, TextLines::Several);
    clean(site.description, TextLines::Several);
    clean(site.accessibility, TextLines::Several);
    return site;
}

AgendaItem withCleanText(AgendaItem item)
{
    clean(item.title, TextLines::One);
    clean(item.kind, TextLines::One);
    clean(item.meetingPoint, TextLines::One);
    clean(item.notes, TextLines::Several);
    return item;
}

Participation withCleanText(Participation participation)
{
    for (QString *text : {&participation.role, &participation.status, &participation.delegation,
                          &participation.dietaryNeeds, &participation.accessibilityNeeds})
        clean(*text, TextLines::One);
    clean(participation.notes, TextLines::Several);
    return participation;
}

Event withCleanText(Event event)
{
    clean(event.title, TextLines::One);
    clean(event.description, TextLines::Several);
    for (QString *text :
         {&event.kind, &event.venueCity, &event.onlinePlatform, &event.onlineLink,
          &event.languages, &event.interpretation, &event.status, &event.fundingProgramme,
          &event.projectNumber})
        clean(*text, TextLines::One);
    clean(event.venueAddress, TextLines::Several);
    for (AgendaItem &item : event.agenda)
        item = withCleanText(std::move(item));
    for (Participation &participation : event.participants)
        participation = withCleanText(std::move(participation));
    return event;
}

} // namespace ep
