#pragma once

#include "domain/messagetemplate.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>

namespace ep {

// The message templates of a database, shared by everyone who works on it:
// each kind of message (invitation, confirmation, practical information) in
// German, Polish and English. Schema version 19 makes the table and writes
// a text in each (defaultTemplates()); the officer edits them from there.
class MessageTemplates final
{
    Q_DECLARE_TR_FUNCTIONS(MessageTemplates)

public:
    enum class Status
    {
        Saved,
        ChangedElsewhere, // someone saved one of them since it was read: nothing written
        Invalid,          // a text names an unknown placeholder: nothing written
        Failed,           // the database refused (error)
    };
    struct SaveResult
    {
        Status status = Status::Saved;
        QString problem;               // for Invalid and ChangedElsewhere: which template, what
        QSqlError error;               // for Failed
        QList<MessageTemplate> stored; // for Saved: `edited` as now stored, with versions
    };

    static QStringList schemaStatements();
    // The texts schema version 19 starts with.
    static QList<MessageTemplate> defaultTemplates();

    // Every kind in German, Polish and English, in the order of
    // allMessageKinds and allLanguages; none, with `error`, when the query
    // failed.
    static QList<MessageTemplate> loadAll(const QSqlDatabase &db, QSqlError *error = nullptr);
    // The templates of `kind`, in German, Polish and English; none, with
    // `error`, when the query failed.
    static QList<MessageTemplate> load(const QSqlDatabase &db, MessageKind kind,
                                       QSqlError *error = nullptr);

    // Saves each of `edited` whose subject or body differs from the one
    // `read` (as load() gave it), all in one transaction, each only if nobody
    // saved it since: what the officer left alone keeps a colleague's text.
    static SaveResult save(const QSqlDatabase &db, const QList<MessageTemplate> &edited,
                           const QList<MessageTemplate> &read);

    // "Invitation (Polish): {frist_name} is no placeholder." for the first
    // template naming an unknown placeholder; empty when all are known.
    static QString placeholderProblem(const QList<MessageTemplate> &templates);
};

} // namespace ep
