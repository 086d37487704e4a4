#include "import/participationupdate.h"

#include <QSqlQuery>
#include <QStringList>

namespace ep {
namespace {

// "a = ?, b = ?": the columns of `fields` to be set.
QString assignments(const QList<const FieldDescription *> &fields)
{
    QStringList names;
    for (const FieldDescription *field : fields)
        names.append(QLatin1String(field->column) % u" = ?");
    return names.join(u", ");
}

QString columnList(const QList<const FieldDescription *> &fields)
{
    QStringList names;
    for (const FieldDescription *field : fields)
        names.append(QLatin1String(field->column));
    return names.join(u", ");
}

} // namespace

std::array<char, 16> storedDateTime(const QDateTime &value)
{
    std::array<char, 16> text{'0', '0', '0', '0', '-', '0', '0', '-',
                              '0', '0', 'T', '0', '0', ':', '0', '0'};
    const auto put = [&text](int at, int number, int digits) {
        for (int i = digits - 1; i >= 0; --i, number /= 10)
            text[size_t(at + i)] = char('0' + number % 10);
    };
    int year = 0, month = 0, day = 0;
    value.date().getDate(&year, &month, &day); // one calendar conversion, not three
    const QTime time = value.time();
    put(0, year, 4);
    put(5, month, 2);
    put(8, day, 2);
    put(11, time.hour(), 2);
    put(14, time.minute(), 2);
    return text;
}

ParticipationUpdate::ParticipationUpdate(const QSqlDatabase &db, const ImportSettings &settings,
                                         ImportReport &report)
    : m_settings(settings)
    , m_report(report)
    , m_load(db, u"SELECT id, "_qs % columnList(m_columns) %
                     u" FROM participations WHERE event_id = ? AND person_id = ?"_qs)
    , m_update(db, u"UPDATE participations SET "_qs % assignments(m_columns) % u" WHERE id = ?"_qs)
{
    for (const PreparedStatement *statement : {&m_load, &m_update}) {
        if (!statement->isValid() && m_error.isEmpty())
            fail(*statement);
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT COALESCE(max(id), 0) + 1 FROM participations"));
    m_firstNewId = query.next() ? query.value(0).toLongLong() : 1;
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
