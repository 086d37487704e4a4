#include "clitest.h"

#include "serverdatabases.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace ep::test {

int rowsIn(const QString &path, const QString &statement)
{
    bool ok = false;
    const int rows = valueIn(path, statement).toInt(&ok);
    return ok ? rows : -1;
}

namespace {

// A connection of its own, as another client would open the database: an
// SQLite file, or a team database on the server (psql).
QSqlDatabase clientOf(const QString &path, const QString &name)
{
    if (path.startsWith(u"postgresql://"))
        return addServerConnection(path, name);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, name);
    db.setDatabaseName(path);
    return db;
}

// Every row of every table of a team database, in a fixed order, as text:
// what proves a database on the server unchanged, as its bytes prove a file.
QByteArray serverContent(const QString &uri)
{
    QByteArray rows;
    {
        QSqlDatabase db = clientOf(uri, u"content"_qs);
        // Two failed reads would compare equal: a failure ends the test.
        if (!db.open())
            qFatal("cannot connect to %s: %s", qPrintable(uri), qPrintable(db.lastError().text()));
        QStringList tables = db.tables(QSql::Tables);
        tables.sort();
        for (const QString &table : std::as_const(tables)) {
            QSqlQuery query(db);
            // Row by row in the order of every column: the same rows read the same.
            if (!query.exec(u"SELECT t::text FROM "_qs % table % u" t ORDER BY 1"_qs))
                qFatal("cannot read %s: %s", qPrintable(table),
                       qPrintable(query.lastError().text()));
            rows += table.toUtf8() + ":\n";
            while (query.next())
                rows += query.value(0).toString().toUtf8() + '\n';
        }
    }
    QSqlDatabase::removeDatabase(u"content"_qs);
    return rows;
}

} // namespace

QByteArray content(const QString &path)
{
    if (path.startsWith(u"postgresql://"))
        return serverContent(path);
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

bool changeIn(const QString &path, const QString &statement)
{
    bool done = false;
    {
        QSqlDatabase db = clientOf(path, u"change"_qs);
        done =
            db.open() &&
            (db.driverName() != u"QSQLITE" || QSqlQuery(db).exec(u"PRAGMA foreign_keys = ON"_qs)) &&
            QSqlQuery(db).exec(statement);
    }
    QSqlDatabase::removeDatabase(u"change"_qs);
    return done;
}

QString valueIn(const QString &path, const QString &statement)
{
    QString result;
    {
        QSqlDatabase db = clientOf(path, u"inspect"_qs);
        db.open();
        QSqlQuery query(db);
        if (query.exec(statement) && query.next())
            result = query.value(0).toString();
    }
    QSqlDatabase::removeDatabase(u"inspect"_qs);
    return result;
}

QStringList rowsOf(const QString &path, const QString &statement)
{
    QStringList rows;
    {
        QSqlDatabase db = clientOf(path, u"inspect"_qs);
        db.open();
        QSqlQuery query(db);
        if (query.exec(statement)) {
            while (query.next()) {
                QStringList values;
                for (int column = 0; column < query.record().count(); ++column)
                    values.append(query.value(column).toString());
                rows.append(values.join(u'|'));
            }
        }
    }
    QSqlDatabase::removeDatabase(u"inspect"_qs);
    return rows;
}

QString readsIn(const QString &languages, const QString &otherwise)
{
    static const QRegularExpression code(u"\\b(de|pl|en)\\b"_qs);
    const QRegularExpressionMatch match = code.match(languages.toLower());
    return match.hasMatch() ? match.captured(1) : otherwise;
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {path, u"-"_qs});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString importFixture(const QString &name)
{
    return QStringLiteral(EXCHANGE_PLANNER_TEST_DATA "/import/") + name;
}

} // namespace ep::test
