#include "storage/databasecopy.h"

#include "storage/database.h"
#include "storage/personchanges.h"
#include "storage/schema.h"
#include "storage/sql.h"
#include "storage/sqldialect.h"
#include "storage/transaction.h"

#include <QHash>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace ep {
namespace {

// Rows per INSERT: one statement's overhead shared by many rows.
constexpr int rowsPerStatement = 100;

QString errorText(const QSqlError &error)
{
    return error.databaseText().isEmpty() ? error.text() : error.databaseText().trimmed();
}

// Opens the snapshot the whole copy reads from; the caller ends it.
QSqlError beginSnapshot(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    const bool begun = query.exec(dialectOf(db) == SqlDialect::PostgreSQL
                                      ? u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_qs
                                      : u"BEGIN"_qs);
    // SQLite's deferred transaction takes its snapshot at the first read.
    if (begun && dialectOf(db) == SqlDialect::SQLite)
        query.exec(QStringLiteral("SELECT count(*) FROM meta"));
    return begun ? QSqlError() : query.lastError();
}

QString insertStatement(const QString &table, const QStringList &columns, int rows)
{
    const QString row = u'(' % QStringList(columns.size(), QStringLiteral("?")).join(u", ") % u')';
    return u"INSERT INTO "_qs % table % u" ("_qs % columns.join(u", ") % u") VALUES "_qs %
           QStringList(rows, row).join(u", ");
}

// Copies the rows of `table`; the error of the first statement that failed.
QSqlError copyTable(const QSqlDatabase &source, const QSqlDatabase &target, const QString &table,
                    const QStringList &columns)
{
    QSqlQuery read(source);
    read.setForwardOnly(true);
    const bool hasId = columns.contains(u"id"_qs);
    if (!read.exec(u"SELECT "_qs % columns.join(u", ") % u" FROM "_qs % table %
                   (hasId ? u" ORDER BY id"_qs : QString())))
        return read.lastError();
    QSqlQuery full(target);
    if (!full.prepare(insertStatement(table, columns, rowsPerStatement)))
        return full.lastError();
    QVariantList pending;
    const auto write = [&](QSqlQuery &insert) {
        for (qsizetype i = 0; i < pending.size(); ++i)
            insert.bindValue(int(i), pending.at(i));
        const bool ran = insert.exec();
        pending.clear();
        return ran;
    };
    while (read.next()) {
        for (int column = 0; column < columns.size(); ++column)
            pending.append(read.value(column));
        if (pending.size() == rowsPerStatement * columns.size() && !write(full))
            return full.lastError();
    }
    if (read.lastError().isValid())
        return read.lastError();
    if (!pending.isEmpty()) {
        QSqlQuery rest(target);
        if (!rest.prepare(insertStatement(table, columns, int(pending.size() / columns.size()))) ||
            !write(rest))
            return rest.lastError();
    }
    return {};
}

} // namespace

qint64 DatabaseCopy::Result::totalRows() const
{
    qint64 total = 0;
    for (const TableCount &count : rows)
        total += count.rows;
    return total;
}

QStringList DatabaseCopy::tablesInOrder(const QSqlDatabase &db, const QStringList &tables,
                                        QString *error)
{
    QSqlQuery keys(db);
    keys.setForwardOnly(true);
    if (!keys.exec(dialect::foreignKeys(dialectOf(db)))) {
        if (error)
            *error = errorText(keys.lastError());
        return {};
    }
    QHash<QString, QSet<QString>> references; // table → the tables it refers to
    while (keys.next()) {
        if (keys.value(0) != keys.value(2))
            references[keys.value(0).toString()].insert(keys.value(2).toString());
    }
    QStringList ordered;
    QStringList left = tables;
    while (!left.isEmpty()) {
        const auto ready = std::find_if(left.cbegin(), left.cend(), [&](const QString &table) {
            const QSet<QString> needed = references.value(table);
            return std::all_of(needed.cbegin(), needed.cend(),
                               [&](const QString &other) { return ordered.contains(other); });
        });
        if (ready == left.cend()) { // a cycle: not in this schema
            if (error)
                *error = tr("the tables %1 refer to each other").arg(left.join(u", "));
            return {};
        }
        ordered.append(*ready);
        left.removeAll(*ready);
    }
    if (error)
        error->clear();
    return ordered;
}

