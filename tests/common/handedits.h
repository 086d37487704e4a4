#pragma once

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTest>

namespace ep::test {

// Runs `statements` on the database file at `path` as someone with an SQLite
// client would (foreign keys off, its default). With `singleFile` it leaves
// the file without a write-ahead log, so that a comparison of its bytes sees
// every change (which needs the file to be closed everywhere else). Returns
// the first error; empty when every statement ran.
inline QString editByHand(const QString &path, const QStringList &statements,
                          bool singleFile = true)
{
    static QAtomicInt counter;
    const QString name = u"hand-edit-%1"_qs.arg(counter.fetchAndAddRelaxed(1));
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return db.lastError().text();
        QSqlQuery query(db);
        QStringList all = statements;
        if (singleFile)
            all.append(QStringLiteral("PRAGMA journal_mode = DELETE"));
        for (const QString &statement : std::as_const(all)) {
            if (!query.exec(statement)) {
                error = statement % u": "_qs % query.lastError().text();
                break;
            }
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

// The hand edits of the tests: the statement, and the part of the schema a
// message must name.
struct HandEdit
{
    const char *name;
    QStringList statements;
    QString missing; // "the table participations", "the column people.phone"
};

inline QList<HandEdit> handEdits()
{
    return {
        {"table participations dropped",
         {u"DROP TABLE participations"_qs},
         u"the table participations is missing"_qs},
        {"table agenda_items dropped",
         {u"DROP TABLE agenda_items"_qs},
         u"the table agenda_items is missing"_qs},
        {"column people.phone dropped",
         {u"ALTER TABLE people DROP COLUMN phone"_qs},
         u"the column people.phone is missing"_qs},
        {"column events.title_en renamed",
         {u"ALTER TABLE events RENAME COLUMN title_en TO title_english"_qs},
         u"the column events.title_en is missing"_qs},
    };
}

} // namespace ep::test
