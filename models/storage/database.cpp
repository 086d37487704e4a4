#include "storage/database.h"

#include "storage/actinguser.h"
#include "storage/databasecopy.h"
#include "storage/fileidentity.h"
#include "storage/personchanges.h"
#include "storage/privatecopy.h"
#include "storage/privatefiles.h"
#include "storage/schema.h"
#include "storage/serverlocation.h"
#include "storage/sql.h"
#include "storage/storageproblem.h"
#include "storage/transaction.h"
#include "storage/upgradebackup.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <algorithm>
#include <libpq-fe.h>

namespace ep {
namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("exchange-planner-%1").arg(counter.fetchAndAddRelaxed(1));
}

void keepPlannerFolderPrivate(const QFileInfo &file)
{
    // The planner's own data folder, and the files earlier versions made in
    // it with the umask's mode; a folder the user chose keeps its mode.
    const QFileInfo planner(Database::defaultLocation());
    if (file.absolutePath() != planner.absolutePath())
        return;
    privatefiles::restrictToOwner(planner.absolutePath());
    for (const QString &path : Database::fileWithCompanions(file.absoluteFilePath())) {
        if (QFileInfo::exists(path))
            privatefiles::restrictToOwner(path);
    }
}

Database::OpenResult failure(Database::Status status, const QString &message)
{
    Database::OpenResult result;
    result.status = status;
    result.message = message;
    return result;
}

} // namespace

Database::Database()
    : m_connectionName(nextConnectionName())
{}

Database::~Database()
{
    close();
}

QString Database::defaultLocation()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("exchange-planner.sqlite"));
}

Database::OpenResult Database::open(const QString &location, const QString &password)
{
    close();
    // Absolute, so that the location remembered (the window's last
    // database) is found again from another working folder.
    OpenResult result = ServerLocation::isServer(location)
                            ? openServer(location, password)
                            : openSqliteFile(QFileInfo(location).absoluteFilePath());
    // Who changes a person's data is recorded by this connection's own
    // triggers on a file (a server's are the schema's).
    if (result.ok() && !isServer()) {
        if (const QSqlError error =
                PersonChanges::recordOnConnection(connection(), actingUser(connection()));
            error.isValid())
            result = failure(Status::CannotOpen, describeFailure(connection(), error));
    }
    if (!result.ok())
        close();
    return result;
}

Database::OpenResult Database::openSqliteFile(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists()) {
        if (info.isDir())
            return failure(Status::CannotOpen,
                           tr("%1 is a folder, not a database file.").arg(path));
        // Neither is the file opened here: its header is read by SQLite
        // (checkExisting). Closing a file this process opened on its own
        // would drop every lock SQLite holds on it for another connection
        // (POSIX locks are per process), and a writer could then corrupt
        // what that one reads. Whether it may be read, stat() tells.
        if (!info.isReadable())
            return failure(Status::CannotOpen, StorageProblems::permissionDenied(path, {}).message);
    } else {
        if (!privatefiles::makeFolder(info.absolutePath())) {
            return failure(Status::CannotOpen,
                           tr("Cannot create the folder %1.").arg(info.absolutePath()));
        }
        // Made here with its owner's mode, which SQLite gives its journal
        // files too; it would make the file with the umask's (0644).
        if (QString reason; !privatefiles::createEmpty(path, &reason)) {
            return failure(Status::CannotOpen, tr("Cannot create %1: %2").arg(path, reason));
        }
    }
    keepPlannerFolderPrivate(info);

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        const StorageProblem problem = StorageProblems::of(db.lastError(), path);
        return failure(Status::CannotOpen,
                       problem.isStorageCause()
                           ? problem.message
                           : tr("Cannot open %1: %2").arg(path, db.lastError().databaseText()));
    }
    m_location = path;

    // Nothing is written before the file is known to be ours and not newer.
    OpenResult result = checkExisting(path);
    if (!result.ok())
        return result;
    const int version = schemaVersion();

    {
        QSqlQuery pragma(db);
        // Temporary data (sorting, the journal of a multi-row insert) in
        // memory rather than in files under /var/tmp.
        if (!pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON")) ||
            !pragma.exec(QStringLiteral("PRAGMA temp_store = MEMORY")) ||
            // Deleted rows overwritten, not left in free pages (GDPR
            // erasure), whatever SQLite was built with.
            !pragma.exec(QStringLiteral("PRAGMA secure_delete = ON")) ||
            !pragma.exec(QStringLiteral("PRAGMA journal_mode = WAL"))) {
            const StorageProblem problem = StorageProblems::of(pragma.lastError(), path);
            return failure(
                Status::CannotOpen,
                problem.isStorageCause()
                    ? problem.message
                    : tr("Cannot open %1: %2").arg(path, pragma.lastError().databaseText()));
        }
    } // the pragma's result row would keep a statement open during the upgrade
    if (version < schema::currentVersion())
        return upgrade(version, path);
    return {};
}

