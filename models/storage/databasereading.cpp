// Database::openToRead(): a database file looked at, never written.

#include "storage/database.h"
#include "storage/storageproblem.h"

#include <QFileInfo>
#include <QSqlError>

namespace ep {

Database::OpenResult Database::openToRead(const QString &path)
{
    close();
    const QFileInfo info(path);
    OpenResult result;
    if (!info.isFile()) {
        result.status = Status::CannotOpen;
        result.message = info.exists() ? tr("%1 is a folder, not a database file.").arg(path)
                                       : tr("%1 does not exist.").arg(path);
        return result;
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(info.absoluteFilePath());
        // Neither WAL nor foreign keys are set: a pragma that changes the
        // journal writes to the file.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            m_location = info.absoluteFilePath();
            result = checkExisting(path);
            if (result.ok() && db.tables().isEmpty()) {
                result.status = Status::ForeignDatabase;
                result.message =
                    tr("%1 is an empty database, not one of Exchange Planner.").arg(path);
            }
        } else {
            result.status = Status::CannotOpen;
            result.message = StorageProblems::of(db.lastError(), path).message;
        }
    } // the handle goes before the connection is removed
    if (!result.ok())
        close();
    return result;
}

} // namespace ep
