#include "storage/recordrepository.h"

#include "storage/database.h"

namespace ep {

QString StaleMessages::describe(const StaleRow &row)
{
    // Whole sentences per kind of record: the noun's gender and case differ
    // between German, Polish and English.
    struct Sentences
    {
        const char *changed;
        const char *deleted;
    };
    static const QHash<QString, Sentences> sentences{
        {QStringLiteral("events"),
         {QT_TR_NOOP("The event was changed by another window or program since it was loaded."),
          QT_TR_NOOP("The event was deleted by another window or program since it was loaded.")}},
        {QStringLiteral("agenda_items"),
         {QT_TR_NOOP("An agenda item was changed by another window or program since it was "
                     "loaded."),
          QT_TR_NOOP("An agenda item was deleted by another window or program since it was "
                     "loaded.")}},
        {QStringLiteral("participations"),
         {QT_TR_NOOP("A participation was changed by another window or program since it was "
                     "loaded."),
          QT_TR_NOOP("A participation was deleted by another window or program since it was "
                     "loaded.")}},
        {QStringLiteral("people"),
         {QT_TR_NOOP("The person was changed by another window or program since they were "
                     "loaded."),
          QT_TR_NOOP("The person was deleted by another window or program since they were "
                     "loaded.")}},
        {QStringLiteral("organisations"),
         {QT_TR_NOOP("The organisation was changed by another window or program since it was "
                     "loaded."),
          QT_TR_NOOP("The organisation was deleted by another window or program since it was "
                     "loaded.")}},
        {QStringLiteral("sites"),
         {QT_TR_NOOP("The site was changed by another window or program since it was loaded."),
          QT_TR_NOOP("The site was deleted by another window or program since it was loaded.")}},
        {QStringLiteral("topics"),
         {QT_TR_NOOP("The topic was changed by another window or program since it was loaded."),
          QT_TR_NOOP("The topic was deleted by another window or program since it was loaded.")}},
    };
    const auto found = sentences.constFind(row.table);
    if (found == sentences.constEnd()) {
        return row.deleted ? tr("A record was deleted by another window or program since it was "
                                "loaded.")
                           : tr("A record was changed by another window or program since it was "
                                "loaded.");
    }
    return tr(row.deleted ? found->deleted : found->changed);
}

QString StaleMessages::explain(const SaveResult &result, const QSqlDatabase &db)
{
    if (!result.error.isValid())
        return result.stale.isEmpty() ? QString() : describe(result.stale.first());
    return Database::describeFailure(db, result.error);
}

QSqlError StaleMessages::asError(const SaveResult &result)
{
    if (result.error.isValid() || result.stale.isEmpty())
        return result.error;
    return QSqlError(QString(), describe(result.stale.first()), QSqlError::TransactionError);
}

} // namespace ep
