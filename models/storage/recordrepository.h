#pragma once

#include "storage/removalsnapshot.h"
#include "storage/transaction.h"
#include "storage/versionedrows.h"

#include <QCoreApplication>

#include <optional>

namespace ep {

// One sentence on a row another writer changed or deleted, for a message.
class StaleMessages final
{
    Q_DECLARE_TR_FUNCTIONS(StaleMessages)

public:
    static QString describe(const StaleRow &row);
    // A QSqlError carrying describe() of the first stale row, for callers
    // that only tell written from not written.
    static QSqlError asError(const SaveResult &result);
    // One sentence on why `result` wrote nothing, for the user: a stale row
    // (describe()), else Database::describeFailure() of its error.
    static QString explain(const SaveResult &result, const QSqlDatabase &db);
};

// Loading, saving and deleting one kind of record (a row of its table, see
// storage/records.h) so that another writer's work is never overwritten.
template <typename Record>
class RecordRepository
{
public:
    explicit RecordRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    std::optional<Record> load(int id) const { return rows::load<Record>(m_db, id); }

    // What tells whether the record `id` was written since it was read: its
    // version, empty when there is no such record. Cheap, for polling.
    QString stamp(int id) const { return rows::stamp(m_db, recordTable<Record>().name, id); }

    // Writes what the user changed: the columns in which `record` differs
    // from `base`, the record as it was loaded (a new record when its id is
    // 0: everything), against base's version. New id and version go into
    // `record`; nothing is written when the row is stale.
    SaveResult save(Record &record, const Record &base)
    {
        Transaction transaction(m_db);
        if (!transaction.isActive())
            return SaveResult::failed(transaction.error());
        Record written = record;
        SaveResult result =
            written.id == 0 ? rows::insert(m_db, written) : rows::update(m_db, written, base);
        if (result.ok() && !transaction.commit())
            result.error = transaction.error();
        if (result.ok())
            record = written;
        return result;
    }

    // Writes the whole record against what is stored now: a new one, or one
    // brought back under its old id, is inserted; a stored one gets the
    // columns that differ, refused when `record` carries another version
    // than the stored row (0: not checked). For the demo programme and tests.
    QSqlError save(Record &record)
    {
        const std::optional<Record> stored = record.id > 0 ? load(record.id) : std::nullopt;
        if (!stored) {
            Record written = record;
            const SaveResult result = rows::insert(m_db, written);
            if (result.ok())
                record = written;
            return StaleMessages::asError(result);
        }
        if (record.version > 0 && record.version != stored->version)
            return StaleMessages::asError({{}, {{recordTable<Record>().name, record.id, false}}});
        return StaleMessages::asError(save(record, *stored));
    }

    // Deletes the record `id` if it is still at `version`, with what goes
    // with it; `snapshot` receives what undo needs to bring it back.
    SaveResult remove(int id, int version, RemovalSnapshot *snapshot = nullptr)
    {
        return removal::remove(m_db, recordTable<Record>().name, id, version, snapshot);
    }

    // Deletes the record `id` whatever its version.
    QSqlError remove(int id, RemovalSnapshot *snapshot = nullptr)
    {
        const std::optional<Record> stored = load(id);
        if (!stored)
            return {};
        return StaleMessages::asError(remove(id, stored->version, snapshot));
    }

    QSqlError restore(const RemovalSnapshot &snapshot) { return removal::restore(m_db, snapshot); }

protected:
    QSqlDatabase m_db;
};

} // namespace ep
