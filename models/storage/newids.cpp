#include "storage/newids.h"

#include "storage/sql.h"

#include <QSqlQuery>

namespace ep {

qint64 nextUnusedId(const QSqlDatabase &db, const QString &table, QSqlError *error)
{
    // max(id) as well: a table rebuilt with AUTOINCREMENT (schema version 5)
    // has no counter until its first insert.
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QSqlError failed =
        sql::run(query,
                 u"SELECT max(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = :table), 0),"
                 u" COALESCE((SELECT max(id) FROM "_qs %
                     table % u"), 0)) + 1"_qs,
                 {{QStringLiteral(":table"), table}});
    if (error)
        *error = failed;
    return !failed.isValid() && query.next() ? query.value(0).toLongLong() : -1;
}

} // namespace ep
