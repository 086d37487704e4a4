#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace ep {

// The sqlite3 connection behind a QSQLITE database, or null for another
// driver: for what QtSql does not offer (prepared statements stepped by
// hand, the online backup).
sqlite3 *sqliteHandle(const QSqlDatabase &db);

// A statement prepared once and run for many rows, with positional `?`
// placeholders (1-based). On SQLite it drives the SQLite library through
// the connection that Qt's driver holds: per row that costs a tenth of
// QSqlQuery's overhead, which decides whether an import of 100,000 rows takes
// half a second or five. On any other driver it is a QSqlQuery.
class PreparedStatement final
{
public:
    // Returns::Id: an INSERT whose new row's id execForId() gives back. SQLite
    // reads it from the connection (RETURNING would cost an ephemeral table
    // per row); other engines get "RETURNING id" added.
    enum class Returns
    {
        Rows,
        Id
    };

    PreparedStatement(const QSqlDatabase &db, const QString &statement,
                      Returns returns = Returns::Rows);
    ~PreparedStatement();
    Q_DISABLE_COPY_MOVE(PreparedStatement)

    bool isValid() const { return m_valid; }
    QString error() const { return m_error; }
    // The database's code of the failure: SQLite's result code (SQLITE_BUSY
    // …) or PostgreSQL's SQLSTATE; empty when it ran.
    QString errorCode() const { return m_errorCode; }

    void bind(int index, const QString &value); // a null QString binds ''
    void bind(int index, qint64 value);
    // Text known to be ASCII, e.g. a date written by the caller.
    void bindAscii(int index, QByteArrayView text);
    void bindNull(int index);

    // Runs the statement with the values bound; true when it ran. Rows it
    // returns are read with next() and the column functions; bound values
    // stay until changed. A row that cannot be read ends next() with error().
    bool exec();
    bool next();
    qint64 intColumn(int column) const;
    QString textColumn(int column) const;
    bool isNullColumn(int column) const;
    // Ends reading: a statement left on a row would hold the database busy.
    void finish();

    // exec(), the first column of the first row, finish(); -1 when it failed
    // or returned no row, 0 for NULL.
    qint64 execForInt();
    // Runs an INSERT prepared with Returns::Id; the new row's id, or -1.
    qint64 execForId();

private:
    bool m_valid = false;
    QString m_error;
    QString m_errorCode;
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    bool m_pendingRow = false; // SQLite: exec() stepped onto a row not yet read
    bool m_firstRead = false;
    QSqlQuery m_query; // any other driver
    // The UTF-8 of the bound texts, kept until the statement runs, so that
    // SQLite can use them without a copy of its own (SQLITE_STATIC).
    QList<QByteArray> m_texts;
};

} // namespace ep
