#include "domain/messagetemplate.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace ep {
namespace {

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([a-z_]+)\\}"));
    return pattern;
}

bool isKnown(const QString &key)
{
    const QList<Placeholder> &known = placeholders();
    return std::any_of(known.cbegin(), known.cend(),
                       [&key](const Placeholder &each) { return key == QLatin1String(each.key); });
}

} // namespace

QString messageKindCode(MessageKind kind)
{
    switch (kind) {
    case MessageKind::Invitation:
        return QStringLiteral("invitation");
    case MessageKind::Confirmation:
        return QStringLiteral("confirmation");
    case MessageKind::PracticalInformation:
        break;
    }
    return QStringLiteral("practical");
}

std::optional<MessageKind> messageKindFromCode(const QString &code)
{
    for (MessageKind kind : allMessageKinds) {
        if (messageKindCode(kind) == code)
            return kind;
    }
    return std::nullopt;
}

const char *messageKindName(MessageKind kind)
{
    switch (kind) {
    case MessageKind::Invitation:
        return QT_TRANSLATE_NOOP("MessageTemplate", "Invitation");
    case MessageKind::Confirmation:
        return QT_TRANSLATE_NOOP("MessageTemplate", "Confirmation");
    case MessageKind::PracticalInformation:
        break;
    }
    return QT_TRANSLATE_NOOP("MessageTemplate", "Practical information");
}

QStringList defaultRecipientStatuses(MessageKind kind)
{
    switch (kind) {
    case MessageKind::Invitation:
        return {QStringLiteral("invited")};
    case MessageKind::Confirmation:
        return {QStringLiteral("registered"), QStringLiteral("confirmed")};
    case MessageKind::PracticalInformation:
        break;
    }
    return {QStringLiteral("registered"), QStringLiteral("confirmed"), QStringLiteral("attended")};
}

const QList<Placeholder> &placeholders()
{
    static const QList<Placeholder> all{
        {"name", QT_TRANSLATE_NOOP("MessageTemplate", "title, first and last name")},
        {"first_name", QT_TRANSLATE_NOOP("MessageTemplate", "first name")},
        {"last_name", QT_TRANSLATE_NOOP("MessageTemplate", "last name")},
        {"event", QT_TRANSLATE_NOOP("MessageTemplate", "the event's title")},
        {"dates", QT_TRANSLATE_NOOP("MessageTemplate", "the event's first and last day")},
        {"place", QT_TRANSLATE_NOOP("MessageTemplate", "venue address or online link")},
        {"meeting_point",
         QT_TRANSLATE_NOOP("MessageTemplate", "meeting point and time of the first item")},
        {"hotel", QT_TRANSLATE_NOOP("MessageTemplate", "the participant's hotel")},
        {"arrival", QT_TRANSLATE_NOOP("MessageTemplate", "the participant's arrival")},
        {"departure", QT_TRANSLATE_NOOP("MessageTemplate", "the participant's departure")},
        {"organiser", QT_TRANSLATE_NOOP("MessageTemplate", "the first organiser's name")},
    };
    return all;
}

QStringList unknownPlaceholders(const QString &text)
{
    QStringList unknown;
    for (const QRegularExpressionMatch &match : placeholderPattern().globalMatch(text)) {
        const QString key = match.captured(1);
        if (!isKnown(key) && !unknown.contains(match.captured(0)))
            unknown.append(match.captured(0));
    }
    return unknown;
}

QString filledIn(const QString &text, const QHash<QString, QString> &values)
{
    QString result;
    qsizetype copied = 0;
    for (const QRegularExpressionMatch &match : placeholderPattern().globalMatch(text)) {
        if (!isKnown(match.captured(1)))
            continue;
        result += QStringView(text).mid(copied, match.capturedStart() - copied);
        result += values.value(match.captured(1));
        copied = match.capturedEnd();
    }
    result += QStringView(text).mid(copied);
    return result;
}

} // namespace ep
