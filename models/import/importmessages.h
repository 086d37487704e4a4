#pragma once

#include "csv/csvreader.h"

#include <QCoreApplication>
#include <QString>

class QFile;

namespace ep {

// What the import says about a file it cannot read, one sentence naming the
// file and the line.
class ImportMessages final
{
    Q_DECLARE_TR_FUNCTIONS(SpreadsheetImport)

public:
    // A spreadsheet's own file format, or another binary file, named before
    // the CSV reader stumbles over its header; empty for a text file.
    static QString binaryProblem(QFile &file, const QString &name);
    // What a CSV reader's status means for the file at `path`; empty when
    // it read everything or was cancelled.
    static QString readProblem(CsvReader::Status status, qint64 line, const QString &path);

private:
    static QString notTextProblem(const QString &path, qint64 line);
};

} // namespace ep
