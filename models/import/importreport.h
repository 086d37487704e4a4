#pragma once

#include "csv/csvformat.h"
#include "import/importfields.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace ep {

struct ImportSettings
{
    ImportTarget target = ImportTarget::Participants;
    int eventId = 0; // participants: the event they take part in
    CsvFormat format;
    // A field for each column of the header row; empty: guessed from the names.
    QList<Field> mapping;
    // Columns named by their header, taken as the field given whatever the
    // mapping says (Field::Ignore: left out) — the command line's --map and
    // --ignore-column. A name no column has is refused with the columns there are.
    QList<std::pair<QString, Field>> columnFields;
    // Matched people: replace stored values that the file has differently
    // (otherwise only empty fields are filled in); people who take part in
    // the event already: replace their participation's values with those
    // the file gives (otherwise it stays as stored). The wizard's "Replace
    // stored values", the command line's --update.
    bool overwriteStoredValues = false;
    // Import the valid rows and leave the invalid ones out, instead of nothing.
    bool skipInvalidRows = false;
    // Check everything, write nothing.
    bool dryRun = false;
    // The file as messages name it; empty: the path imported. (A pipe is
    // imported from a copy, and named as the user gave it.)
    QString fileName;
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
    int rows = 0;    // data rows read
    int created = 0; // people stored new
    int matched = 0; // rows that found a stored person (or one created by an earlier row)
    int skipped = 0; // rows whose person already takes part in the event, left as stored
    int participationsUpdated = 0;   // rows whose person took part, with the file's values now
    int participationsDiffering = 0; // of the skipped rows: the file has other values
    int invalid = 0;                 // rows with problems
    int storedValuesKept = 0; // matched people's values that differ from the file's and stayed
    int storedValuesReplaced = 0;
    int organisationsCreated = 0;
    // The event's places (0: no limit), and who the import's confirmations
    // put on the waiting list or its cancellations moved up (ImportCapacity).
    int capacity = 0;
    int waitlisted = 0;
    int movedUp = 0;
    QList<ImportProblem> problems; // every problem of every invalid row
    QString fileProblem;           // the file cannot be imported at all: one sentence
    // fileProblem is the database's (in use by another program, read-only,
    // full), not the file's.
    bool databaseProblem = false;
    bool cancelled = false;
    bool written = false; // the changes were committed

    bool canImport() const { return fileProblem.isEmpty() && !cancelled; }
};

} // namespace ep
