#include "storage/visitsteps.h"

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

} // namespace

QSqlError run(QSqlDatabase &db, int version)
{
    if (version == 18)
        return waitingList(db);
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
