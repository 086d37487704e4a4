#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <utility>

namespace ep {

// Where a team database is: libpq's connection URI
// (postgresql://user@host:port/dbname?sslmode=require&…), with every
// parameter libpq knows. libpq itself reads it (PQconninfoParse), so that
// the planner understands exactly what psql would.
class ServerLocation final
{
    Q_DECLARE_TR_FUNCTIONS(ServerLocation)

public:
    // Whether `location` names a server rather than a database file.
    static bool isServer(const QString &location);

    // The parts of `location`; `error` (libpq's words) when it is not a
    // connection URI libpq reads.
    static ServerLocation parse(const QString &location, QString *error = nullptr);

    // A URI of the parts the connection dialog asks for; empty parts are
    // left to libpq's defaults (PGHOST, PGUSER …, the local socket).
    static QString uri(const QString &host, int port, const QString &database, const QString &user,
                       const QString &sslMode);

    QString host() const { return m_host; }
    int port() const { return m_port; } // 0: libpq's default
    QString database() const { return m_database; }
    QString user() const { return m_user; }
    QString sslMode() const { return m_sslMode; }
    bool hasPassword() const { return m_hasPassword; }

    // The location as written, without a password it may hold: what may be
    // remembered, shown and printed.
    QString withoutPassword() const { return m_withoutPassword; }
    // "user@host:port/database" for titles and messages.
    QString displayName() const;
    // The same for a QPSQL connection that applyTo() set up.
    static QString displayName(const QSqlDatabase &db);

    // Sets up a QPSQL connection to this location: the main parts as the
    // driver's own, every other parameter libpq knows as connect options
    // (QPSQL hands libpq a keyword/value string, and does not expand a URI).
    // `password` (asked for by the window) wins over one the URI holds.
    // False, with `error`, for a value the driver cannot pass on (";").
    bool applyTo(QSqlDatabase &db, const QString &password, QString *error) const;

private:
    QString m_host;
    int m_port = 0;
    QString m_database;
    QString m_user;
    QString m_sslMode;
    bool m_hasPassword = false;
    QString m_password;                          // from the URI; held in memory only
    QList<std::pair<QString, QString>> m_others; // every other parameter given
    QString m_withoutPassword;
};

} // namespace ep
