#include "storage/visitsteps.h"

#include "storage/attendancerepository.h"
#include "storage/messagetemplates.h"
#include "storage/sql.h"
#include "storage/sqldialect.h"
#include "storage/tablerebuild.h"

#include <QSqlQuery>

namespace ep::schema::visitSteps {

QStringList version16()
{
    return {QStringLiteral("ALTER TABLE participations ADD COLUMN hotel TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE participations ADD COLUMN room TEXT NOT NULL DEFAULT ''")};
}

QStringList version17()
{
    return {QStringLiteral("ALTER TABLE sites ADD COLUMN opening_days TEXT NOT NULL DEFAULT ''")};
}

namespace {

QSqlError waitingList(QSqlDatabase &db)
{
    if (dialectOf(db) == SqlDialect::SQLite) {
        return rebuildTable(db, QStringLiteral("participations"), [](QString create) {
            return create.replace(QStringLiteral("status = 'no_show'"),
                                  QStringLiteral("status = 'no_show' OR status = 'waitlisted'"));
        });
    }
    // The check as version 1 named it, whatever the server called it.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "SELECT conname FROM pg_constraint WHERE conrelid = 'participations'::regclass"
            " AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '%status%'")))
        return query.lastError();
    QStringList checks;
    while (query.next())
        checks.append(query.value(0).toString());
    for (const QString &check : std::as_const(checks)) {
        if (const QSqlError error = sql::runUnprepared(
                db, u"ALTER TABLE participations DROP CONSTRAINT \""_qs % check % u'"');
            error.isValid())
            return error;
    }
    return sql::runUnprepared(
        db, QStringLiteral("ALTER TABLE participations ADD CONSTRAINT participations_status_check"
                           " CHECK (status IN ('invited', 'registered', 'confirmed', 'waitlisted',"
                           " 'cancelled', 'attended', 'no_show'))"));
}

// The organisation's letterhead, and the message templates with their first
// texts.
QSqlError lettersAndMessages(QSqlDatabase &db)
{
    QStringList statements;
    for (const char *column :
         {"street", "postal_code", "phone", "email", "signatory_name", "signatory_position"}) {
        statements.append(u"ALTER TABLE organisations ADD COLUMN "_qs % QLatin1String(column) %
                          u" TEXT NOT NULL DEFAULT ''"_qs);
    }
    statements.append(QStringLiteral("ALTER TABLE organisations ADD COLUMN logo BLOB"));
    statements += MessageTemplates::schemaStatements();
    for (const QString &statement : std::as_const(statements)) {
        if (const QSqlError error = sql::runUnprepared(db, dialect::ddl(dialectOf(db), statement));
            error.isValid())
            return error;
    }
    for (const MessageTemplate &each : MessageTemplates::defaultTemplates()) {
        if (const QSqlError error = sql::run(
                db,
                QStringLiteral("INSERT INTO message_templates (kind, language, subject, body)"
                               " VALUES (:kind, :language, :subject, :body)"),
                {{QStringLiteral(":kind"), messageKindCode(each.kind)},
                 {QStringLiteral(":language"), languageCode(each.language)},
                 {QStringLiteral(":subject"), each.subject},
                 {QStringLiteral(":body"), each.body}});
            error.isValid())
            return error;
    }
    return {};
}

// The signed sheets; on a server, a commit to them is announced as to every
// other table (schema.cpp, commitNotifications()).
QSqlError signedSheets(QSqlDatabase &db)
{
    QStringList statements = AttendanceRepository::schemaStatements();
    if (dialectOf(db) == SqlDialect::PostgreSQL) {
        for (const char *table : {"attendance", "walk_ins"}) {
            statements.append(u"CREATE TRIGGER "_qs % QLatin1String(table) %
                              u"_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "_qs %
                              QLatin1String(table) %
                              u" FOR EACH STATEMENT EXECUTE FUNCTION exchange_planner_notify()"_qs);
        }
    }
    for (const QString &statement : std::as_const(statements)) {
        if (const QSqlError error = sql::runUnprepared(db, dialect::ddl(dialectOf(db), statement));
            error.isValid())
            return error;
    }
    return {};
}

} // namespace

QSqlError run(QSqlDatabase &db, int version)
{
    if (version == 18)
        return waitingList(db);
    if (version == 19)
        return lettersAndMessages(db);
    if (version == 20)
        return signedSheets(db);
    if (version != 16 && version != 17)
        return QSqlError(QString(), QStringLiteral("no visit step %1").arg(version),
                         QSqlError::UnknownError);
    for (const QString &statement : version == 16 ? version16() : version17()) {
        if (const QSqlError error = sql::runUnprepared(db, dialect::ddl(dialectOf(db), statement));
            error.isValid())
            return error;
    }
    return {};
}

} // namespace ep::schema::visitSteps
