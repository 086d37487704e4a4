#pragma once

#include "domain/localizedtext.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QVariant>

class QSqlQuery;

// Small helpers around QSqlQuery shared by the repositories. Every statement
// is prepared and takes its values through named placeholders (QSQLITE
// refuses numbered ones).
namespace ep::sql {

struct Binding
{
    QString name; // ":title"
    QVariant value;
};

// Prepares `statement` on `query`, binds `bindings` and runs it. Returns the
// error; an invalid QSqlError means it ran.
QSqlError run(QSqlQuery &query, const QString &statement, const QList<Binding> &bindings = {});

// Runs a statement that returns nothing, on its own query.
QSqlError run(const QSqlDatabase &db, const QString &statement,
              const QList<Binding> &bindings = {});

// Runs a statement unprepared, for changes to the schema: PostgreSQL
// prepares queries and changes to rows alone (CREATE EXTENSION is refused).
QSqlError runUnprepared(const QSqlDatabase &db, const QString &statement);

// Whether `table` holds the row `id`. False as well when the query failed,
// which `error` (if given) tells apart from a missing row.
bool rowExists(const QSqlDatabase &db, const QString &table, int id, QSqlError *error = nullptr);

// The values of the single-column query `statement`, e.g. a list of ids;
// none, with `error`, when it failed.
QList<int> ids(const QSqlDatabase &db, const QString &statement,
               const QList<Binding> &bindings = {}, QSqlError *error = nullptr);

// The number the single-row, single-column query `statement` returns; 0,
// with `error`, when it failed.
int count(const QSqlDatabase &db, const QString &statement, const QList<Binding> &bindings = {},
          QSqlError *error = nullptr);

// The three bindings of a text kept in three languages: ":title_de",
// ":title_pl", ":title_en" for column "title".
QList<Binding> localizedBindings(const QString &column, const LocalizedText &text);
// "title_de, title_pl, title_en" for column "title".
QString localizedColumns(const QString &column);

// NULL for 0 (no reference), else the id.
QVariant idOrNull(int id);
int idFrom(const QVariant &value);

// Dates and times are stored as ISO 8601 text: it sorts, it compares, and
// it reads the same in SQLite and PostgreSQL.
QVariant dateOrNull(QDate date);
QDate dateFrom(const QVariant &value);
// A date as stored ("2019-07-08"), empty for an invalid one; for a date
// with a year from 1 to 9999 written digit by digit (QDate::toString goes
// through QString::asprintf: a fifth of `events` listing 5,000 events).
QString dateText(QDate date);
QString timeText(QTime time);
QTime timeFrom(const QVariant &value);
QVariant dateTimeOrNull(const QDateTime &dateTime);
// A wall-clock time (domain/wallclock.h), never converted from local time.
QDateTime dateTimeFrom(const QVariant &value);

// The database was in use by another connection for longer than the busy
// timeout (SQLite's "database is locked").
bool isBusy(const QSqlError &error);

// `word` made safe for `LIKE … ESCAPE '\'` and wrapped in % for a substring match.
QString containsPattern(const QString &word);

// Ids as one JSON array ("[4,8,15]"), bound as one value that the query
// splits (dialect::idsOfJsonArray): one query for any number of ids.
QString idArray(const QList<int> &ids);

} // namespace ep::sql
