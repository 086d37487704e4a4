#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace ep::test {

// Adds (does not open) a QPSQL connection to what a libpq connection URI
// names: "postgresql://user:password@host:port/database?host=/socket/folder".
// QPSQL hands its database name to PQconnectdb() as `dbname=…`, where libpq
// does not expand a URI, so the URI is taken apart here; the parameters
// host, port, user, password and dbname override the URI's parts, any other
// (connect_timeout, passfile, sslmode…) becomes a connect option.
QSqlDatabase addServerConnection(const QString &uri, const QString &connectionName);

// Fresh, empty databases on a PostgreSQL server (15 or later), dropped with
// this object — also while connections to them are still open.
class ServerDatabases final
{
public:
    // `maintenanceUri`: a database on the server as a user who may create
    // databases, e.g. the test run's EXCHANGE_PLANNER_TEST_POSTGRESQL.
    explicit ServerDatabases(QString maintenanceUri);
    ~ServerDatabases();
    Q_DISABLE_COPY_MOVE(ServerDatabases)

    // Creates an empty database named ep_test_<pid>_<n>, unique on the server
    // while this process runs, and returns its URI: the maintenance URI with
    // the new database's name in place of the maintenance database's.
    QString create();

private:
    // Runs `statement` on a connection of its own to the maintenance
    // database; returns the error's text, empty on success.
    QString runOnServer(const QString &statement) const;

    QString m_maintenanceUri;
    QStringList m_names;
};

} // namespace ep::test
