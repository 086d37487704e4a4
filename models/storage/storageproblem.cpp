#include "storage/storageproblem.h"

#include "storage/database.h"
#include "storage/sqldialect.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStorageInfo>

#include <sqlite3.h>

namespace ep {
namespace {

StorageProblem problem(StorageProblem::Cause cause, const QString &message)
{
    return {cause, message};
}

QString folderOf(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absolutePath());
}

} // namespace

StorageProblem StorageProblems::of(const QSqlError &error, const QString &path)
{
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric);
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return of(numeric ? code : SQLITE_ERROR, path, detail);
}

StorageProblem StorageProblems::of(const QSqlDatabase &db, const QString &code,
                                   const QString &detail)
{
    if (dialectOf(db) == SqlDialect::PostgreSQL)
        return ofServer(code, Database::displayLocation(db), detail);
    bool numeric = false;
    const int sqliteCode = code.toInt(&numeric);
    return of(numeric ? sqliteCode : SQLITE_ERROR, db.databaseName(), detail);
}

StorageProblem StorageProblems::of(const QSqlDatabase &db, const QSqlError &error)
{
    return of(db, error.nativeErrorCode(),
              error.databaseText().isEmpty() ? error.text() : error.databaseText());
}

StorageProblem StorageProblems::ofServer(const QString &state, const QString &name,
                                         const QString &detail)
{
    using enum StorageProblem::Cause;
    const QString reason = detail.trimmed();
    // Class 08: the connection; 57P0x: the server shut down or starts. A
    // connection that broke in the middle of a statement has no state at all.
    static const QStringList lostWords{
        u"server closed the connection"_qs, u"no connection to the server"_qs,
        u"connection to server"_qs,         u"terminating connection"_qs,
        u"could not send data"_qs,          u"could not receive data"_qs};
    const bool lost = state.startsWith(u"08") || state.startsWith(u"57P") ||
                      std::any_of(lostWords.cbegin(), lostWords.cend(),
                                  [&](const QString &word) { return reason.contains(word); });
    if (lost) {
        return problem(ConnectionLost,
                       tr("The connection to the team database %1 is lost (%2); nothing was "
                          "changed.")
                           .arg(name, reason));
    }
    if (state == u"42501") { // insufficient_privilege
        return problem(ReadOnly, tr("The team database %1 refused the change: your database role "
                                    "may not make it (%2). Nothing was changed; ask the "
                                    "database's administrator for an editor's role.")
                                     .arg(name, reason));
    }
    if (state == u"25006") { // read_only_sql_transaction
        return problem(ReadOnly, tr("The team database %1 is read-only at the moment (%2); "
                                    "nothing was changed.")
                                     .arg(name, reason));
    }
    if (state == u"55P03" || state == u"40P01" || state == u"40001") {
        return problem(InUse, tr("The records are in use by another user of the team database "
                                 "%1, who holds them locked; nothing was changed. Try again "
                                 "in a moment.")
                                  .arg(name));
    }
    if (state == u"53100") { // disk_full
        return problem(DiskFull, tr("The server of the team database %1 has no space left on "
                                    "its disk; nothing was changed.")
                                     .arg(name));
    }
    return problem(Other, tr("The team database %1 refused: %2").arg(name, reason));
}

StorageProblem StorageProblems::of(int sqliteCode, const QString &path, const QString &detail)
{
    using enum StorageProblem::Cause;
    const QString file = QDir::toNativeSeparators(path);
    switch (sqliteCode & 0xff) {
    case SQLITE_OK:
    case SQLITE_ROW:
    case SQLITE_DONE:
        return {};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return problem(InUse, tr("%1 is in use by another program, which holds it locked; "
                                 "nothing was changed. Try again when the other program has "
                                 "finished.")
                                  .arg(file));
    case SQLITE_READONLY:
        return readOnly(path);
    case SQLITE_PERM:
    case SQLITE_AUTH:
    case SQLITE_CANTOPEN:
        return permissionDenied(path, detail);
    case SQLITE_FULL:
        return problem(DiskFull, tr("There is no space left on the disk that holds %1; nothing "
                                    "was changed. Free some space and try again.")
                                     .arg(file));
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return problem(NotADatabase,
                       tr("%1 is not an Exchange Planner database (%2). It was left unchanged.")
                           .arg(file, detail));
    default:
        break;
    }
    return problem(Other, tr("%1 cannot be read or written: %2").arg(file, detail));
}

StorageProblem StorageProblems::readOnly(const QString &path)
{
    using enum StorageProblem::Cause;
    const QString file = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (QStorageInfo(info.absolutePath()).isReadOnly()) {
        return problem(ReadOnly, tr("%1 cannot be changed: it is on a read-only disk. Copy it "
                                    "to a folder you may write to.")
                                     .arg(file));
    }
    if (info.exists() && !info.isWritable()) {
        return problem(ReadOnly, tr("%1 is read-only: you may not change it (permission "
                                    "denied). Ask its owner, or work on a copy.")
                                     .arg(file));
    }
    if (!QFileInfo(info.absolutePath()).isWritable()) {
        return problem(ReadOnly, tr("%1 cannot be changed: its folder %2 is read-only for you "
                                    "(permission denied), and the database keeps its log "
                                    "beside the file. Copy it to a folder you may write to.")
                                     .arg(file, folderOf(path)));
    }
    return problem(ReadOnly, tr("%1 is read-only: it cannot be changed.").arg(file));
}

StorageProblem StorageProblems::permissionDenied(const QString &path, const QString &detail)
{
    using enum StorageProblem::Cause;
    const QString file = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    if (info.exists() && !info.isReadable()) {
        return problem(PermissionDenied, tr("%1 cannot be read: permission denied.").arg(file));
    }
    if (folder.exists() && (!folder.isWritable() || !folder.isExecutable())) {
        return problem(PermissionDenied,
                       tr("%1 cannot be opened: you may not write to its folder %2 "
                          "(permission denied), and the database keeps its log beside the file.")
                           .arg(file, folderOf(path)));
    }
    if (info.exists() && !info.isWritable())
        return readOnly(path);
    return problem(Other, tr("%1 cannot be opened: %2").arg(file, detail));
}

} // namespace ep
