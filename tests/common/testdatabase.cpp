#include "testdatabase.h"

#include "serverdatabases.h"
#include "storage/demoprogramme.h"

#include <QFile>
#include <QTest>

namespace ep::test {

TestDatabase::TestDatabase()
    : m_server(serverUri().isEmpty() ? nullptr : std::make_unique<ServerDatabases>(serverUri()))
    , m_path(m_server ? m_server->create() : m_dir.filePath(QStringLiteral("planner.sqlite")))
    , m_database(std::make_unique<Database>())
{
    const Database::OpenResult result = m_database->open(m_path);
    if (!result.ok())
        qFatal("cannot create the test database: %s", qPrintable(result.message));
}

TestDatabase::~TestDatabase()
{
    m_database.reset();
    m_server.reset();
}

QString TestDatabase::serverUri()
{
    return qEnvironmentVariable("EXCHANGE_PLANNER_TEST_POSTGRESQL");
}

QString TestDatabase::newServerDatabase()
{
    if (!m_server)
        qFatal("newServerDatabase(): the tests run on SQLite files, not on a server");
    return m_server->create();
}

void TestDatabase::writeDemoProgramme()
{
    QFile programme(QStringLiteral(":/demo/demo-programme.json"));
    if (!programme.open(QIODevice::ReadOnly))
        qFatal("the demo programme is not in the resources");
    const QString error = DemoProgramme::write(connection(), programme.readAll());
    if (!error.isEmpty())
        qFatal("the demo programme was not written: %s", qPrintable(error));
}

void TestDatabase::reopen()
{
    m_database = std::make_unique<Database>();
    const Database::OpenResult result = m_database->open(m_path);
    if (!result.ok())
        qFatal("cannot reopen the test database: %s", qPrintable(result.message));
}

QByteArray fileContent(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace ep::test
