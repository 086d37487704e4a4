#include "import/spreadsheetimport.h"

#include "csv/csvreader.h"
#include "import/importmessages.h"
#include "import/importwriter.h"
#include "import/rowreader.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QFile>

namespace ep {

ImportReport SpreadsheetImport::run(QSqlDatabase db, const QString &path,
                                    const ImportSettings &settings, const Progress &progress)
{
    ImportReport report;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report.fileProblem = tr("%1 cannot be opened: %2").arg(path, file.errorString());
        return report;
    }
    if (report.fileProblem = ImportMessages::binaryProblem(file); !report.fileProblem.isEmpty())
        return report;
    if (settings.target == ImportTarget::Participants &&
        sql::count(db, QStringLiteral("SELECT count(*) FROM events WHERE id = :id"),
                   {{QStringLiteral(":id"), settings.eventId}}) == 0) {
        report.fileProblem = tr("There is no event %1.").arg(settings.eventId);
        return report;
    }

    // Every reference the import writes it has looked up or created itself
    // (the event above, organisations, people); checking each again per row
    // would cost a third of the insert. Switched back on when this returns.
    // (SQLite only switches them outside a transaction: nested in another
    // one, the import keeps them, just slower.)
    //
    // The journal stays the write-ahead log: switching it off for the import
    // (once done for speed) made the open windows' connections read a
    // malformed database after the import (tst_manywindows).
    struct BulkLoad
    {
        QSqlDatabase db;
        explicit BulkLoad(QSqlDatabase database)
            : db(std::move(database))
        {
            sql::run(db, QStringLiteral("PRAGMA foreign_keys = OFF"));
        }
        ~BulkLoad() { sql::run(db, QStringLiteral("PRAGMA foreign_keys = ON")); }
    } bulkLoad(db);

    Transaction transaction(db);
    // Foreign keys checked once at the commit, not by each statement: an
    // immediate check makes SQLite keep a statement journal for every row.
    sql::run(db, QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    // Room in the page cache (8 MiB) for the indexes that grow with every
    // row; more buys no measurable speed (16 and 32 MiB timed), and a fixed
    // cap keeps memory flat however long the file is.
    sql::run(db, QStringLiteral("PRAGMA cache_size = -8192"));
    ImportWriter writer(db, settings, report);
    if (!writer.error().isEmpty()) {
        report.fileProblem = tr("The database refused the import: %1").arg(writer.error());
        return report;
    }
    RowReader rows(settings, report);
    int recordIndex = 0;
    bool headerTaken = false;
    QString writeError;
    CsvReader reader(settings.format.delimiter);
    const CsvReader::Status status = reader.read(&file, [&](const CsvReader::Record &record) {
        const int index = recordIndex++;
        if (index < settings.format.headerRecord)
            return true;
        if (!headerTaken) {
            headerTaken = true;
            return rows.takeHeader(record);
        }
        ++report.rows;
        std::optional<ImportRow> row = rows.take(record);
        // After an invalid row nothing more is written (unless invalid rows
        // are left out), but every row is still checked and reported.
        const bool writing = report.invalid == 0 || settings.skipInvalidRows;
        if (row && writing && !writer.write(std::move(*row))) {
            writeError = tr("Line %1: the database refused the row: %2")
                             .arg(record.line)
                             .arg(writer.error());
            return false;
        }
        return !progress || progress(file.pos(), file.size());
    });
    const bool writing = report.invalid == 0 || settings.skipInvalidRows;
    if (writeError.isEmpty() && writing && status == CsvReader::Status::Done && !writer.flush())
        writeError = tr("The database refused the import: %1").arg(writer.error());
    sql::run(db, QStringLiteral("PRAGMA cache_size = -2000")); // SQLite's default

    if (report.fileProblem.isEmpty())
        report.fileProblem = writeError.isEmpty()
                                 ? ImportMessages::readProblem(status, reader.problemLine(), path)
                                 : writeError;
    if (status == CsvReader::Status::Cancelled && writeError.isEmpty() &&
        report.fileProblem.isEmpty())
        report.cancelled = true;
    if (report.fileProblem.isEmpty() && !report.cancelled) {
        if (!headerTaken)
            report.fileProblem = tr("%1 holds no rows at all.").arg(path);
        else if (report.rows == 0)
            report.fileProblem = tr("%1 holds the column names but no data rows.").arg(path);
    }
    const bool complete = report.canImport() && (report.invalid == 0 || settings.skipInvalidRows);
    if (complete && !settings.dryRun) {
        report.written = transaction.commit();
        if (!report.written)
            report.fileProblem =
                tr("The import could not be written: %1").arg(transaction.error().text());
    }
    return report;
}

} // namespace ep
