#pragma once

#include "domain/documentlanguage.h"
#include "export/participantlist.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace ep {

// What a certificate of attendance states of one participant: who, the
// days and the site visits they attended and the hours of programme, and
// its number. From the signed sheets where the event's were entered;
// otherwise (attendance set by hand) the days they were there, arrival to
// departure.
struct CertificateFacts
{
    ParticipantRow row;
    QString number;
    QList<QDate> days;
    int eventDays = 0;
    QList<AgendaItem> visits; // the site visits, by day and time
    double hours = 0;
    bool fromSheets = false;
};

// The parts of a certificate's number: "2019-001-0019-4" is event 1, of
// 2019, for person 19, with a check digit against typing errors. The office
// finds the certificate again by it (exchange-planner certificate NUMBER):
// it is the same whenever the certificate is printed again.
struct CertificateNumber
{
    int year = 0;
    int eventId = 0;
    int personId = 0;

    QString text() const;
    // None when `text` is not such a number or its check digit is wrong.
    static std::optional<CertificateNumber> parse(const QString &text);
};

// What the certificate numbered `text` states, as the office confirms it on
// request, in `language`: who, which event, the days, places and hours.
// Empty, with `problem` (one sentence), when no such certificate was issued
// in `db`; empty with `error` when reading failed.
QString certificateStatement(const QSqlDatabase &db, const QString &text,
                             const DocumentLanguage &language, QString *problem, QSqlError *error);

// The facts of everyone who attended `document`'s event (status attended,
// walk-ins included), by last name; with `personIds`, of those only.
QList<CertificateFacts> certificateFacts(const EventDocument &document,
                                         const QList<int> &personIds = {});

} // namespace ep
