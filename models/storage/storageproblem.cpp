#include "storage/storageproblem.h"

#include <QDir>
#include <QFileInfo>
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
