#pragma once

#include <QString>
#include <QStringList>

namespace ep::test {

// What the command line printed, and its exit status.
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The bytes of a file, to prove it unchanged; for a team database on the
// server (a postgresql:// URI), every row of its tables as text.
QByteArray content(const QString &path);
// Counts rows in the database file, read as any SQLite client would.
int rowsIn(const QString &path, const QString &statement);
// Runs `statement` on the database file, foreign keys on, as another
// program (or an older version of this one) would.
bool changeIn(const QString &path, const QString &statement);
// The first value of `statement` on the database file, as text.
QString valueIn(const QString &path, const QString &statement);
// Every row of `statement` on the database file, its columns joined by "|".
QStringList rowsOf(const QString &path, const QString &statement);
// The language code a person reads, as the officer wrote their languages
// ("pl, de, en"): the first of de, pl and en; else `otherwise`.
QString readsIn(const QString &languages, const QString &otherwise);
// The text of a PDF, as pdftotext reads it.
QString pdfText(const QString &path);
// A spreadsheet of tests/data/import.
QString importFixture(const QString &name);

} // namespace ep::test
