// What the PostgreSQL fixture of the test run (tests/postgresql/server.sh)
// promises the suites that run on it, checked as such a suite sees it:
// through EXCHANGE_PLANNER_TEST_POSTGRESQL and QPSQL. A server that answers,
// only on its socket, that asks the members of ep_password_required for
// their password, and databases of the tests' own that are gone afterwards.

#include "serverdatabases.h"
#include "testdatabase.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>
#include <QVariant>

#include <optional>

using namespace ep;

namespace {

// A connection of its own to the database `uri` names, removed again with
// the object.
class Connection final
{
public:
    explicit Connection(const QString &uri)
        : m_name(u"tst-postgresqlserver-%1"_qs.arg(++s_count))
    {
        test::addServerConnection(uri, m_name);
    }
    ~Connection() { QSqlDatabase::removeDatabase(m_name); }
    Q_DISABLE_COPY_MOVE(Connection)

    bool open() { return db().open(); }
    QString error() const { return db().lastError().text(); }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    // The first column of the first row `sql` returns; invalid on failure.
    QVariant value(const QString &sql) const
    {
        QSqlQuery query(db());
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }
    // The error's text; empty on success.
    QString exec(const QString &sql) const
    {
        QSqlQuery query(db());
        return query.exec(sql) ? QString() : query.lastError().text();
    }

private:
    static inline int s_count = 0;
    QString m_name;
};

// The server's URI as `user` with `password`: what another user would
// connect to. Neither PGPASSWORD (unset by the test) nor a password file
// (`passfile`, one that does not exist) may supply a password.
QString withUser(const QString &user, const QString &password, const QString &passfile)
{
    QUrl url(test::TestDatabase::serverUri());
    url.setUserName(user);
    url.setPassword(password);
    QUrlQuery query(url);
    query.addQueryItem(u"passfile"_qs, passfile);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QString databaseName(const QString &uri)
{
    return QUrl(uri).path().mid(1);
}

// Which of `names` are databases on the server.
QStringList existing(const QStringList &names)
{
    Connection server(test::TestDatabase::serverUri());
    if (!server.open())
        qFatal("the server does not answer: %s", qPrintable(server.error()));
    QStringList found;
    for (const QString &name : names) {
        const QString sql = u"SELECT count(*) FROM pg_database WHERE datname = '%1'"_qs.arg(name);
        if (server.value(sql).toInt() == 1)
            found.append(name);
    }
    return found;
}

const QString passwordUser = u"ep_test_password_user"_qs;
const QString trustedUser = u"ep_test_trusted_user"_qs;

} // namespace

class PostgreSqlServerTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void answersOnItsSocket();
    void listensOnNoNetwork_data();
    void listensOnNoNetwork();
    void groupMembersNeedTheirPassword();
    void helperDatabasesAreDistinctAndDroppedAfterwards();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    const QString m_noPassfile = m_dir.filePath(u"no-pgpass"_qs);
};

void PostgreSqlServerTest::initTestCase()
{
    QVERIFY2(!test::TestDatabase::serverUri().isEmpty(),
             "EXCHANGE_PLANNER_TEST_POSTGRESQL is not set: run this suite through CTest");
    qunsetenv("PGPASSWORD");
}

void PostgreSqlServerTest::answersOnItsSocket()
{
    Connection server(test::TestDatabase::serverUri());
    QVERIFY2(server.open(), qPrintable(server.error()));

    const QString version = server.value(u"SELECT version()"_qs).toString();
    const QRegularExpressionMatch major =
        QRegularExpression(u"^PostgreSQL (\\d+)"_qs).match(version);
    QVERIFY2(major.hasMatch(), qPrintable(version));
    QVERIFY2(major.captured(1).toInt() >= 15, qPrintable(version));

    const QString socketFolder =
        QUrlQuery(QUrl(test::TestDatabase::serverUri())).queryItemValue(u"host"_qs);
    QCOMPARE(server.value(u"SHOW unix_socket_directories"_qs).toString(), socketFolder);
    // UTF-8 with a locale that knows letters beyond ASCII (not --locale=C).
    QCOMPARE(server.value(u"SHOW server_encoding"_qs).toString(), u"UTF8"_qs);
    QCOMPARE(server.value(u"SELECT lower('ŻÓŁW')"_qs).toString(), u"żółw"_qs);
}

void PostgreSqlServerTest::listensOnNoNetwork_data()
{
    QTest::addColumn<QString>("host");
    QTest::newRow("127.0.0.1") << u"127.0.0.1"_qs;
    QTest::newRow("localhost") << u"localhost"_qs;
}

