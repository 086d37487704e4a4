#include "storage/libpqconnection.h"

#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

namespace ep {

pg_conn *libpqConnection(const QSqlDatabase &db)
{
    if (!db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    // Qt 6 names the type after libpq's struct (pg_conn*), Qt 5 "PGconn*".
    const char *type = handle.typeName();
    if (!handle.isValid() || (qstrcmp(type, "pg_conn*") != 0 && qstrcmp(type, "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

} // namespace ep
