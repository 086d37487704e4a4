#include "serverdatabases.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>
#include <utility>

namespace ep::test {

namespace {

// A value in libpq's keyword=value syntax. QPSQL turns every ';' of its
// connect options into a space, so a value cannot carry one.
QString connectOption(const QString &key, const QString &value)
{
    if (value.contains(u';'))
        qFatal("the connection parameter %s cannot hold a ';'", qPrintable(key));
    QString quoted = value;
    quoted.replace(u"\\"_qs, u"\\\\"_qs).replace(u"'"_qs, u"\\'"_qs);
    return key % u"='"_qs % quoted % u'\'';
}

} // namespace

QSqlDatabase addServerConnection(const QString &uri, const QString &connectionName)
{
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"postgresql" && url.scheme() != u"postgres"))
        qFatal("not a PostgreSQL connection URI: %s", qPrintable(uri));
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_qs))
        qFatal("Qt's PostgreSQL driver QPSQL is missing: install libqt6sql6-psql");

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_qs, connectionName);
    db.setUserName(url.userName());
    db.setPassword(url.password());
    db.setHostName(url.host());
    db.setPort(url.port());
    db.setDatabaseName(url.path().mid(1));
    QStringList options;
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (key == u"host")
            db.setHostName(value);
        else if (key == u"port")
            db.setPort(value.toInt());
        else if (key == u"user")
            db.setUserName(value);
        else if (key == u"password")
            db.setPassword(value);
        else if (key == u"dbname")
            db.setDatabaseName(value);
        else
            options.append(connectOption(key, value));
    }
    db.setConnectOptions(options.join(u';'));
    return db;
}

ServerDatabases::ServerDatabases(QString maintenanceUri)
    : m_maintenanceUri(std::move(maintenanceUri))
{}

ServerDatabases::~ServerDatabases()
{
    for (const QString &name : std::as_const(m_names)) {
        // FORCE: a test may end with a connection still open (another
        // Database, a second window); the server closes it.
        const QString error = runOnServer(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_qs.arg(name));
        if (!error.isEmpty())
            qWarning("the test database %s was not dropped: %s", qPrintable(name),
                     qPrintable(error));
    }
}

QString ServerDatabases::create()
{
    static std::atomic<int> created = 0;
    const QString name = u"ep_test_%1_%2"_qs.arg(QCoreApplication::applicationPid()).arg(++created);
    // FILE_COPY copies template1's files instead of writing them to the WAL:
    // about a third faster for an empty database, and nothing else writes.
    const QString error = runOnServer(u"CREATE DATABASE %1 STRATEGY FILE_COPY"_qs.arg(name));
    if (!error.isEmpty())
        qFatal("cannot create the test database %s: %s", qPrintable(name), qPrintable(error));
    m_names.append(name);

    QUrl url(m_maintenanceUri, QUrl::StrictMode);
    url.setPath(u'/' % name);
    if (QUrlQuery query(url); query.hasQueryItem(u"dbname"_qs)) {
        query.removeAllQueryItems(u"dbname"_qs);
        url.setQuery(query);
    }
    return url.toString(QUrl::FullyEncoded);
}

QString ServerDatabases::runOnServer(const QString &statement) const
{
    static std::atomic<int> connections = 0;
    const QString connectionName = u"ep-test-maintenance-%1"_qs.arg(++connections);
    QString error;
    {
        QSqlDatabase db = addServerConnection(m_maintenanceUri, connectionName);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(statement))
                error = query.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
    return error;
}

} // namespace ep::test
