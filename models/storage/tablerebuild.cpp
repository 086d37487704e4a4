#include "storage/tablerebuild.h"

#include "storage/sql.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringList>

namespace ep::schema {

QSqlError rebuildTable(QSqlDatabase &db, const QString &table,
                       const std::function<QString(QString create)> &edit)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT type, sql FROM sqlite_master WHERE tbl_name = '"_qs % table %
                    u"' AND sql IS NOT NULL"_qs))
        return query.lastError();
    QString create;
    QStringList indexes;
    while (query.next()) {
        if (query.value(0).toString() == u"table")
            create = query.value(1).toString();
        else
            indexes.append(query.value(1).toString());
    }
    query.finish();
    static const QRegularExpression head(QStringLiteral("^CREATE TABLE\\s+\"?\\w+\"?\\s*\\("));
    const QString copy = table % u"_rebuilt"_qs;
    create.replace(head, u"CREATE TABLE "_qs % copy % u" ("_qs);
    for (const QString &statement :
         QStringList{edit(create), u"INSERT INTO "_qs % copy % u" SELECT * FROM "_qs % table,
                     u"DROP TABLE "_qs % table,
                     u"ALTER TABLE "_qs % copy % u" RENAME TO "_qs % table} +
             indexes) {
        if (const QSqlError error = sql::runUnprepared(db, statement); error.isValid())
            return error;
    }
    return {};
}

} // namespace ep::schema
