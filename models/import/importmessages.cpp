#include "import/importmessages.h"

#include <QFile>

namespace ep {

QString ImportMessages::notTextProblem(const QString &path, qint64 line)
{
    return tr("%1, line %2: the file holds a NUL byte; it is not a text "
              "(CSV) file, or it is saved as UTF-16. Save it from the "
              "spreadsheet as \"CSV (UTF-8)\".")
        .arg(path)
        .arg(line);
}

QString ImportMessages::binaryProblem(QFile &file, const QString &name)
{
    const QByteArray start = file.peek(64 * 1024);
    if (start.startsWith("PK\x03\x04") || start.startsWith("\xD0\xCF\x11\xE0")) {
        return tr("%1 is a spreadsheet workbook (Excel or LibreOffice), not a "
                  "CSV file. Save it from the spreadsheet as \"CSV (UTF-8)\" "
                  "and import that file.")
            .arg(name);
    }
    const qsizetype nul = start.indexOf('\0');
    if (nul < 0)
        return {};
    return notTextProblem(name, start.first(nul).count('\n') + 1);
}

QString ImportMessages::readProblem(CsvReader::Status status, qint64 line, const QString &path)
{
    switch (status) {
    case CsvReader::Status::Done:
    case CsvReader::Status::Cancelled:
        return {};
    case CsvReader::Status::NotText:
        return notTextProblem(path, line);
    case CsvReader::Status::RecordTooLong:
        return tr("%1, line %2: a row longer than %3 MiB; this is not a "
                  "spreadsheet's CSV file, or a quote is never closed.")
            .arg(path)
            .arg(line)
            .arg(CsvReader::defaultMaxRecordSize / (1024 * 1024));
    case CsvReader::Status::UnclosedQuote:
        return tr("%1, line %2: the quote that opens a cell here is never "
                  "closed.")
            .arg(path)
            .arg(line);
    case CsvReader::Status::ReadError:
        break;
    }
    return tr("%1 cannot be read.").arg(path);
}

} // namespace ep
