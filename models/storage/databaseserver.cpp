#include "storage/database.h"
#include "storage/libpqconnection.h"
#include "storage/schema.h"
#include "storage/serverlocation.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>

// The team database's half of Database: connecting to a PostgreSQL server,
// the state of the connection, the rights of the role.
namespace ep {
namespace {

Database::OpenResult failure(Database::Status status, const QString &message)
{
    Database::OpenResult result;
    result.status = status;
    result.message = message;
    return result;
}

} // namespace

Database::OpenResult Database::openServer(const QString &location, const QString &password)
{
    QString parseError;
    const ServerLocation server = ServerLocation::parse(location, &parseError);
    if (!parseError.isEmpty()) {
        return failure(Status::BadLocation, tr("%1 is not a team database address libpq reads: %2")
                                                .arg(server.withoutPassword(), parseError));
    }
    const QString name = server.displayName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (QString error; !server.applyTo(db, password, &error)) {
        return failure(Status::BadLocation, tr("%1 is not a team database address libpq reads: %2")
                                                .arg(server.withoutPassword(), error));
    }
    if (!db.open()) {
        const QString reason = db.lastError().databaseText().trimmed();
        if (reason.contains(u"no password supplied")) {
            return failure(Status::NeedsPassword,
                           tr("The team database %1 asks for a password, and none was given. "
                              "Put it in ~/.pgpass, in the environment variable PGPASSWORD or "
                              "in a service file (pg_service.conf); the command line never asks "
                              "for it.")
                               .arg(name));
        }
        if (reason.contains(u"authentication failed")) {
            return failure(Status::PasswordRefused,
                           tr("The team database %1 refused the user or the password (%2).")
                               .arg(name, reason));
        }
        return failure(Status::CannotOpen,
                       tr("Cannot connect to the team database %1: %2").arg(name, reason));
    }
    m_location = server.withoutPassword();
    OpenResult result = checkExisting(name);
    if (!result.ok())
        return result;
    if (const int version = schemaVersion(); version < schema::currentVersion())
        return upgrade(version, name);
    return {};
}

bool Database::isConnected() const
{
    if (!isServer())
        return isOpen();
    PGconn *server = libpqConnection(connection());
    return server && PQstatus(server) == CONNECTION_OK;
}

bool Database::reconnect()
{
    if (!isServer())
        return isOpen();
    QSqlDatabase db = connection();
    db.close();
    return db.open();
}

bool Database::mayWrite() const
{
    if (!isServer())
        return true;
    // Every table of ours must take changes, and the session must not be
    // read-only (a standby server, or default_transaction_read_only).
    QSqlQuery query(connection());
    return query.exec(QStringLiteral(
               "SELECT current_setting('transaction_read_only') = 'off' AND"
               " COALESCE(bool_and(has_table_privilege(c.oid, 'INSERT, UPDATE, DELETE')), true)"
               " FROM pg_class c"
               " WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r'")) &&
           query.next() && query.value(0).toBool();
}

QString Database::displayLocation(const QSqlDatabase &db)
{
    if (dialectOf(db) == SqlDialect::PostgreSQL)
        return ServerLocation::displayName(db);
    return QDir::toNativeSeparators(db.databaseName());
}

} // namespace ep
