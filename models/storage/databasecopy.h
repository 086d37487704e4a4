#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace ep {

// Copies a whole planner database into another, empty one — a file to a
// team database's server, a server to a file (the offline copy, the
// backup of a team database) — keeping every id, every record's version
// and the database's identity, so that calendar UIDs stay the same and
// undo and the conflict checks go on working across the move. Both
// databases are open (Database::open brought both to this build's schema).
class DatabaseCopy final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)

public:
    struct TableCount
    {
        QString table;
        qint64 rows = 0;
    };

    struct Result
    {
        QString problem;        // one sentence; empty when the copy was committed
        QList<TableCount> rows; // per table, as counted in both after the copy
        bool targetHeldData = false;

        bool ok() const { return problem.isEmpty(); }
        qint64 totalRows() const;
    };

    // Reads `source` in one consistent snapshot (PostgreSQL: one
    // repeatable-read transaction) and writes `target` in one transaction:
    // all of it or, on any failure, nothing. A target holding any record is
    // refused. The rows of every table are counted in both at the end; the
    // copy is committed only when the counts agree.
    static Result run(const QSqlDatabase &source, const QSqlDatabase &target);

    // The tables in an order in which every row's references are written
    // before it (organisations before people …), found from the schema's
    // foreign keys, not listed by hand.
    // `tables`: the names of the tables of `db`.
    static QStringList tablesInOrder(const QSqlDatabase &db, const QStringList &tables,
                                     QString *error = nullptr);
};

} // namespace ep