void PostgreSqlServerTest::listensOnNoNetwork()
{
    QFETCH(QString, host);
    Connection server(test::TestDatabase::serverUri());
    QVERIFY2(server.open(), qPrintable(server.error()));
    QCOMPARE(server.value(u"SHOW listen_addresses"_qs).toString(), QString());

    const QString port =
        QUrlQuery(QUrl(test::TestDatabase::serverUri())).queryItemValue(u"port"_qs);
    QVERIFY(!port.isEmpty());
    Connection overTcp(
        u"postgresql://postgres@%1:%2/postgres?connect_timeout=5"_qs.arg(host, port));
    QVERIFY2(!overTcp.open(), "the server answers on TCP");
}

void PostgreSqlServerTest::groupMembersNeedTheirPassword()
{
    {
        Connection server(test::TestDatabase::serverUri());
        QVERIFY2(server.open(), qPrintable(server.error()));
        QCOMPARE(server.exec(
                     u"CREATE ROLE %1 LOGIN PASSWORD 'secret' IN ROLE ep_password_required"_qs.arg(
                         passwordUser)),
                 QString());
        QCOMPARE(server.exec(u"CREATE ROLE %1 LOGIN"_qs.arg(trustedUser)), QString());
    }

    Connection withoutPassword(withUser(passwordUser, QString(), m_noPassfile));
    QVERIFY(!withoutPassword.open());
    QVERIFY2(withoutPassword.error().contains(u"no password supplied"_qs),
             qPrintable(withoutPassword.error()));

    Connection wrongPassword(withUser(passwordUser, u"guess"_qs, m_noPassfile));
    QVERIFY(!wrongPassword.open());
    QVERIFY2(wrongPassword.error().contains(u"password authentication failed"_qs),
             qPrintable(wrongPassword.error()));

    Connection rightPassword(withUser(passwordUser, u"secret"_qs, m_noPassfile));
    QVERIFY2(rightPassword.open(), qPrintable(rightPassword.error()));
    QCOMPARE(rightPassword.value(u"SELECT current_user"_qs).toString(), passwordUser);

    // Outside the group, the socket's trust holds.
    Connection trusted(withUser(trustedUser, QString(), m_noPassfile));
    QVERIFY2(trusted.open(), qPrintable(trusted.error()));
    QCOMPARE(trusted.value(u"SELECT current_user"_qs).toString(), trustedUser);
}

void PostgreSqlServerTest::helperDatabasesAreDistinctAndDroppedAfterwards()
{
    QStringList names;
    {
        // Declared first, so still open when the databases are dropped.
        std::optional<Connection> stillOpen;
        test::ServerDatabases databases(test::TestDatabase::serverUri());
        const QString first = databases.create();
        const QString second = databases.create();
        names = {databaseName(first), databaseName(second)};
        QVERIFY2(names[0].startsWith(u"ep_test_"_qs), qPrintable(first));
        QVERIFY2(names[0] != names[1], qPrintable(first));
        QCOMPARE(existing(names), names);

        Connection one(first);
        Connection other(second);
        QVERIFY2(one.open(), qPrintable(one.error()));
        QVERIFY2(other.open(), qPrintable(other.error()));
        QCOMPARE(one.value(u"SELECT current_database()"_qs).toString(), names[0]);
        QCOMPARE(other.value(u"SELECT current_database()"_qs).toString(), names[1]);
        // Empty, and apart: a table made in one is not in the other.
        const QString tables = u"SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"_qs;
        QCOMPARE(one.value(tables).toInt(), 0);
        QCOMPARE(one.exec(u"CREATE TABLE only_here (id integer)"_qs), QString());
        QCOMPARE(one.value(tables).toInt(), 1);
        QCOMPARE(other.value(tables).toInt(), 0);

        stillOpen.emplace(first);
        QVERIFY2(stillOpen->open(), qPrintable(stillOpen->error()));
    }
    QCOMPARE(existing(names), QStringList());
}

void PostgreSqlServerTest::cleanupTestCase()
{
    Connection server(test::TestDatabase::serverUri());
    if (server.open()) {
        for (const QString &role : {passwordUser, trustedUser})
            server.exec(u"DROP ROLE IF EXISTS %1"_qs.arg(role));
    }
}

QTEST_GUILESS_MAIN(PostgreSqlServerTest)
#include "tst_postgresqlserver.moc"
