#pragma once

#include "storage/versionedrows.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QVariantMap>

namespace ep {

// Everything the deletion of one record takes with it, found through the
// schema's foreign keys (not listed by hand): the record's row, the rows
// that go with it (ON DELETE CASCADE, and theirs in turn) and the references
// that are cleared (ON DELETE SET NULL). Undo puts it back.
struct RemovalSnapshot
{
    struct Row
    {
        QString table;
        QVariantMap values; // every column, id and version included
    };
    struct ClearedReference
    {
        QString table;
        int id = 0; // of the row that referred
        QString column;
        QVariant value; // the id it held
    };

    QList<Row> rows; // the record's first, then each row after the rows it refers to
    QList<ClearedReference> cleared;
};

namespace removal {

// Deletes row `id` of `table` if it still has `version` (refused as stale
// when another writer changed or deleted it), with what goes with it, in one
// transaction; `snapshot`, when given, receives what was deleted and cleared.
SaveResult remove(const QSqlDatabase &db, const QString &table, int id, int version,
                  RemovalSnapshot *snapshot = nullptr);

// Puts back what `snapshot` holds, in one transaction: the rows under their
// ids (which are never given to another record), a cleared reference only
// where the row still has none. Fails, writing nothing, when a row it refers to is gone
// (deleted by another writer since) or a row is there again.
QSqlError restore(const QSqlDatabase &db, const RemovalSnapshot &snapshot);

// Every foreign key of the schema: (table, column, referenced table, action).
struct ForeignKey
{
    QString table;
    QString column;
    QString references;
    QString onDelete; // "CASCADE", "SET NULL" …
};
QList<ForeignKey> foreignKeys(const QSqlDatabase &db);

} // namespace removal
} // namespace ep