Database::OpenResult Database::checkExisting(const QString &path)
{
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    // Reading the schema is the first thing that touches the file's content:
    // a damaged or encrypted file fails here, before anything is written.
    if (!isServer() && !query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
        // A file SQLite may not read (permission, a read-only folder where
        // it keeps its log, another program's lock) is not a damaged one.
        if (const StorageProblem problem = StorageProblems::of(query.lastError(), path);
            problem.isStorageCause())
            return failure(Status::CannotOpen, problem.message);
        if (query.lastError().nativeErrorCode() == u"26") { // SQLITE_NOTADB
            return failure(
                Status::NotADatabase,
                tr("%1 is not an Exchange Planner database: it is not a database file at all. "
                   "It was left unchanged.")
                    .arg(path));
        }
        return failure(Status::NotADatabase,
                       tr("%1 is not an Exchange Planner database (%2). It was left unchanged.")
                           .arg(path, query.lastError().databaseText()));
    }
    const QStringList tables = db.tables();
    if (tables.isEmpty())
        return {};
    if (!tables.contains(QStringLiteral("meta"))) {
        return failure(Status::ForeignDatabase,
                       tr("%1 is a database of another program, not of Exchange Planner. "
                          "It was left unchanged.")
                           .arg(path));
    }
    if (!query.exec(QStringLiteral("SELECT key, value FROM meta"))) {
        return failure(Status::NotADatabase,
                       tr("%1 is not an Exchange Planner database (%2). It was left unchanged.")
                           .arg(path, query.lastError().databaseText()));
    }
    QString application;
    int version = 0;
    while (query.next()) {
        if (query.value(0).toString() == u"application")
            application = query.value(1).toString();
        else if (query.value(0).toString() == u"schema_version")
            version = query.value(1).toInt();
    }
    if (application != QLatin1String(schema::applicationName) || version < 1) {
        return failure(Status::ForeignDatabase,
                       tr("%1 is a database of another program, not of Exchange Planner. "
                          "It was left unchanged.")
                           .arg(path));
    }
    if (version > schema::currentVersion()) {
        return failure(
            Status::NewerSchema,
            tr("%1 was written by a newer version of Exchange Planner (database version %2; "
               "this version reads up to %3). Please install the newer version. "
               "The file was left unchanged.")
                .arg(path)
                .arg(version)
                .arg(schema::currentVersion()));
    }
    return checkTables(path, version);
}

