#include "export/certificates.h"

#include "domain/attendance.h"
#include "export/logistics.h"

#include <QLocale>
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
                facts.visits.append(item);
        }
        std::stable_sort(facts.visits.begin(), facts.visits.end(),
                         [](const AgendaItem &a, const AgendaItem &b) {
                             return std::pair(a.day, a.start) < std::pair(b.day, b.start);
                         });
        certificates.append(facts);
    }
    return certificates;
}

QString certificateStatement(const QSqlDatabase &db, const QString &text,
                             const DocumentLanguage &language, QString *problem, QSqlError *error)
{
    constexpr char context[] = "CertificateStatement";
    const std::optional<CertificateNumber> number = CertificateNumber::parse(text);
    if (!number) {
        *problem = language
                       .translate(context, QT_TRANSLATE_NOOP("CertificateStatement",
                                                             "\"%1\" is no certificate number: "
                                                             "they read like 2019-001-0019-4, and "
                                                             "the last digit checks the others."))
                       .arg(text.trimmed());
        return {};
    }
    const std::optional<EventDocument> document = EventDocument::load(db, number->eventId, error);
    const QList<CertificateFacts> facts =
        document ? certificateFacts(*document, {number->personId}) : QList<CertificateFacts>();
    if (facts.isEmpty() || facts.first().number != number->text()) {
        if (!error || !error->isValid()) {
            *problem =
                language
                    .translate(context, QT_TRANSLATE_NOOP("CertificateStatement",
                                                          "No certificate %1 was issued here: "
                                                          "nobody of that number attended that "
                                                          "event."))
                    .arg(number->text());
        }
        return {};
    }
    const CertificateFacts &certificate = facts.first();
    const Event &event = document->event;
    QStringList days;
    for (QDate day : certificate.days)
        days.append(language.writtenDate(day));
    QStringList places;
    for (const AgendaItem &visit : certificate.visits) {
        const Site *site = document->site(visit.siteId);
        places.append(site ? site->name.text(language.language())
                           : visit.title.text(language.language()));
    }
    if (places.isEmpty())
        places.append(
            language.translate(context, QT_TRANSLATE_NOOP("CertificateStatement", "none")));
    return language
        .translate(context,
                   QT_TRANSLATE_NOOP("CertificateStatement",
                                     "Certificate %1: %2 (%3) attended \"%4\", %5 to %6.\nDays: "
                                     "%7 (%8 of %9).\nPlaces visited: %10.\nProgramme attended: "
                                     "%11 hours.\n"))
        .arg(certificate.number, certificate.row.person.displayName(), certificate.row.organisation,
             event.title.text(language.language()), language.writtenDate(event.startDate),
             language.writtenDate(event.endDate.isValid() ? event.endDate : event.startDate),
             days.join(u", "))
        .arg(certificate.days.size())
        .arg(certificate.eventDays)
        .arg(places.join(u", "))
        .arg(QLocale(languageCode(language.language())).toString(certificate.hours, 'f', 1));
}

} // namespace ep
