#pragma once

#include "storage/database.h"

#include <QTemporaryDir>

#include <memory>

namespace ep::test {

class ServerDatabases;

// A fresh database for one test, gone with the object: a file in a temporary
// folder or, when the test run sets EXCHANGE_PLANNER_TEST_POSTGRESQL (the
// maintenance URI of its PostgreSQL server), a database of its own on that
// server. The same suite runs on both engines that way (CMake: BOTH_ENGINES).
class TestDatabase final
{
public:
    TestDatabase();
    // Closes the database before it is dropped from the server.
    ~TestDatabase();
    Q_DISABLE_COPY_MOVE(TestDatabase)

    Database &database() { return *m_database; }
    QSqlDatabase connection() const { return m_database->connection(); }
    // Where the database is, as the program takes it in --database: the
    // file's path, or the database's URI on the server.
    QString path() const { return m_path; }
    // A temporary folder for the test's other files, on both engines.
    QString folder() const { return m_dir.path(); }

    // Whether the database is on the PostgreSQL server rather than a file.
    bool isServer() const { return m_server != nullptr; }
    // The server's maintenance URI; empty when the tests run on SQLite.
    static QString serverUri();
    // Another empty database on the server, e.g. the target of copying a
    // file to the server; its URI. Dropped with this object. Server only.
    QString newServerDatabase();

    // Writes the demo programme (the same bytes the program carries).
    void writeDemoProgramme();
    // Closes and opens the database again, as a restart of the program would.
    void reopen();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ServerDatabases> m_server; // null on SQLite
    QString m_path;
    std::unique_ptr<Database> m_database;
};

// The bytes of a file, to prove it unchanged.
QByteArray fileContent(const QString &path);

} // namespace ep::test
