#include "import/spreadsheetimport.h"

#include "csv/csvreader.h"
#include "import/importcapacity.h"
#include "import/importmessages.h"
#include "import/importwriter.h"
#include "import/rowreader.h"
#include "storage/sql.h"
#include "storage/sqldialect.h"
#include "storage/storageproblem.h"
#include "storage/transaction.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace ep {
namespace {

// The report's problem when the database refused: in use, read-only, full
// … in the words of StorageProblems, else `fallback`. `rowRefused`: the
// fallback blames the row being written (bad input), not the database.
void databaseProblem(ImportReport &report, const QSqlDatabase &db, const QString &code,
                     const QString &detail, const QString &fallback, bool rowRefused = false)
{
    const StorageProblem problem = StorageProblems::of(db, code, detail);
    report.databaseProblem = problem.isStorageCause() || !rowRefused;
    report.fileProblem = problem.isStorageCause() ? problem.message : fallback;
}

} // namespace

ImportReport SpreadsheetImport::run(QSqlDatabase db, const QString &path,
                                    const ImportSettings &settings, const Progress &progress)
{
    ImportReport report;
    const QString name = settings.fileName.isEmpty() ? path : settings.fileName;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report.fileProblem = tr("%1 cannot be opened: %2").arg(name, file.errorString());
        return report;
    }
    if (report.fileProblem = ImportMessages::binaryProblem(file, name);
        !report.fileProblem.isEmpty())
        return report;

    // The journal stays the write-ahead log: switching it off for the import
    // (once done for speed) made the open windows' connections read a
    // malformed database after the import (tst_manywindows).
    //
    // The transaction takes the write lock as it begins (BEGIN IMMEDIATE),
    // waiting for another writer as long as the busy timeout allows: from
    // here on nobody deletes the event, or stores a person, before the
    // import commits. Everything it refers to it has looked up or created
    // itself inside the transaction, and the foreign keys stay on: checked
    // once, at the commit, which fails rather than leave a participation
    // pointing at nothing.
    Transaction transaction(db);
    if (!transaction.isActive()) {
        const QSqlError error = transaction.error();
        databaseProblem(report, db, error.nativeErrorCode(), error.databaseText(),
                        tr("The database refused the import: %1").arg(error.text()));
        return report;
    }
    ImportCapacity capacity; // participants: the event's places
    if (settings.target == ImportTarget::Participants) {
        QSqlQuery event(db);
        if (const QSqlError error = sql::run(event,
                                             u"SELECT 1 FROM events WHERE id = :id"_qs %
                                                 dialect::keptUntilCommit(dialectOf(db)),
                                             {{QStringLiteral(":id"), settings.eventId}});
            error.isValid()) {
            databaseProblem(report, db, error.nativeErrorCode(), error.databaseText(),
                            tr("The database refused the import: %1").arg(error.text()));
            return report;
        }
        if (!event.next()) {
            report.fileProblem =
                tr("There is no event %1 (any more); nothing was imported.").arg(settings.eventId);
            return report;
        }
        if (const QSqlError error = capacity.readBefore(db, settings.eventId); error.isValid()) {
            databaseProblem(report, db, error.nativeErrorCode(), error.databaseText(),
                            tr("The database refused the import: %1").arg(error.text()));
            return report;
        }
    }
    const bool sqlite = dialectOf(db) == SqlDialect::SQLite;
    if (sqlite) {
        // Foreign keys checked once at the commit, not by each statement: an
        // immediate check makes SQLite keep a statement journal for every row.
        sql::run(db, QStringLiteral("PRAGMA defer_foreign_keys = ON"));
        // Room in the page cache (8 MiB) for the indexes that grow with every
        // row; more buys no measurable speed (16 and 32 MiB timed), and a fixed
        // cap keeps memory flat however long the file is.
        sql::run(db, QStringLiteral("PRAGMA cache_size = -8192"));
    }
    ImportWriter writer(db, settings, report);
    if (!writer.error().isEmpty()) {
        databaseProblem(report, db, writer.errorCode(), writer.error(),
                        tr("The database refused the import: %1").arg(writer.error()));
        return report;
    }
    RowReader rows(settings, report);
    int recordIndex = 0;
    bool headerTaken = false;
    bool writeFailed = false;
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
        // Every valid row is written, also after an invalid one, so that each
        // is checked against what the rows before it stored (the same email
        // under another name); the commit below decides whether any of it
        // stays.
        QString conflict;
        if (row && writer.checkEmail(*row, conflict) && !conflict.isEmpty()) {
            rows.reject(*row, Field::Email, conflict);
            row.reset();
        }
        if (!writer.error().isEmpty() || (row && !writer.write(std::move(*row)))) {
            databaseProblem(report, db, writer.errorCode(), writer.error(),
                            tr("Line %1: the database refused the row: %2")
                                .arg(record.line)
                                .arg(writer.error()),
                            true);
            writeFailed = true;
            return false;
        }
        return !progress || progress(file.pos(), file.size());
    });
    if (!writeFailed && status == CsvReader::Status::Done && !writer.flush()) {
        databaseProblem(report, db, writer.errorCode(), writer.error(),
                        tr("The database refused the import: %1").arg(writer.error()));
        writeFailed = true;
    }
    if (!writeFailed && status == CsvReader::Status::Done) {
        if (const QSqlError error = capacity.apply(db, report); error.isValid()) {
            databaseProblem(report, db, error.nativeErrorCode(), error.databaseText(),
                            tr("The database refused the import: %1").arg(error.text()));
            writeFailed = true;
        }
    }
    if (sqlite)
        sql::run(db, QStringLiteral("PRAGMA cache_size = -2000")); // SQLite's default

    if (report.fileProblem.isEmpty())
        report.fileProblem = ImportMessages::readProblem(status, reader.problemLine(), name);
    if (status == CsvReader::Status::Cancelled && !writeFailed && report.fileProblem.isEmpty())
        report.cancelled = true;
    if (report.fileProblem.isEmpty() && !report.cancelled) {
        if (!headerTaken)
            report.fileProblem = tr("%1 holds no rows at all.").arg(name);
        else if (report.rows == 0)
            report.fileProblem = tr("%1 holds the column names but no data rows.").arg(name);
    }
    const bool complete = report.canImport() && (report.invalid == 0 || settings.skipInvalidRows);
    if (complete && !settings.dryRun) {
        report.written = transaction.commit();
        if (!report.written) {
            const QSqlError error = transaction.error();
            databaseProblem(report, db, error.nativeErrorCode(), error.databaseText(),
                            tr("The import could not be written: %1").arg(error.text()));
        }
    }
    return report;
}

} // namespace ep
