#include "storage/privacylog.h"

#include "storage/actinguser.h"
#include "storage/sql.h"

#include <QDateTime>

namespace ep::privacylog {

QSqlError record(const QSqlDatabase &db, Action action, int people, const QString &rule)
{
    return sql::run(
        db,
        QStringLiteral("INSERT INTO privacy_log (happened_at, action, rule, people, done_by)"
                       " VALUES (:at, :action, :rule, :people, :by)"),
        {{QStringLiteral(":at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
         {QStringLiteral(":action"),
          action == Action::Erasure ? QStringLiteral("erasure") : QStringLiteral("retention")},
         {QStringLiteral(":rule"), rule},
         {QStringLiteral(":people"), people},
         {QStringLiteral(":by"), actingUser(db)}});
}

int lastEntry(const QSqlDatabase &db)
{
    return sql::count(db, QStringLiteral("SELECT COALESCE(max(id), 0) FROM privacy_log"));
}

} // namespace ep::privacylog