Database::OpenResult Database::checkTables(const QString &path, int version)
{
    QSqlError error;
    const schema::TableColumns present = schema::tablesOf(connection(), &error);
    if (error.isValid()) {
        return failure(Status::NotADatabase,
                       tr("%1 is not an Exchange Planner database (%2). It was left unchanged.")
                           .arg(path, error.databaseText()));
    }
    // The tables the last upgrade made, untouched since (schema.h).
    if (schema::madeTablesDigest(connection()) == schema::tablesDigest(present, version))
        return {};
    QStringList missingTables;
    QStringList missingColumns;
    const schema::TableColumns expected = schema::expectedTables(version);
    for (auto table = expected.cbegin(); table != expected.cend(); ++table) {
        const auto found = present.constFind(table.key());
        if (found == present.cend()) {
            missingTables.append(table.key());
            continue;
        }
        for (const QString &column : table.value()) {
            if (!found->contains(column))
                missingColumns.append(table.key() % u'.' % column);
        }
    }
    if (missingTables.isEmpty() && missingColumns.isEmpty())
        return {};
    QString what;
    if (missingTables.size() == 1)
        what = tr("the table %1 is missing").arg(missingTables.first());
    else if (missingTables.size() > 1)
        what = tr("the tables %1 are missing").arg(missingTables.join(u", "));
    else if (missingColumns.size() == 1)
        what = tr("the column %1 is missing").arg(missingColumns.first());
    else
        what = tr("the columns %1 are missing").arg(missingColumns.join(u", "));
    return failure(Status::Damaged, tr("The database %1 is damaged or was edited by hand: %2. "
                                       "It was left unchanged.")
                                        .arg(path, what));
}

QString Database::describeFailure(const QSqlDatabase &db, const QSqlError &error)
{
    const QString path = displayLocation(db);
    // In use, read-only, no permission, full: said as everywhere else.
    if (const StorageProblem problem = StorageProblems::of(db, error); problem.isStorageCause()) {
        return problem.message;
    }
    // The engines' own words for what a hand-edited database lacks.
    static const QRegularExpression noTable(
        QStringLiteral("(?:no such table: (?:main\\.)?(\\w+)|relation \"(\\w+)\" does not exist)"));
    static const QRegularExpression noColumn(QStringLiteral(
        "(?:no such column: |has no column named )(?:\\w+\\.)?(\\w+)|column (?:\\w+\\.)?\"(\\w+)\""
        "(?: of relation \"\\w+\")? does not exist"));
    const QString text = error.databaseText();
    if (const QRegularExpressionMatch match = noTable.match(text); match.hasMatch()) {
        return tr("The database %1 is damaged or was edited by hand: the table %2 is missing.")
            .arg(path, match.captured(1).isEmpty() ? match.captured(2) : match.captured(1));
    }
    if (const QRegularExpressionMatch match = noColumn.match(text); match.hasMatch()) {
        return tr("The database %1 is damaged or was edited by hand: the column %2 is missing.")
            .arg(path, match.captured(1).isEmpty() ? match.captured(2) : match.captured(1));
    }
    return tr("The database %1 cannot be read: %2. It may be damaged or have been edited by "
              "hand.")
        .arg(path, text.isEmpty() ? error.text() : text);
}

