#pragma once

#include "storage/database.h"

#include <QTemporaryDir>

#include <memory>

namespace ep::test {

// A fresh database file in a temporary folder, removed with the object.
class TestDatabase final
{
public:
    TestDatabase();

    Database &database() { return *m_database; }
    QSqlDatabase connection() const { return m_database->connection(); }
    QString path() const { return m_path; }
    QString folder() const { return m_dir.path(); }

    // Writes the demo programme (the same bytes the program carries).
    void writeDemoProgramme();
    // Closes and opens the file again, as a restart of the program would.
    void reopen();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_database;
};

// The bytes of a file, to prove it unchanged.
QByteArray fileContent(const QString &path);

} // namespace ep::test
