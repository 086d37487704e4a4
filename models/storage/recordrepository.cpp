#include "storage/recordrepository.h"

namespace ep {

QString StaleMessages::describe(const StaleRow &row)
{
    if (row.deleted) {
        return tr("A record this change writes (%1 %2) was deleted by another program or window "
                  "since it was loaded.")
            .arg(row.table)
            .arg(row.id);
    }
    return tr("A record this change writes (%1 %2) was changed by another program or window "
              "since it was loaded.")
        .arg(row.table)
        .arg(row.id);
}

QSqlError StaleMessages::asError(const SaveResult &result)
{
    if (result.error.isValid() || result.stale.isEmpty())
        return result.error;
    return QSqlError(QString(), describe(result.stale.first()), QSqlError::TransactionError);
}

} // namespace ep
