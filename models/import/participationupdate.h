#pragma once

#include "domain/field.h"
#include "import/importreport.h"
#include "import/importrow.h"
#include "storage/preparedstatement.h"

#include <QSqlDatabase>

namespace ep {

// The participation of a person the database held before the import, in the
// event of the import: a re-import leaves it as it is, or — when the user
// chose to replace stored values (ImportSettings::overwriteStoredValues) —
// gives it the values the row's cells hold. An empty cell leaves the stored
// value: it says nothing, where a role left empty would otherwise read as
// "delegate".
class ParticipationUpdate final
{
public:
    enum class Result
    {
        None,    // the person does not take part yet
        Kept,    // takes part, and their participation stays as it is
        Updated, // takes part, with the values of the row now
        Failed,  // the database refused; error()
    };

    // Participations with ids from the database's next unused one on are
    // the import's own, added for an earlier row of the same person.
    ParticipationUpdate(const QSqlDatabase &db, const ImportSettings &settings,
                        ImportReport &report);
    Q_DISABLE_COPY_MOVE(ParticipationUpdate)

    QString error() const { return m_error; }
    QString errorCode() const { return m_errorCode; }

    Result update(qint64 personId, const ImportRow &row);

private:
    Result fail(const PreparedStatement &statement);

    const ImportSettings &m_settings;
    ImportReport &m_report;
    const QList<const FieldDescription *> m_columns = participationColumns();
    PreparedStatement m_load;
    PreparedStatement m_update;
    qint64 m_firstNewId = 1;
    QString m_error;
    QString m_errorCode;
};

} // namespace ep
