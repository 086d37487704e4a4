#include "domain/eventcopy.h"

#include <QRegularExpression>

namespace ep {
namespace {

// `title` with the year `from` as a word replaced by `to`.
QString movedYear(const QString &title, int from, int to)
{
    if (from == to || title.isEmpty())
        return title;
    QString moved = title;
    return moved.replace(QRegularExpression(u"\\b%1\\b"_qs.arg(from)), QString::number(to));
}

LocalizedText movedYear(LocalizedText title, int from, int to)
{
    for (Language language : allLanguages)
        title[language] = movedYear(title[language], from, to);
    return title;
}

} // namespace

Event copiedEvent(const Event &source, QDate firstDay, CopiedParticipants participants)
{
    Event copy = source;
    copy.id = 0;
    copy.version = 0;
    copy.status = QStringLiteral("planned");
    const qint64 shift = source.startDate.isValid() ? source.startDate.daysTo(firstDay) : 0;
    copy.title = movedYear(source.title, source.startDate.year(), firstDay.year());
    copy.startDate = firstDay;
    copy.endDate = source.endDate.isValid() ? source.endDate.addDays(shift) : QDate();
    for (AgendaItem &item : copy.agenda) {
        item.id = 0;
        item.version = 0;
        item.day = item.day.isValid() ? item.day.addDays(shift) : QDate();
    }
    copy.participants.clear();
    if (participants == CopiedParticipants::Invited) {
        for (const Participation &was : source.participants) {
            Participation invited;
            invited.personId = was.personId;
            invited.role = was.role;
            invited.delegation = was.delegation;
            invited.status = QStringLiteral("invited");
            copy.participants.append(invited);
        }
    }
    return copy;
}

} // namespace ep
