#include "storage/actinguser.h"

#include "storage/sqldialect.h"

#include <QSqlQuery>
#include <QVariant>

#include <pwd.h>
#include <unistd.h>

namespace ep {

QString actingUser(const QSqlDatabase &db)
{
    if (dialectOf(db) == SqlDialect::PostgreSQL) {
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("SELECT current_user")) && query.next())
            return query.value(0).toString();
    }
    // The account, not $USER, which a shell may have set to anything.
    if (const passwd *account = ::getpwuid(::getuid()))
        return QString::fromLocal8Bit(account->pw_name);
    return qEnvironmentVariable("USER");
}

} // namespace ep
