#include "storage/restore.h"

#include "storage/database.h"
#include "storage/fileidentity.h"
#include "storage/preparedstatement.h"
#include "storage/privatecopy.h"
#include "storage/sql.h"
#include "storage/storageproblem.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace ep {
namespace {

using Outcome = Restore::Outcome;

Outcome failure(Outcome::Status status, const QString &message)
{
    Outcome outcome;
    outcome.status = status;
    outcome.message = message;
    return outcome;
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// SQLite's own verdict on the backup's pages and indexes: empty when sound.
QString integrityProblem(const QSqlDatabase &db)
{
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA integrity_check")))
        return check.lastError().databaseText();
    if (check.next() && check.value(0).toString() == u"ok")
        return {};
    return check.value(0).toString();
}

// Writes every page of `source` into `target` in one write transaction of
// `target` (SQLite's online backup); a target in WAL mode stays in it.
QString copyPages(const QSqlDatabase &source, const QSqlDatabase &target)
{
    sqlite3 *to = sqliteHandle(target);
    sqlite3_backup *backup = sqlite3_backup_init(to, "main", sqliteHandle(source), "main");
    if (!backup)
        return QString::fromUtf8(sqlite3_errmsg(to));
    const int stepped = sqlite3_backup_step(backup, -1);
    const int finished = sqlite3_backup_finish(backup);
    if (stepped != SQLITE_DONE || finished != SQLITE_OK)
        return QString::fromUtf8(sqlite3_errstr(stepped != SQLITE_DONE ? stepped : finished));
    return {};
}

// A connection to the database file that holds it for this process alone
// until it is closed: in SQLite's exclusive locking mode, every other
// connection (each open window and program holds a shared lock while it
// has the file open in WAL mode) makes taking it fail at once.
class ExclusiveConnection final
{
public:
    explicit ExclusiveConnection(const QString &path)
        : m_name(QStringLiteral("exchange-planner-restore-%1").arg(counter.fetchAndAddRelaxed(1)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        if (!db.open()) {
            m_error = db.lastError();
            return;
        }
        m_error = sql::run(db, QStringLiteral("PRAGMA locking_mode = EXCLUSIVE"));
        // The lock is taken by the first transaction, and kept after it.
        if (!m_error.isValid())
            m_error = sql::run(db, QStringLiteral("BEGIN EXCLUSIVE"));
        if (!m_error.isValid())
            m_error = sql::run(db, QStringLiteral("COMMIT"));
    }
    ~ExclusiveConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(ExclusiveConnection)

    QSqlDatabase connection() const { return QSqlDatabase::database(m_name, false); }
    const QSqlError &error() const { return m_error; }

private:
    static inline QAtomicInt counter;
    QString m_name;
    QSqlError m_error;
};

} // namespace

QString Restore::keptPathFor(const QString &databasePath, QDate day)
{
    const QFileInfo file(databasePath);
    const QString suffix = file.suffix().isEmpty() ? QStringLiteral("sqlite") : file.suffix();
    const QString base = file.absoluteDir().filePath(file.completeBaseName() % u".before-restore-" %
                                                     sql::dateText(day));
    QString candidate = base % u'.' % suffix;
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = base % u'-' % QString::number(n) % u'.' % suffix;
    return candidate;
}

Outcome Restore::fromBackup(const QString &backupPath, const QString &databasePath, QDate today)
{
    if (isSameFile(backupPath, databasePath)) {
        return failure(Outcome::Status::BadBackup,
                       tr("%1 is the database itself, not a backup of it. Nothing was changed.")
                           .arg(nativePath(backupPath)));
    }
    Database backup;
    if (const Database::OpenResult opened = backup.openToRead(backupPath); !opened.ok()) {
        return failure(Outcome::Status::BadBackup,
                       tr("The backup cannot be restored: %1").arg(opened.message));
    }
    if (const QString problem = integrityProblem(backup.connection()); !problem.isEmpty()) {
        return failure(Outcome::Status::BadBackup,
                       tr("The backup %1 is damaged (SQLite's integrity check: %2). Nothing was "
                          "changed.")
                           .arg(nativePath(backupPath), problem));
    }
    Outcome outcome;
    outcome.backupVersion = backup.schemaVersion();
    if (!QFileInfo::exists(databasePath)) {
        if (const QSqlError error = backup.backupTo(databasePath); error.isValid()) {
            return failure(
                Outcome::Status::Failed,
                tr("%1 cannot be written: %2").arg(nativePath(databasePath), error.text()));
        }
        return outcome;
    }
    {
        // Over a planner database only, though a damaged one (that is what
        // a backup is for): another program's file is not replaced.
        Database current;
        const Database::OpenResult opened = current.openToRead(databasePath);
        using enum Database::Status;
        if (opened.status == ForeignDatabase || opened.status == NotADatabase) {
            return failure(Outcome::Status::BadDatabase,
                           tr("%1 is not an Exchange Planner database; a backup is restored over "
                              "one only. Name a new file to restore into. Nothing was changed.")
                               .arg(nativePath(databasePath)));
        }
    }
    const ExclusiveConnection target(databasePath);
    if (sql::isBusy(target.error())) {
        return failure(Outcome::Status::InUse,
                       tr("%1 is open in another window or program. Close it there, then restore "
                          "again. Nothing was changed.")
                           .arg(nativePath(databasePath)));
    }
    if (target.error().isValid()) {
        const StorageProblem problem = StorageProblems::of(target.error(), databasePath);
        return failure(Outcome::Status::Failed,
                       problem.isStorageCause()
                           ? problem.message
                           : tr("%1 cannot be opened: %2. Nothing was changed.")
                                 .arg(nativePath(databasePath), target.error().databaseText()));
    }
    outcome.keptPath = keptPathFor(databasePath, today);
    if (const QSqlError error = privatecopy::vacuumInto(target.connection(), outcome.keptPath);
        error.isValid()) {
        return failure(Outcome::Status::Failed,
                       tr("The database as it is cannot be kept as %1 (%2), so it was not "
                          "replaced. Nothing was changed.")
                           .arg(nativePath(outcome.keptPath), error.text()));
    }
    if (const QString problem = copyPages(backup.connection(), target.connection());
        !problem.isEmpty()) {
        return failure(Outcome::Status::Failed,
                       tr("%1 could not be restored from %2: %3. The database was left as it was; "
                          "a copy of it is %4.")
                           .arg(nativePath(databasePath), nativePath(backupPath), problem,
                                nativePath(outcome.keptPath)));
    }
    return outcome;
}

} // namespace ep
