#include "export/messagedrafts.h"

#include "export/filewriting.h"
#include "export/icalendarwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QSet>
#include <QUuid>

#include <algorithm>

namespace ep {
namespace {

constexpr char context[] = "MessageDrafts";

QString notKnownYet(const DocumentLanguage &language)
{
    return language.translate(context, QT_TRANSLATE_NOOP("MessageDrafts", "not known yet"));
}

QString moment(const QDateTime &when, const DocumentLanguage &language)
{
    return language.longDate(when.date()) % u", " % language.time(when.time());
}

// The meeting point of the first item that names one, with its day and time.
QString firstMeetingPoint(const EventDocument &document, const DocumentLanguage &language)
{
    const AgendaItem *first = nullptr;
    for (const AgendaItem &item : document.event.agenda) {
        if (item.meetingPoint.text(language.language()).isEmpty() || !item.day.isValid())
            continue;
        if (!first || std::pair(item.day, item.start) < std::pair(first->day, first->start))
            first = &item;
    }
    if (!first)
        return {};
    QString text =
        first->meetingPoint.text(language.language()) % u", " % language.longDate(first->day);
    if (first->start.isValid())
        text += u", " % language.time(first->start);
    return text;
}

QString organiserName(const EventDocument &document)
{
    for (int id : document.event.organiserIds) {
        if (const Person *person = document.person(id))
            return person->displayName();
    }
    const Organisation *host = document.organisation(document.event.hostOrganisationId);
    return host ? host->name : QString();
}

bool isAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x7f; });
}

// `text` as RFC 2047 encoded words of at most 75 characters, split between
// characters, folded onto lines of their own; ASCII as it is.
QByteArray headerText(const QString &text)
{
    if (isAscii(text))
        return text.toLatin1();
    QList<QByteArray> words;
    QByteArray chunk;
    const auto flush = [&] {
        if (!chunk.isEmpty())
            words.append("=?UTF-8?B?" + chunk.toBase64() + "?=");
        chunk.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray character = text.mid(i, length).toUtf8();
        i += length - 1;
        if (chunk.size() + character.size() > 45) // 60 characters of base64
            flush();
        chunk += character;
    }
    flush();
    return words.join("\r\n ");
}

QByteArray mailbox(const QString &name, const QString &address)
{
    if (name.isEmpty())
        return address.toUtf8();
    QByteArray shown;
    if (isAscii(name)) {
        QString quoted = name;
        quoted.replace(u'\\', u"\\\\"_qs).replace(u'"', u"\\\""_qs);
        shown = '"' + quoted.toLatin1() + '"';
    } else {
        shown = headerText(name);
    }
    return shown + " <" + address.toUtf8() + '>';
}

QByteArray base64Lines(const QByteArray &bytes)
{
    const QByteArray encoded = bytes.toBase64();
    QByteArray lines;
    for (qsizetype at = 0; at < encoded.size(); at += 76)
        lines += encoded.mid(at, 76) + "\r\n";
    return lines;
}

QByteArray textPart(const QString &body)
{
    QString crlf = body;
    crlf.replace(u"\r\n"_qs, u"\n"_qs).replace(u'\n', u"\r\n"_qs);
    return "Content-Type: text/plain; charset=UTF-8\r\n"
           "Content-Transfer-Encoding: base64\r\n\r\n" +
           base64Lines(crlf.toUtf8());
}

} // namespace

QHash<QString, QString> placeholderValues(const EventDocument &document, const ParticipantRow &row,
                                          const DocumentLanguage &language)
{
    const Event &event = document.event;
    QString dates = language.writtenDate(event.startDate);
    if (event.endDate.isValid() && event.endDate != event.startDate)
        dates += u" – " % language.writtenDate(event.endDate);
    const auto orNotKnown = [&language](const QString &text) {
        return text.trimmed().isEmpty() ? notKnownYet(language) : text.trimmed();
    };
    const Participation &participation = row.participation;
    return {
        {u"name"_qs, row.person.displayName()},
        {u"first_name"_qs, row.person.firstName},
        {u"last_name"_qs, row.person.lastName},
        {u"event"_qs, event.title.text(language.language())},
        {u"dates"_qs, dates},
        {u"place"_qs, orNotKnown(document.venueLines().join(u"; "))},
        {u"meeting_point"_qs, orNotKnown(firstMeetingPoint(document, language))},
        {u"hotel"_qs, orNotKnown(participation.hotel)},
        {u"arrival"_qs, participation.arrival.isValid() ? moment(participation.arrival, language)
                                                        : notKnownYet(language)},
        {u"departure"_qs, participation.departure.isValid()
                              ? moment(participation.departure, language)
                              : notKnownYet(language)},
        {u"organiser"_qs, organiserName(document)},
    };
}

