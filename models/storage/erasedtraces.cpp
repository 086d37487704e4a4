#include "storage/erasedtraces.h"

#include "storage/sql.h"
#include "storage/sqldialect.h"

#include <QSqlQuery>

namespace ep {
namespace {

// What SQLite keeps of deleted rows after the commit: the search index's
// entries until its segments are merged, and earlier pages in the
// write-ahead log until it is checkpointed and truncated.
QString cleanSqliteFile(const QSqlDatabase &db)
{
    if (const QSqlError error = sql::run(
            db, QStringLiteral("INSERT INTO people_search(people_search) VALUES ('optimize')"));
        error.isValid())
        return ErasedTraces::tr("The search index could not be rewritten (%1).")
            .arg(error.databaseText());
    QSqlQuery checkpoint(db);
    if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !checkpoint.next() ||
        checkpoint.value(0).toInt() != 0) {
        return ErasedTraces::tr(
            "Another window or program is reading the database: the earlier copies of its "
            "pages in the write-ahead log (the file ending in -wal) are removed when it closes "
            "the database.");
    }
    return {};
}

QString cleanServer(const QSqlDatabase &db)
{
    // Old row versions stay in the server's files until VACUUM; only the
    // tables' owner may run it.
    const QSqlError error = sql::runUnprepared(
        db, QStringLiteral("VACUUM people, participations, event_organisers, agenda_item_hosts, "
                           "sites, events"));
    if (!error.isValid())
        return {};
    return ErasedTraces::tr("The server keeps the old versions of the deleted rows until its "
                            "next VACUUM, which your database role may not run (%1); ask the "
                            "server's administrator.")
        .arg(error.databaseText());
}

} // namespace

QString ErasedTraces::remove(const QSqlDatabase &db)
{
    return dialectOf(db) == SqlDialect::PostgreSQL ? cleanServer(db) : cleanSqliteFile(db);
}

} // namespace ep