DatabaseCopy::Result DatabaseCopy::run(const QSqlDatabase &source, const QSqlDatabase &target)
{
    Result result;
    const QString from = Database::displayLocation(source);
    const QString to = Database::displayLocation(target);
    const auto fail = [&](const QString &what) {
        result.problem =
            tr("Copying %1 to %2 failed: %3. Nothing was written to %2.").arg(from, to, what);
        return result;
    };
    if (const QSqlError error = beginSnapshot(source); error.isValid())
        return fail(Database::describeFailure(source, error));
    // Not prepared: PostgreSQL prepares no ROLLBACK (and the failed PREPARE
    // would leave the connection's transaction aborted).
    const auto endSnapshot =
        qScopeGuard([&source] { QSqlQuery(source).exec(QStringLiteral("ROLLBACK")); });

    // The copy brings the source's record of who changed whom along; the
    // rows it writes are no one's changes.
    if (const QSqlError error = PersonChanges::stopRecording(target); error.isValid())
        return fail(Database::describeFailure(target, error));
    QSqlError unread;
    const schema::TableColumns columns = schema::tablesOf(target, &unread);
    if (unread.isValid())
        return fail(Database::describeFailure(target, unread));
    QString problem;
    const QStringList tables = tablesInOrder(target, columns.keys(), &problem);
    if (tables.isEmpty())
        return fail(problem);
    Transaction transaction(target);
    if (!transaction.isActive())
        return fail(Database::describeFailure(target, transaction.error()));
    // Empty: no record in any table (the tables the planner made on opening
    // it are there). What the planner writes into a new database itself —
    // meta, the default retention policy, the first message templates — is
    // replaced by the source's.
    const QStringList ownRows{u"meta"_qs, u"retention_rules"_qs, u"message_templates"_qs};
    for (const QString &table : tables) {
        if (!ownRows.contains(table) &&
            sql::count(target, u"SELECT count(*) FROM "_qs % table) > 0) {
            result.targetHeldData = true;
            result.problem = tr("%1 already holds data; a copy goes into an empty database only. "
                                "Nothing was written.")
                                 .arg(to);
            return result;
        }
    }
    for (const QString &table : ownRows) {
        if (!tables.contains(table))
            continue;
        if (const QSqlError error = sql::run(target, u"DELETE FROM "_qs % table); error.isValid())
            return fail(Database::describeFailure(target, error));
    }
    for (const QString &table : tables) {
        if (const QSqlError error = copyTable(source, target, table, columns.value(table));
            error.isValid()) {
            return fail(tr("table %1: %2").arg(table, errorText(error)));
        }
        // The counter of ids goes on where the source's stood, deleted ids
        // included: an id is never given twice, in either database.
        if (columns.value(table).contains(u"id"_qs)) {
            QSqlQuery last(source);
            if (!last.exec(dialect::lastGivenId(dialectOf(source), table)) || !last.next())
                return fail(errorText(last.lastError()));
            const qint64 lastId = last.value(0).toLongLong();
            for (const QString &statement :
                 dialect::keepIdsAbove(dialectOf(target), table, lastId)) {
                if (const QSqlError error = sql::run(target, statement); error.isValid())
                    return fail(tr("table %1: %2").arg(table, errorText(error)));
            }
        }
    }
    for (const QString &table : tables) {
        const QString count = u"SELECT count(*) FROM "_qs % table;
        const qint64 read = sql::count(source, count);
        const qint64 written = sql::count(target, count);
        if (read != written) {
            return fail(tr("table %1 has %2 rows in the copy, %3 in the original")
                            .arg(table)
                            .arg(written)
                            .arg(read));
        }
        result.rows.append({table, written});
    }
    if (!transaction.commit())
        return fail(Database::describeFailure(target, transaction.error()));
    return result;
}

} // namespace ep
