// Every foreign key of the schema, read from the schema itself rather than
// listed here: deleting the record a row refers to through the key takes
// that row along (ON DELETE CASCADE) or clears the reference (SET NULL), the
// deletion's snapshot holds it, and restoring the snapshot brings back every
// row of every table as it was, column for column (issue 11, item 3). A key
// added to the schema is tested without a change here; one whose deletion
// the snapshot misses, or that the demo programme does not use, fails.

#include "manywriters.h"
#include "storage/removalsnapshot.h"
#include "testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <algorithm>

using namespace ep;

namespace {

struct Key
{
    QString table;
    QString column;
    QString references;
    QString referencedColumn; // empty: the referenced table's primary key
    QString onDelete;
};

// The keys as SQLite reads them from the schema, independently of the code
// under test: each table of sqlite_master, each row of its key list.
QList<Key> schemaKeys(const QSqlDatabase &db)
{
    QList<Key> keys;
    QSqlQuery query(db);
    query.exec(QStringLiteral(
        "SELECT m.name, k.\"from\", k.\"table\", k.\"to\", k.on_delete FROM sqlite_master m,"
        " pragma_foreign_key_list(m.name) k WHERE m.type = 'table' ORDER BY m.name, k.id, k.seq"));
    while (query.next()) {
        keys.append({query.value(0).toString(), query.value(1).toString(),
                     query.value(2).toString(), query.value(3).toString(),
                     query.value(4).toString()});
    }
    return keys;
}

// Every column of the rows of `table` whose `column` holds `value`, with their rowid.
QList<std::pair<qlonglong, QVariantMap>> rowsWith(const QSqlDatabase &db, const QString &table,
                                                  const QString &column, const QVariant &value)
{
    QList<std::pair<qlonglong, QVariantMap>> rows;
    QSqlQuery query(db);
    query.prepare(u"SELECT rowid AS row_id_of_test, * FROM "_qs % table % u" WHERE "_qs % column %
                  u" = :value"_qs);
    query.bindValue(QStringLiteral(":value"), value);
    if (!query.exec())
        qFatal("%s", qPrintable(query.lastError().text()));
    while (query.next()) {
        const QSqlRecord record = query.record();
        QVariantMap values;
        for (int field = 1; field < record.count(); ++field)
            values.insert(record.fieldName(field), record.value(field));
        rows.append({record.value(0).toLongLong(), values});
    }
    return rows;
}

} // namespace

class ForeignKeysTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void removalWalksEveryKeyOfTheSchema();
    void deletionThroughEachKeyIsCapturedAndRestored_data();
    void deletionThroughEachKeyIsCapturedAndRestored();

private:
    std::unique_ptr<test::TestDatabase> m_db;
};

void ForeignKeysTest::init()
{
    m_db = std::make_unique<test::TestDatabase>();
}

void ForeignKeysTest::cleanup()
{
    m_db.reset();
}

void ForeignKeysTest::removalWalksEveryKeyOfTheSchema()
{
    QStringList walked;
    for (const removal::ForeignKey &key : removal::foreignKeys(m_db->connection()))
        walked.append(key.table % u'.' % key.column % u" → "_qs % key.references % u' ' %
                      key.onDelete);
    QStringList inSchema;
    for (const Key &key : schemaKeys(m_db->connection()))
        inSchema.append(key.table % u'.' % key.column % u" → "_qs % key.references % u' ' %
                        key.onDelete);
    walked.sort();
    inSchema.sort();
    QVERIFY(inSchema.size() >= 14); // the keys of schema version 5, at least
    QCOMPARE(walked, inSchema);
}

void ForeignKeysTest::deletionThroughEachKeyIsCapturedAndRestored_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("references");
    QTest::addColumn<QString>("referencedColumn");
    QTest::addColumn<QString>("onDelete");
    const test::TestDatabase schema;
    for (const Key &key : schemaKeys(schema.connection())) {
        QTest::addRow("%s.%s → %s", qPrintable(key.table), qPrintable(key.column),
                      qPrintable(key.references))
            << key.table << key.column << key.references << key.referencedColumn << key.onDelete;
    }
}

void ForeignKeysTest::deletionThroughEachKeyIsCapturedAndRestored()
{
    QFETCH(QString, table);
    QFETCH(QString, column);
    QFETCH(QString, references);
    QFETCH(QString, referencedColumn);
    QFETCH(QString, onDelete);
    m_db->writeDemoProgramme();
    const QSqlDatabase db = m_db->connection();

    // The first row that uses the key, and the record it refers to.
    QSqlQuery use(db);
    QVERIFY(use.exec(u"SELECT "_qs % column % u" FROM "_qs % table % u" WHERE "_qs % column %
                     u" IS NOT NULL ORDER BY rowid LIMIT 1"_qs));
    QVERIFY2(use.next(),
             qPrintable(
                 u"the demo programme has no row of %1 with %2 set; "
                 "write one into the test's data so that the key is tested"_qs.arg(table, column)));
    const QVariant value = use.value(0);
    use.finish();
    QSqlQuery referenced(db);
    referenced.prepare(u"SELECT id, version FROM "_qs % references % u" WHERE "_qs %
                       (referencedColumn.isEmpty() ? u"id"_qs : referencedColumn) %
                       u" = :value"_qs);
    referenced.bindValue(QStringLiteral(":value"), value);
    QVERIFY2(referenced.exec() && referenced.next(), qPrintable(referenced.lastError().text()));
    const int id = referenced.value(0).toInt();
    const int version = referenced.value(1).toInt();
    referenced.finish();

    const QList<std::pair<qlonglong, QVariantMap>> dependents = rowsWith(db, table, column, value);
    QVERIFY(!dependents.isEmpty());
    const QStringList before = test::everyRow(db);

    RemovalSnapshot snapshot;
    const SaveResult removed = removal::remove(db, references, id, version, &snapshot);
    QVERIFY2(removed.ok(), qPrintable(removed.error.text()));
    QVERIFY(rowsWith(db, references, u"id"_qs, id).isEmpty());
    for (const auto &dependent : dependents) {
        const qlonglong rowid = dependent.first;
        const QVariantMap &values = dependent.second;
        if (onDelete == u"CASCADE") {
            QVERIFY2(rowsWith(db, table, u"rowid"_qs, rowid).isEmpty(), "deleted with the record");
            const bool captured =
                std::any_of(snapshot.rows.cbegin(), snapshot.rows.cend(), [&](const auto &row) {
                    return row.table == table && row.values == values;
                });
            QVERIFY2(captured, "the deleted row is in the snapshot, every column of it");
        } else if (onDelete == u"SET NULL") {
            const auto now = rowsWith(db, table, u"rowid"_qs, rowid);
            QCOMPARE(now.size(), 1);
            QVERIFY2(now.first().second.value(column).isNull(), "the reference is cleared");
            const bool captured = std::any_of(
                snapshot.cleared.cbegin(), snapshot.cleared.cend(), [&](const auto &reference) {
                    return reference.table == table && reference.id == rowid &&
                           reference.column == column && reference.value == value;
                });
            QVERIFY2(captured, "the cleared reference is in the snapshot");
        } else {
            QFAIL(qPrintable(u"ON DELETE %1: a deletion cannot take the row along, and undo "
                             "cannot bring it back"_qs.arg(onDelete)));
        }
    }

    const QSqlError restored = removal::restore(db, snapshot);
    QVERIFY2(!restored.isValid(), qPrintable(restored.text()));
    QCOMPARE(test::everyRow(db), before);
}

QTEST_GUILESS_MAIN(ForeignKeysTest)
#include "tst_foreignkeys.moc"
