#include "export/participantreader.h"

#include "domain/searchtext.h"
#include "storage/preparedstatement.h"
#include "storage/sql.h"
#include "storage/sqldialect.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSqlQuery>

#include <algorithm>

namespace ep {
namespace {

// The statuses or roles `codes` as a condition on `column`, their values
// appended to `values` for its `?`; nothing when every value passes.
QString oneOf(const QString &column, const QStringList &codes, QStringList &values)
{
    if (codes.isEmpty())
        return {};
    values += codes;
    QStringList placeholders(codes.size(), QStringLiteral("?"));
    return u" AND "_qs % column % u" IN ("_qs % placeholders.join(u", ") % u')';
}

// A column the query selects for a field, and where its value goes.
struct ReadColumn
{
    QString expression; // "p.email"
    std::function<void(ParticipantRow &, const QString &)> set;
};

// The columns that `fields` are written from, each once: a participation's
// own value where it has one (its notes, not the person's), the person's
// otherwise; a name from title, first and last name; the organisation is
// always read.
QList<ReadColumn> readColumns(const QList<Field> &fields)
{
    QList<ReadColumn> columns;
    QStringList seen;
    for (Field field : fields) {
        if (field == Field::Name) {
            columns += readColumns({Field::Title, Field::FirstName, Field::LastName});
            continue;
        }
        const FieldDescription &description = describe(field);
        if (!description.column)
            continue;
        const QString column = QLatin1String(description.column);
        ReadColumn read;
        if (const auto moment = description.participationMoment) {
            read = {u"pa."_qs % column, [moment](ParticipantRow &row, const QString &value) {
                        row.participation.*moment =
                            value.isEmpty() ? QDateTime() : sql::dateTimeFrom(value);
                    }};
        } else if (const auto text = description.participationText) {
            read = {u"pa."_qs % column, [text](ParticipantRow &row, const QString &value) {
                        row.participation.*text = value;
                    }};
        } else if (const auto text = description.personText) {
            read = {u"p."_qs % column, [text](ParticipantRow &row, const QString &value) {
                        row.person.*text = value;
                    }};
        } else {
            continue;
        }
        if (!seen.contains(read.expression)) {
            seen.append(read.expression);
            columns.append(std::move(read));
        }
    }
    return columns;
}

} // namespace

ParticipantReader::ParticipantReader(const QSqlDatabase &db, int eventId)
    : m_db(db)
    , m_eventId(eventId)
{}

bool ParticipantReader::hasEvent(QSqlError *error) const
{
    return sql::rowExists(m_db, QStringLiteral("events"), m_eventId, error);
}

// Fills the connection's temporary table delegation_rank with each of the
// event's delegations and its place in folded order ("Śląsk" between "Ruhr"
// and "Zabrze"; "RVR Essen" and "rvr essen" share one): the database can
// then sort by it through its primary key, whatever the number of delegations.
QSqlError ParticipantReader::rankDelegations()
{
    QSqlQuery distinct(m_db);
    distinct.setForwardOnly(true);
    if (QSqlError error = sql::run(distinct,
                                   QStringLiteral("SELECT DISTINCT delegation FROM participations "
                                                  "WHERE event_id = :event"),
                                   {{QStringLiteral(":event"), m_eventId}});
        error.isValid()) {
        return error;
    }
    QList<std::pair<QString, QString>> delegations; // folded, as typed
    while (distinct.next()) {
        const QString delegation = distinct.value(0).toString();
        delegations.append({foldForSearch(delegation), delegation});
    }
    std::sort(delegations.begin(), delegations.end());
    QJsonArray ranked;
    int rank = 0;
    for (qsizetype i = 0; i < delegations.size(); ++i) {
        if (i > 0 && delegations[i].first != delegations[i - 1].first)
            ++rank;
        ranked.append(QJsonArray{delegations[i].second, rank});
    }
    for (const QString &statement :
         {QStringLiteral("CREATE TEMPORARY TABLE IF NOT EXISTS delegation_rank "
                         "(delegation TEXT PRIMARY KEY, rank INTEGER NOT NULL)"),
          QStringLiteral("DELETE FROM delegation_rank")}) {
        QSqlQuery unprepared(m_db); // PostgreSQL prepares no CREATE
        if (!unprepared.exec(statement))
            return unprepared.lastError();
    }
    return sql::run(m_db,
                    u"INSERT INTO delegation_rank (delegation, rank) "_qs %
                        dialect::rankedTextsOfJsonArray(dialectOf(m_db), u":ranked"_qs),
                    {{QStringLiteral(":ranked"),
                      QString::fromUtf8(QJsonDocument(ranked).toJson(QJsonDocument::Compact))}});
}

ParticipantReader::Status
ParticipantReader::read(const QList<Field> &fields, const ParticipantFilter &filter,
                        OrganisationNames names,
                        const std::function<bool(const ParticipantRow &)> &visit)
{
    if (!hasEvent(&m_error))
        return m_error.isValid() ? Status::Failed : Status::NoSuchEvent;
    // SQLite sorts what outgrows its page cache in temporary files while it
    // reads, so memory stays at the cache's size (the program otherwise
    // keeps temporary data in memory). Switching drops the connection's
    // temporary tables: before delegation_rank is made, back when it is read.
    const bool sqlite = dialectOf(m_db) == SqlDialect::SQLite;
    if (sqlite)
        sql::run(m_db, QStringLiteral("PRAGMA temp_store = FILE"));
    const auto restored = qScopeGuard([this, sqlite] {
        if (sqlite)
            sql::run(m_db, QStringLiteral("PRAGMA temp_store = MEMORY"));
    });
    if (m_error = rankDelegations(); m_error.isValid())
        return Status::Failed;

    const QList<ReadColumn> columns = readColumns(fields);
    QStringList selected;
    for (const ReadColumn &column : columns)
        selected.append(column.expression);
    QStringList values;
    // One after the other: their values are bound in this order.
    QString conditions = oneOf(u"pa.status"_qs, filter.statuses, values);
    conditions += oneOf(u"pa.role"_qs, filter.roles, values);
    // The library's own statement on SQLite: a tenth of QSqlQuery's cost per
    // row. A delegation a colleague typed since the ranks were made comes
    // last rather than not at all.
    PreparedStatement query(
        m_db, u"SELECT pa.id, pa.person_id, o.name, o.short_name, "_qs % selected.join(u", ") %
                  u" FROM participations pa"
                  u" LEFT JOIN delegation_rank d ON d.delegation = pa.delegation"
                  u" JOIN people p ON p.id = pa.person_id"
                  u" LEFT JOIN organisations o ON o.id = p.organisation_id"
                  u" WHERE pa.event_id = ?"_qs %
                  conditions % u" ORDER BY COALESCE(d.rank, 2147483647), p.sort_name, pa.id"_qs);
    query.bind(1, qint64(m_eventId));
    for (int i = 0; i < values.size(); ++i)
        query.bind(2 + i, values[i]);
    const auto failed = [this, &query] {
        m_error = QSqlError(QString(), query.error(), QSqlError::StatementError, query.errorCode());
        return Status::Failed;
    };
    if (!query.isValid() || !query.exec())
        return failed();
    ParticipantRow row;
    while (query.next()) {
        row.participation.id = int(query.intColumn(0));
        row.participation.personId = row.person.id = int(query.intColumn(1));
        const QString name = query.textColumn(2);
        const QString shortName = query.textColumn(3);
        row.organisation =
            names == OrganisationNames::Full || shortName.isEmpty() ? name : shortName;
        for (qsizetype i = 0; i < columns.size(); ++i)
            columns[i].set(row, query.textColumn(4 + int(i)));
        if (!visit(row)) {
            query.finish();
            return Status::Stopped;
        }
    }
    if (!query.error().isEmpty())
        return failed();
    return Status::Read;
}

} // namespace ep
