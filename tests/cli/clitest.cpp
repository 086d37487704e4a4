#include "clitest.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace ep::test {

QByteArray content(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

int rowsIn(const QString &path, const QString &statement)
{
    bool ok = false;
    const int rows = valueIn(path, statement).toInt(&ok);
    return ok ? rows : -1;
}

bool changeIn(const QString &path, const QString &statement)
{
    bool done = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"change"_qs);
        db.setDatabaseName(path);
        done = db.open() && QSqlQuery(db).exec(u"PRAGMA foreign_keys = ON"_qs) &&
               QSqlQuery(db).exec(statement);
    }
    QSqlDatabase::removeDatabase(u"change"_qs);
    return done;
}

QString valueIn(const QString &path, const QString &statement)
{
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"inspect"_qs);
        db.setDatabaseName(path);
        db.open();
        QSqlQuery query(db);
        if (query.exec(statement) && query.next())
            result = query.value(0).toString();
    }
    QSqlDatabase::removeDatabase(u"inspect"_qs);
    return result;
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
