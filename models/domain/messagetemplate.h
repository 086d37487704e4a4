#pragma once

#include "domain/language.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ep {

// The messages an officer sends to an event's participants before the visit.
enum class MessageKind
{
    Invitation,           // to come to the event
    Confirmation,         // that their place is confirmed
    PracticalInformation, // where to meet, where they stay, when things start
};

inline constexpr MessageKind allMessageKinds[] = {
    MessageKind::Invitation, MessageKind::Confirmation, MessageKind::PracticalInformation};

// "invitation", "confirmation", "practical": the codes of the database and
// of "export messages --template".
QString messageKindCode(MessageKind kind);
std::optional<MessageKind> messageKindFromCode(const QString &code);
// "Invitation", untranslated, in the context "MessageTemplate".
const char *messageKindName(MessageKind kind);

// The statuses (Vocabulary::ParticipantStatus) a kind of message goes to
// unless the officer picks others: an invitation to those invited, a
// confirmation to those registered or confirmed, practical information to
// those who come.
QStringList defaultRecipientStatuses(MessageKind kind);

// One kind of message in one language, as the officer edits it: a subject
// and a body with placeholders ("{first_name}") filled in per participant.
struct MessageTemplate
{
    MessageKind kind = MessageKind::Invitation;
    Language language = Language::English;
    QString subject;
    QString body;
    int version = 0; // of the stored row; a save against an older one is refused

    friend bool operator==(const MessageTemplate &, const MessageTemplate &) = default;
};

// A placeholder and what it stands for (untranslated, context
// "MessageTemplate"), in the order the editor lists them.
struct Placeholder
{
    const char *key; // "first_name", written "{first_name}"
    const char *description;
};
const QList<Placeholder> &placeholders();

// The placeholders written in `text` that the planner does not know
// ("{frist_name}"), each once, in the order written. A brace that does not
// enclose a name ("{", "{ }") is text.
QStringList unknownPlaceholders(const QString &text);

// `text` with each known placeholder replaced by its value in `values`
// (keys without braces); a placeholder without a value becomes empty.
QString filledIn(const QString &text, const QHash<QString, QString> &values);

} // namespace ep