Database::OpenResult Database::upgrade(int fromVersion, const QString &path)
{
    OpenResult result;
    // A server's upgrade needs no copy first: PostgreSQL changes its schema
    // inside the transaction, which is all or nothing; the server's own
    // backups (pg_dump) are the administrator's.
    result.migratedFrom = fromVersion;
    if (fromVersion > 0 && !isServer()) {
        // One copy per version: an upgrade that failed left the file as it
        // was, and its copy serves the next attempt.
        result.backupPath = upgradebackup::current(path, fromVersion);
        if (result.backupPath.isEmpty()) {
            result.backupPath = upgradebackup::newPath(path, fromVersion);
            if (const QSqlError error = backupTo(result.backupPath); error.isValid()) {
                return failure(Status::MigrationFailed,
                               tr("Cannot write the backup copy %1 before upgrading %2: %3. "
                                  "The database was left unchanged.")
                                   .arg(result.backupPath, path, error.databaseText()));
            }
        }
    }
    QSqlDatabase db = connection();
    // A step may rebuild a table (schema version 5); with foreign keys on,
    // dropping the old table would delete every row that refers to it. They
    // are checked, all at once, before the upgrade commits.
    const bool sqlite = !isServer();
    if (sqlite)
        sql::run(db, QStringLiteral("PRAGMA foreign_keys = OFF"));
    const auto foreignKeysBackOn = qScopeGuard([&db, sqlite] {
        if (sqlite)
            sql::run(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    });
    Transaction transaction(db);
    QSqlError error = schema::migrate(db, dialect(), fromVersion);
    if (!error.isValid() && sqlite &&
        sql::count(db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")) > 0) {
        error = QSqlError(QString(), tr("the upgraded database breaks a reference between records"),
                          QSqlError::UnknownError);
    }
    if (!error.isValid()) {
        const schema::TableColumns made = schema::tablesOf(db, &error);
        if (!error.isValid()) {
            error = schema::keepMadeTablesDigest(
                db, schema::tablesDigest(made, schema::currentVersion()));
        }
    }
    if (error.isValid() || !transaction.commit()) {
        const QString reason = error.isValid() ? error.text() : transaction.error().text();
        if (fromVersion == 0 && isServer() && error.nativeErrorCode() == u"42501") {
            return failure(Status::MigrationFailed,
                           tr("The team database %1 is empty, and your database role may not "
                              "create its tables (%2). Ask its administrator to create them, or "
                              "for the right to create tables in it.")
                               .arg(path, reason));
        }
        // The copy stays, and serves the next attempt (upgradebackup::current).
        OpenResult failed =
            failure(Status::MigrationFailed, tr("Upgrading %1 from database version %2 failed: %3. "
                                                "The database was left unchanged.")
                                                 .arg(path)
                                                 .arg(fromVersion)
                                                 .arg(reason));
        failed.backupPath = result.backupPath;
        return failed;
    }
    return result;
}

void Database::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_location.clear();
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) ||
        !query.next()) {
        return 0;
    }
    return query.value(0).toInt();
}

bool Database::holdsNoData() const
{
    QSqlQuery query(connection());
    for (const char *table : {"organisations", "people", "topics", "sites", "events"}) {
        if (!query.exec(u"SELECT 1 FROM "_qs % QLatin1String(table) % u" LIMIT 1"_qs) ||
            query.next()) {
            return false;
        }
    }
    return true;
}

QSqlError Database::copyServerTo(const QString &path) const
{
    // A planner file made as the window makes one, then filled from one
    // repeatable-read snapshot of the server (DatabaseCopy).
    Database copy;
    const OpenResult created = copy.open(path);
    if (!created.ok())
        return QSqlError(QString(), created.message, QSqlError::UnknownError);
    const DatabaseCopy::Result copied = DatabaseCopy::run(connection(), copy.connection());
    copy.close();
    if (!copied.ok())
        return QSqlError(QString(), copied.problem, QSqlError::UnknownError);
    // The file is closed: nothing of it stays in a log beside it.
    QFile::remove(path % u"-wal"_qs);
    QFile::remove(path % u"-shm"_qs);
    return {};
}

bool Database::isOwnFile(const QString &path) const
{
    if (m_location.isEmpty() || isServer())
        return false;
    // SQLite's companions of the file: writing over them is as bad.
    const QStringList own = fileWithCompanions(m_location);
    return std::any_of(own.cbegin(), own.cend(),
                       [&path](const QString &file) { return isSameFile(path, file); });
}

QStringList Database::fileWithCompanions(const QString &path)
{
    return {path, path % u"-wal"_qs, path % u"-shm"_qs, path % u"-journal"_qs};
}

QSqlError Database::backupTo(const QString &path) const
{
    if (isOwnFile(path)) {
        return QSqlError(QString(), tr("%1 is the open database itself").arg(path),
                         QSqlError::UnknownError);
    }
    if (isServer())
        return privatecopy::write(path,
                                  [this](const QString &partial) { return copyServerTo(partial); });
    return privatecopy::vacuumInto(connection(), path);
}

} // namespace ep
