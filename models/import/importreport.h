#pragma once

#include "csv/csvformat.h"
#include "import/importfields.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ep {

struct ImportSettings
{
    ImportTarget target = ImportTarget::Participants;
    int eventId = 0; // participants: the event they take part in
    CsvFormat format;
    // A field for each column of the header row; empty: guessed from the names.
    QList<Field> mapping;
    // Matched people: replace stored values that the file has differently
    // (otherwise only empty fields are filled in).
    bool overwriteStoredValues = false;
    // Import the valid rows and leave the invalid ones out, instead of nothing.
    bool skipInvalidRows = false;
    // Check everything, write nothing.
    bool dryRun = false;
};

// What is wrong with one row: where (line, column) and why.
struct ImportProblem
{
    qint64 line = 0;
    QString column; // the header's name of the column; empty: the row as a whole
    QString reason;
};

struct ImportReport
{
    QStringList headers;
    QList<Field> mapping;
    int rows = 0;             // data rows read
    int created = 0;          // people stored new
    int matched = 0;          // rows that found a stored person (or one created by an earlier row)
    int skipped = 0;          // rows whose person already takes part in the event
    int invalid = 0;          // rows with problems
    int storedValuesKept = 0; // matched people's values that differ from the file's and stayed
    int storedValuesReplaced = 0;
    int organisationsCreated = 0;
    QList<ImportProblem> problems; // every problem of every invalid row
    QString fileProblem;           // the file cannot be imported at all: one sentence
    bool cancelled = false;
    bool written = false; // the changes were committed

    bool canImport() const { return fileProblem.isEmpty() && !cancelled; }
};

} // namespace ep
