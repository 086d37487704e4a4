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
    int result = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"inspect"_qs);
        db.setDatabaseName(path);
        db.open();
        QSqlQuery query(db);
        if (query.exec(statement) && query.next())
            result = query.value(0).toInt();
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
