#include "storage/messagetemplates.h"

#include "storage/sql.h"
#include "storage/transaction.h"

#include <QSqlQuery>

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
               "%1 was changed by someone else since you opened it. Nothing was saved; "
               "close the templates and open them again to see their text.")
        .arg(templateName(each));
}

} // namespace

QStringList MessageTemplates::schemaStatements()
{
    return {QStringLiteral("CREATE TABLE message_templates (id INTEGER PRIMARY KEY,"
                           " kind TEXT NOT NULL"
                           " CHECK (kind IN ('invitation', 'confirmation', 'practical')),"
                           " language TEXT NOT NULL CHECK (language IN ('de', 'pl', 'en')),"
                           " subject TEXT NOT NULL DEFAULT '',"
                           " body TEXT NOT NULL DEFAULT '',"
                           " version INTEGER NOT NULL DEFAULT 1,"
                           " UNIQUE (kind, language))")};
}

QList<MessageTemplate> MessageTemplates::load(const QSqlDatabase &db, MessageKind kind,
                                              QSqlError *error)
{
    QSqlQuery query(db);
    const QSqlError failed =
        sql::run(query,
                 QStringLiteral("SELECT language, subject, body, version FROM message_templates"
                                " WHERE kind = :kind"),
                 {{QStringLiteral(":kind"), messageKindCode(kind)}});
    if (error)
        *error = failed;
    if (failed.isValid())
        return {};
    QList<MessageTemplate> templates;
    for (Language language : allLanguages)
        templates.append({kind, language, {}, {}, 0});
    while (query.next()) {
        const std::optional<Language> language = languageFromCode(query.value(0).toString());
        if (!language)
            continue;
        MessageTemplate &each = templates[qsizetype(*language)];
        each.subject = query.value(1).toString();
        each.body = query.value(2).toString();
        each.version = query.value(3).toInt();
    }
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
                                                    const QList<MessageTemplate> &templates)
{
    SaveResult result;
    if (const QString problem = placeholderProblem(templates); !problem.isEmpty())
        return {Status::Invalid, problem, {}, {}};
    Transaction transaction(db);
    if (!transaction.isActive())
        return {Status::Failed, {}, transaction.error(), {}};
    for (MessageTemplate each : templates) {
        const QList<sql::Binding> key{{QStringLiteral(":kind"), messageKindCode(each.kind)},
                                      {QStringLiteral(":language"), languageCode(each.language)}};
        QSqlQuery stored(db);
        if (const QSqlError error = sql::run(stored,
                                             QStringLiteral("SELECT subject, body, version"
                                                            " FROM message_templates"
                                                            " WHERE kind = :kind"
                                                            " AND language = :language"),
                                             key);
            error.isValid())
            return {Status::Failed, {}, error, {}};
        const bool exists = stored.next();
        const int storedVersion = exists ? stored.value(2).toInt() : 0;
        if (exists && stored.value(0).toString() == each.subject &&
            stored.value(1).toString() == each.body) {
            each.version = storedVersion; // unchanged here; someone may have saved the same
            result.stored.append(each);
            continue;
        }
        if (storedVersion != each.version) {
            return {Status::ChangedElsewhere, changedElsewhere(each), {}, {}};
        }
        QList<sql::Binding> values = key;
        values += {{QStringLiteral(":subject"), each.subject},
                   {QStringLiteral(":body"), each.body},
                   {QStringLiteral(":version"), storedVersion}};
        // The version in the condition: a colleague's save between the read
        // above and this write leaves no row to change.
        QSqlQuery write(db);
        const QSqlError error = sql::run(
            write,
            exists ? QStringLiteral("UPDATE message_templates SET subject = :subject,"
                                    " body = :body, version = version + 1"
                                    " WHERE kind = :kind AND language = :language"
                                    " AND version = :version")
                   : QStringLiteral("INSERT INTO message_templates"
                                    " (kind, language, subject, body, version)"
                                    " VALUES (:kind, :language, :subject, :body, :version + 1)"),
            values);
        if (error.isValid())
            return {Status::Failed, {}, error, {}};
        if (write.numRowsAffected() != 1)
            return {Status::ChangedElsewhere, changedElsewhere(each), {}, {}};
        each.version = storedVersion + 1;
        result.stored.append(each);
    }
    if (!transaction.commit())
        return {Status::Failed, {}, transaction.error(), {}};
    return result;
}

} // namespace ep
