#pragma once

#include <QSqlDatabase>

struct pg_conn;

namespace ep {

// The libpq connection behind a QPSQL database (PGconn), for what Qt's
// driver does not offer: COPY, the connection's status. Null for another
// driver or a closed connection.
pg_conn *libpqConnection(const QSqlDatabase &db);

} // namespace ep
