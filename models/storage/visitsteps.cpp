#include "storage/visitsteps.h"

#include "storage/sql.h"
#include "storage/sqldialect.h"

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

QSqlError run(QSqlDatabase &db, int version)
{
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
