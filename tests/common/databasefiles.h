#pragma once

#include "manywriters.h"
#include "storage/database.h"
#include "storage/demoprogramme.h"

#include <QFile>
#include <QTest>

#include <sys/stat.h>

// Database files as an administrator and SQLite see them: modes by stat(),
// contents row by row.
namespace ep::test {

// The permission bits stat() gives `path`; -1 when it is not there.
inline int modeOf(const QString &path)
{
    struct stat status
    {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return -1;
    return int(status.st_mode & 07777);
}

inline ino_t inodeOf(const QString &path)
{
    struct stat status
    {};
    ::stat(QFile::encodeName(path).constData(), &status);
    return status.st_ino;
}

// Every row of the database file (everyRow()), read on a connection of the
// test's own that writes nothing; none when it is no planner database.
inline QStringList rowsOf(const QString &path)
{
    Database database;
    if (!database.openToRead(path).ok())
        return {};
    return everyRow(database.connection());
}

// How many rows of `table` the file holds.
inline int countIn(const QString &path, const QString &table)
{
    const QString prefix = table % u": "_qs;
    const QStringList rows = rowsOf(path);
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [&prefix](const QString &row) { return row.startsWith(prefix); }));
}

// A database file at `path` holding the demo programme, closed.
inline void writeDemo(const QString &path)
{
    Database database;
    QVERIFY(database.open(path).ok());
    QFile programme(QStringLiteral(":/demo/demo-programme.json"));
    QVERIFY(programme.open(QIODevice::ReadOnly));
    QCOMPARE(DemoProgramme::write(database.connection(), programme.readAll()), QString());
}

} // namespace ep::test
