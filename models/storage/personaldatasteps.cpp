#include "storage/personaldatasteps.h"

#include "storage/personchanges.h"
#include "storage/retention.h"
#include "storage/sql.h"
#include "storage/sqldialect.h"

namespace ep::schema::personalDataSteps {

QStringList version12()
{
    return {
        QStringLiteral("ALTER TABLE people ADD COLUMN legal_basis TEXT NOT NULL DEFAULT '' "
                       "CHECK (legal_basis IN ('', 'consent', 'contract', 'legal_obligation', "
                       "'vital_interests', 'public_task', 'legitimate_interests'))"),
        QStringLiteral("ALTER TABLE people ADD COLUMN consent_source TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE people ADD COLUMN consent_withdrawn TEXT"),
        QStringLiteral("UPDATE people SET legal_basis = 'consent' WHERE consent_date IS NOT NULL")};
}

QStringList version13()
{
    return {QStringLiteral("CREATE TABLE privacy_log (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " happened_at TEXT NOT NULL,"
                           " action TEXT NOT NULL CHECK (action IN ('erasure', 'retention')),"
                           " rule TEXT NOT NULL DEFAULT '',"
                           " people INTEGER NOT NULL,"
                           " done_by TEXT NOT NULL)"),
            QStringLiteral(
                "ALTER TABLE events ADD COLUMN erased_participants INTEGER NOT NULL DEFAULT 0")};
}

QSqlError run(QSqlDatabase &db, int version)
{
    if (version == 14)
        return PersonChanges::addToSchema(db);
    const QStringList statements = version == 12   ? version12()
                                   : version == 13 ? version13()
                                                   : Retention::schemaStatements();
    for (const QString &statement : statements) {
        if (const QSqlError error = sql::runUnprepared(db, dialect::ddl(dialectOf(db), statement));
            error.isValid())
            return error;
    }
    return {};
}

} // namespace ep::schema::personalDataSteps
