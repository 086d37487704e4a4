#include "storage/messagetemplates.h"

#include "storage/sql.h"
#include "storage/transaction.h"

#include <QSqlQuery>

#include <algorithm>

namespace ep {
namespace {

QString templateName(const MessageTemplate &each)
{
    return MessageTemplates::tr("%1 (%2)", "a message template: its kind (its language)")
        .arg(QCoreApplication::translate("MessageTemplate", messageKindName(each.kind)),
             endonym(each.language));
}

QString changedElsewhere(const MessageTemplate &each)
{
    return MessageTemplates::tr(
               "%1 was changed by someone else since you opened it. Nothing was saved. The "
               "templates you did not change now show what was saved meanwhile; save again to "
               "replace the other's text of %1 with yours.")
        .arg(templateName(each));
}

} // namespace

QStringList MessageTemplates::schemaStatements()
{
    return {QStringLiteral("CREATE TABLE message_templates (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " kind TEXT NOT NULL"
                           " CHECK (kind IN ('invitation', 'confirmation', 'practical')),"
                           " language TEXT NOT NULL CHECK (language IN ('de', 'pl', 'en')),"
                           " subject TEXT NOT NULL DEFAULT '',"
                           " body TEXT NOT NULL DEFAULT '',"
                           " version INTEGER NOT NULL DEFAULT 1,"
                           " UNIQUE (kind, language))")};
}

QList<MessageTemplate> MessageTemplates::loadAll(const QSqlDatabase &db, QSqlError *error)
{
    QSqlQuery query(db);
    const QSqlError failed = sql::run(
        query,
        QStringLiteral("SELECT kind, language, subject, body, version FROM message_templates"));
    if (error)
        *error = failed;
    if (failed.isValid())
        return {};
    QList<MessageTemplate> templates;
    for (MessageKind kind : allMessageKinds) {
        for (Language language : allLanguages)
            templates.append({kind, language, {}, {}, 0}); // version 0: no row yet
    }
    while (query.next()) {
        const std::optional<MessageKind> kind = messageKindFromCode(query.value(0).toString());
        const std::optional<Language> language = languageFromCode(query.value(1).toString());
        for (MessageTemplate &each : templates) {
            if (kind && language && each.kind == *kind && each.language == *language) {
                each.subject = query.value(2).toString();
                each.body = query.value(3).toString();
                each.version = query.value(4).toInt();
            }
        }
    }
    return templates;
}

QList<MessageTemplate> MessageTemplates::load(const QSqlDatabase &db, MessageKind kind,
                                              QSqlError *error)
{
    QList<MessageTemplate> templates = loadAll(db, error);
    templates.removeIf([kind](const MessageTemplate &each) { return each.kind != kind; });
    return templates;
}

QString MessageTemplates::placeholderProblem(const QList<MessageTemplate> &templates)
{
    for (const MessageTemplate &each : templates) {
        const QStringList unknown = unknownPlaceholders(each.subject + u'\n' + each.body);
        if (!unknown.isEmpty()) {
            return tr("%1: %2 is no placeholder the planner knows.", "", int(unknown.size()))
                .arg(templateName(each), unknown.join(u", "));
        }
    }
    return {};
}

MessageTemplates::SaveResult MessageTemplates::save(const QSqlDatabase &db,
                                                    const QList<MessageTemplate> &edited,
                                                    const QList<MessageTemplate> &read)
{
    if (const QString problem = placeholderProblem(edited); !problem.isEmpty())
        return {Status::Invalid, problem, {}, {}};
    Transaction transaction(db);
    if (!transaction.isActive())
        return {Status::Failed, {}, transaction.error(), {}};
    SaveResult result;
    for (MessageTemplate each : edited) {
        const auto before = std::find_if(read.cbegin(), read.cend(), [&each](const auto &old) {
            return old.kind == each.kind && old.language == each.language;
        });
        if (before != read.cend() && before->subject == each.subject && before->body == each.body) {
            result.stored.append(*before); // not changed here: a colleague's text stays
            continue;
        }
        const int version = before != read.cend() ? before->version : 0;
        // The version read in the condition: a colleague's save since leaves
        // no row to change. Version 0: the row was never there.
        QSqlQuery write(db);
        const QSqlError error =
            sql::run(write,
                     version > 0 ? QStringLiteral("UPDATE message_templates SET subject = :subject,"
                                                  " body = :body, version = version + 1"
                                                  " WHERE kind = :kind AND language = :language"
                                                  " AND version = :version")
                                 : QStringLiteral("INSERT INTO message_templates"
                                                  " (kind, language, subject, body, version)"
                                                  " VALUES (:kind, :language, :subject, :body,"
                                                  " :version + 1)"),
                     {{QStringLiteral(":kind"), messageKindCode(each.kind)},
                      {QStringLiteral(":language"), languageCode(each.language)},
                      {QStringLiteral(":subject"), each.subject},
                      {QStringLiteral(":body"), each.body},
                      {QStringLiteral(":version"), version}});
        if (error.isValid() && version == 0)
            return {Status::ChangedElsewhere, changedElsewhere(each), {}, {}}; // made meanwhile
        if (error.isValid())
            return {Status::Failed, {}, error, {}};
        if (write.numRowsAffected() != 1)
            return {Status::ChangedElsewhere, changedElsewhere(each), {}, {}};
        each.version = version + 1;
        result.stored.append(each);
    }
    if (!transaction.commit())
        return {Status::Failed, {}, transaction.error(), {}};
    return result;
}

} // namespace ep
