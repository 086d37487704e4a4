#include "export/certificates.h"

#include "domain/attendance.h"
#include "export/logistics.h"

#include <QRegularExpression>

namespace ep {
namespace {

// The weighted sum of the digits modulo 11 (ISO 7064 MOD 11-2 style); 10 is
// written as X. A swapped or mistyped digit changes it.
QChar checkDigit(const QString &digits)
{
    int sum = 0;
    for (QChar digit : digits)
        sum = (sum + digit.digitValue()) * 2 % 11;
    const int check = (12 - sum) % 11;
    return check == 10 ? u'X' : QChar(u'0' + check);
}

QString digitsOf(int year, int eventId, int personId)
{
    return u"%1%2%3"_qs.arg(year, 4, 10, QLatin1Char('0'))
        .arg(eventId, 3, 10, QLatin1Char('0'))
        .arg(personId, 4, 10, QLatin1Char('0'));
}

} // namespace

QString CertificateNumber::text() const
{
    return u"%1-%2-%3-%4"_qs.arg(year, 4, 10, QLatin1Char('0'))
        .arg(eventId, 3, 10, QLatin1Char('0'))
        .arg(personId, 4, 10, QLatin1Char('0'))
        .arg(checkDigit(digitsOf(year, eventId, personId)));
}

std::optional<CertificateNumber> CertificateNumber::parse(const QString &text)
{
    static const QRegularExpression form(u"^\\s*(\\d{4})-(\\d{3,})-(\\d{4,})-([0-9Xx])\\s*$"_qs);
    const QRegularExpressionMatch match = form.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const CertificateNumber number{match.captured(1).toInt(), match.captured(2).toInt(),
                                   match.captured(3).toInt()};
    if (number.text().right(1) != match.captured(4).toUpper())
        return std::nullopt;
    return number;
}

QList<CertificateFacts> certificateFacts(const EventDocument &document, const QList<int> &personIds)
{
    const Event &event = document.event;
    QList<ParticipantRow> rows = participantRows(document, {{u"attended"_qs}, {}});
    std::stable_sort(rows.begin(), rows.end(), byName);
    const bool fromSheets = !document.attendance.presences.isEmpty();
    const QList<AttendanceSheet> days = attendanceSheets(event, false);
    QList<CertificateFacts> certificates;
    for (const ParticipantRow &row : std::as_const(rows)) {
        const int person = row.person.id;
        if (!personIds.isEmpty() && !personIds.contains(person))
            continue;
        // Without sheets: present on every sheet of the days they were there.
        EventAttendance attendance = document.attendance;
        if (!fromSheets) {
            for (const AttendanceSheet &day : days) {
                if (logistics::presentOn(row.participation, day.day))
                    attendance.presences.append({person, day});
            }
        }
        CertificateFacts facts{row,
                               CertificateNumber{event.startDate.year(), event.id, person}.text(),
                               attendance.daysAttended(person),
                               int(days.size()),
                               {},
                               hoursAttended(event, person, attendance),
                               fromSheets};
        for (const AgendaItem &item : event.agenda) {
            if (item.kind != u"site_visit" || !facts.days.contains(item.day))
                continue;
            const AttendanceSheet visit{item.day, item.id};
            if (!attendance.entered(visit) || attendance.present(person, visit))
                facts.visits.append(&item);
        }
        std::stable_sort(facts.visits.begin(), facts.visits.end(),
                         [](const AgendaItem *a, const AgendaItem *b) {
                             return std::pair(a->day, a->start) < std::pair(b->day, b->start);
                         });
        certificates.append(facts);
    }
    return certificates;
}

} // namespace ep
