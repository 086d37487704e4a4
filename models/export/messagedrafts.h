#pragma once

#include "domain/messagetemplate.h"
#include "export/participantlist.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ep {

// One personalised message to one participant, as its .eml draft holds it.
struct MessageDraft
{
    QString recipientName; // "Dr. Ute Kowalski"
    QString email;
    Language language = Language::English; // the one the person reads
    QString subject;
    QString body;
    QByteArray calendar;  // the agenda (.ics) in that language; empty: nothing attached
    QString calendarName; // "Programm.ics"
    QString fileName;     // "Kowalski Ute.eml", unique among the drafts
};

struct MessageDrafts
{
    QList<MessageDraft> drafts;
    QStringList withoutEmail; // who would have had one but has no email address
};

// What each placeholder of a template stands for in a message to `row`,
// written in `language` ("Mittwoch, 6. Oktober 2027 – Freitag, 8. Oktober
// 2027"); what is not known yet says so in that language.
QHash<QString, QString> placeholderValues(const EventDocument &document, const ParticipantRow &row,
                                          const DocumentLanguage &language);

// A message from `templates` (the kind's, one per language) to each of
// `recipients`, in the language each reads (firstLanguageIn(their
// languages)), else in `otherwise`. The event's agenda is attached as a
// calendar when it has items. `now` stamps the calendars.
MessageDrafts messageDrafts(const EventDocument &document, const QList<MessageTemplate> &templates,
                            const QList<ParticipantRow> &recipients, Language otherwise,
                            const QDateTime &now);

// `draft` as an Internet message (RFC 5322, MIME): UTF-8 throughout,
// headers as RFC 2047 encoded words, the text and the calendar in base64,
// "X-Unsent: 1" so that Outlook opens it as a draft to send; Thunderbird
// opens it with "Edit as New Message". No sender: the mail program's own.
QByteArray emlMessage(const MessageDraft &draft, const QDateTime &now);

// Writes each draft into `folder` as its fileName, making the folders above
// it where they are missing. `folder` must not exist or be empty: the drafts go into a new folder
// beside it, renamed to it at the end, so a failure leaves nothing behind. Returns the error,
// naming the folder; empty when written.
QString writeDrafts(const QList<MessageDraft> &drafts, const QString &folder, const QDateTime &now);

} // namespace ep
