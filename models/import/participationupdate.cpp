#include "import/participationupdate.h"

#include "import/importcolumns.h"
#include "storage/newids.h"

#include <QSqlError>

namespace ep {

ParticipationUpdate::ParticipationUpdate(const QSqlDatabase &db, const ImportSettings &settings,
                                         ImportReport &report)
    : m_settings(settings)
    , m_report(report)
    , m_load(db, u"SELECT id, "_qs % columnList(m_columns) %
                     u" FROM participations WHERE event_id = ? AND person_id = ?"_qs)
    , m_update(db, u"UPDATE participations SET "_qs % assignments(m_columns) %
                       u", version = version + 1 WHERE id = ?"_qs)
{
    for (const PreparedStatement *statement : {&m_load, &m_update}) {
        if (!statement->isValid() && m_error.isEmpty())
            fail(*statement);
    }
    QSqlError error;
    m_firstNewId = nextUnusedId(db, QStringLiteral("participations"), &error);
    if (m_firstNewId < 0 && m_error.isEmpty()) {
        m_error = error.text();
        m_errorCode = error.nativeErrorCode();
    }
}

ParticipationUpdate::Result ParticipationUpdate::fail(const PreparedStatement &statement)
{
    m_error = statement.error();
    m_errorCode = statement.errorCode();
    return Result::Failed;
}

ParticipationUpdate::Result ParticipationUpdate::update(qint64 personId, const ImportRow &row)
{
    m_load.bind(1, qint64(m_settings.eventId));
    m_load.bind(2, personId);
    if (!m_load.exec())
        return fail(m_load);
    if (!m_load.next()) {
        m_load.finish(); // values are bound again only to a statement reset
        return Result::None;
    }
    const qint64 id = m_load.intColumn(0);
    if (id >= m_firstNewId) {
        m_load.finish();
        return Result::Kept;
    }
    // Each column's value as it is to be: the stored one, or the row's.
    QStringList values;
    int replaced = 0;
    bool differs = false;
    for (qsizetype column = 0; column < m_columns.size(); ++column) {
        const FieldDescription &field = *m_columns[column];
        QString value = m_load.textColumn(int(column + 1));
        if (row.gives(field.field)) {
            QString given;
            if (field.participationMoment) {
                const std::array<char, 16> text =
                    storedDateTime(row.participation.*field.participationMoment);
                given = QString::fromLatin1(text.data(), qsizetype(text.size()));
            } else {
                given = row.participation.*field.participationText;
            }
            if (given != value) {
                differs = true;
                replaced += value.isEmpty() ? 0 : 1;
                value = given;
            }
        }
        values.append(value);
    }
    m_load.finish();
    if (!differs)
        return Result::Kept;
    if (!m_settings.overwriteStoredValues) {
        ++m_report.participationsDiffering;
        return Result::Kept;
    }
    int next = 1;
    for (qsizetype column = 0; column < m_columns.size(); ++column) {
        if (m_columns[column]->participationMoment && values[column].isEmpty())
            m_update.bindNull(next++);
        else
            m_update.bind(next++, values[column]);
    }
    m_update.bind(next, id);
    if (!m_update.exec())
        return fail(m_update);
    m_update.finish();
    m_report.storedValuesReplaced += replaced;
    ++m_report.participationsUpdated;
    return Result::Updated;
}

} // namespace ep