MessageDrafts messageDrafts(const EventDocument &document, const QList<MessageTemplate> &templates,
                            const QList<ParticipantRow> &recipients, Language otherwise,
                            const QDateTime &now)
{
    MessageDrafts result;
    QHash<Language, QByteArray> calendars; // made once per language
    QSet<QString> fileNames;
    const DocumentLanguages languages;
    for (const ParticipantRow &row : recipients) {
        if (row.person.email.trimmed().isEmpty()) {
            result.withoutEmail.append(row.person.displayName());
            continue;
        }
        const DocumentLanguage &language =
            languages[firstLanguageIn(row.person.languages).value_or(otherwise)];
        const auto found =
            std::find_if(templates.cbegin(), templates.cend(), [&](const MessageTemplate &each) {
                return each.language == language.language();
            });
        const MessageTemplate chosen = found != templates.cend() ? *found : MessageTemplate{};
        const QHash<QString, QString> values = placeholderValues(document, row, language);
        MessageDraft draft;
        draft.recipientName = row.person.displayName();
        draft.email = row.person.email.trimmed();
        draft.language = language.language();
        // A subject is one line, whatever a value holds.
        draft.subject = filledIn(chosen.subject, values).simplified();
        draft.body = filledIn(chosen.body, values);
        if (!document.event.agenda.isEmpty()) {
            if (!calendars.contains(draft.language))
                calendars.insert(draft.language, agendaCalendar(document, draft.language, now));
            draft.calendar = calendars.value(draft.language);
            //: the file name of the agenda attached to a message, without ".ics"
            QString name =
                language.translate(context, QT_TRANSLATE_NOOP("MessageDrafts", "Programme"));
            draft.calendarName = (isAscii(name) ? name : u"Programme"_qs) % u".ics";
        }
        const QString base =
            portableFileName(QStringList{row.person.lastName, row.person.firstName}.join(u' '));
        QString fileName = base % u".eml";
        for (int n = 2; fileNames.contains(fileName.toCaseFolded()); ++n)
            fileName = base % u" (" % QString::number(n) % u").eml";
        fileNames.insert(fileName.toCaseFolded());
        draft.fileName = fileName;
        result.drafts.append(draft);
    }
    return result;
}

QByteArray emlMessage(const MessageDraft &draft, const QDateTime &now)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QByteArray message = "MIME-Version: 1.0\r\n"
                         "Date: " +
                         now.toUTC().toString(Qt::RFC2822Date).toLatin1() +
                         "\r\n"
                         "Message-ID: <" +
                         id.toLatin1() +
                         "@exchange-planner>\r\n"
                         "X-Unsent: 1\r\n"
                         "To: " +
                         mailbox(draft.recipientName, draft.email) +
                         "\r\n"
                         "Subject: " +
                         headerText(draft.subject) + "\r\n";
    const QByteArray language = languageCode(draft.language).toLatin1();
    message += "Content-Language: " + language + "\r\n";
    if (draft.calendar.isEmpty())
        return message + textPart(draft.body);
    const QByteArray boundary = "=_exchange-planner_" + id.toLatin1();
    message += "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\n";
    message += "--" + boundary + "\r\n" + textPart(draft.body);
    const QByteArray name = draft.calendarName.toLatin1();
    message += "--" + boundary +
               "\r\n"
               "Content-Type: text/calendar; charset=UTF-8; method=PUBLISH; name=\"" +
               name +
               "\"\r\n"
               "Content-Disposition: attachment; filename=\"" +
               name +
               "\"\r\n"
               "Content-Transfer-Encoding: base64\r\n\r\n" +
               base64Lines(draft.calendar);
    return message + "--" + boundary + "--\r\n";
}

QString writeDrafts(const QList<MessageDraft> &drafts, const QString &folder, const QDateTime &now)
{
    return writeWholeFolder(folder, [&drafts, &now](const QDir &written) {
        for (const MessageDraft &draft : drafts) {
            const QString error =
                writeWholeFile(written.filePath(draft.fileName), emlMessage(draft, now));
            if (!error.isEmpty())
                return error;
        }
        return QString();
    });
}

} // namespace ep
