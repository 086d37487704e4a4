#pragma once

#include "domain/searchtext.h"
#include "storage/records.h"
#include "storage/searchindex.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <type_traits>

namespace ep::bench {

// The value as sql::run() binds it: a null QString (a member never set) is
// the empty text, not NULL; NULL is asked for with a null QVariant.
inline QVariant asBound(const QVariant &value)
{
    const bool nullText =
        !value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull();
    return nullText ? QVariant(QStringLiteral("")) : value;
}

// Writes the records of one table with one INSERT prepared once and run for
// every row. The columns and their values are the application's own: those
// storage/records.h lists, each bound as Column::value() gives it (dates as
// ISO text, references NULL for none …), and besides them what
// rows::insert() and updateSearchText() add: version 1, and for the indexed
// tables search_text (and for people sort_name), computed by the same
// helpers from the same columns. Ids are the caller's, so that it knows them
// without reading anything back; `owner` is a child row's event_id.
template <typename Record>
class RowWriter final
{
public:
    explicit RowWriter(const QSqlDatabase &db, const QString &owner = {})
        : m_query(db)
    {
        const RecordTable<Record> &table = recordTable<Record>();
        QStringList names{QStringLiteral("id"), QStringLiteral("version")};
        if (!owner.isEmpty())
            names.append(owner);
        m_hasOwner = !owner.isEmpty();
        for (const Column<Record> &column : table.columns) {
            if (!column.stored())
                continue;
            m_columns.append(column);
            names.append(column.name);
        }
        m_indexed = searchIndexedTables().contains(table.name);
        if (m_indexed) {
            names.append(QStringLiteral("search_text"));
            for (const QString &searched : searchedColumns(table.name))
                m_searched.append(indexOf(searched));
        }
        if constexpr (std::is_same_v<Record, Person>)
            names.append(QStringLiteral("sort_name"));
        QStringList placeholders;
        for (qsizetype i = 0; i < names.size(); ++i)
            placeholders.append(QStringLiteral("?"));
        // Names of columns only, from the schema's own lists: no value is
        // ever part of the statement.
        m_prepared =
            m_query.prepare(u"INSERT INTO "_qs % table.name % u" ("_qs % names.join(u", ") %
                            u") VALUES ("_qs % placeholders.join(u", ") % u')');
    }

    QSqlError error() const { return m_query.lastError(); }
    int written() const { return m_written; }

    // Writes `record` under `id`; false (see error()) when the database refused it.
    bool write(int id, const Record &record, int ownerId = 0)
    {
        if (!m_prepared)
            return false;
        int position = 0;
        m_query.bindValue(position++, id);
        m_query.bindValue(position++, 1);
        if (m_hasOwner)
            m_query.bindValue(position++, ownerId);
        for (const Column<Record> &column : m_columns)
            m_query.bindValue(position++, asBound(column.value(record)));
        if (m_indexed)
            m_query.bindValue(position++, searchText(record));
        if constexpr (std::is_same_v<Record, Person>)
            m_query.bindValue(position++, sortNameOf(record.firstName, record.lastName));
        if (!m_query.exec())
            return false;
        ++m_written;
        return true;
    }

private:
    qsizetype indexOf(const QString &name) const
    {
        for (qsizetype index = 0; index < m_columns.size(); ++index) {
            if (m_columns[index].name == name)
                return index;
        }
        return -1;
    }

    // As updateSearchText() computes it from the stored row: the searched
    // columns' texts, in searchedColumns() order, through searchTextOf().
    QString searchText(const Record &record) const
    {
        QStringList parts;
        for (qsizetype index : m_searched)
            parts.append(index < 0 ? QString() : m_columns[index].value(record).toString());
        return searchTextOf(parts);
    }

    QSqlQuery m_query;
    bool m_prepared = false;
    bool m_hasOwner = false;
    bool m_indexed = false;
    QList<Column<Record>> m_columns;
    QList<qsizetype> m_searched; // into m_columns; -1: not a column of the record
    int m_written = 0;
};

// Writes the ids of a link table (organisers, topics, an item's hosts) in
// their order, as EventRepository::writeLinks() does: position 0, 1, 2 …
class LinkWriter final
{
public:
    LinkWriter(const QSqlDatabase &db, const QString &table, const QString &owner,
               const QString &other)
        : m_query(db)
    {
        m_prepared = m_query.prepare(u"INSERT INTO "_qs % table % u" ("_qs % owner % u", "_qs %
                                     other % u", position) VALUES (?, ?, ?)"_qs);
    }

    QSqlError error() const { return m_query.lastError(); }
    int written() const { return m_written; }

    bool write(int ownerId, const QList<int> &ids)
    {
        if (!m_prepared)
            return false;
        for (int position = 0; position < ids.size(); ++position) {
            m_query.bindValue(0, ownerId);
            m_query.bindValue(1, ids[position]);
            m_query.bindValue(2, position);
            if (!m_query.exec())
                return false;
            ++m_written;
        }
        return true;
    }

private:
    QSqlQuery m_query;
    bool m_prepared = false;
    int m_written = 0;
};

} // namespace ep::bench
