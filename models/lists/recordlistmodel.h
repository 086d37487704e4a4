#pragma once

#include "lists/listdefinition.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QSqlError>

namespace ep {

// The list of one area (events, people …), read in pages as a view
// scrolls: 256 rows first, then as many again as are held, each page a
// query of its own (LIMIT/OFFSET in the list's order, which the id makes
// unique). So a list of 100,000 people opens as fast as one of ten on
// either engine — Qt's PostgreSQL driver would otherwise receive a whole
// result at once — and scrolling to its end reads it about twice. A page
// read after another writer's change may repeat or miss a row; the window
// reads the list anew when it learns of that change (ExternalChanges).
// Searching and sorting rebuild the query; both run in SQL, never over
// rows in memory.
class RecordListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    RecordListModel(ListDefinition definition, QSqlDatabase db, QObject *parent = nullptr);

    // Words typed by the user; a row matches when it contains every word,
    // case and diacritics aside ("lodz" finds "Łódź").
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }

    // Only the records of the definition's filter `index` (ListDefinition::
    // filters); nullopt: all records.
    void setFilter(std::optional<int> index);

    // Runs the query again, e.g. after a record was saved.
    void refresh();

    // The number of rows matching the search and filter of the last read
    // (refresh()), all of them, not only those fetched.
    int matchingCount() const;

    // Why the list could not be read (a table or column missing, the
    // database in use), one sentence for the user; empty when it was read.
    QString readFailure() const;

    int idAt(int row) const;
    // The row of the record `id`, fetching further pages as needed; -1 if it
    // does not match the search.
    int rowOfId(int id);

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;
    void sort(int column, Qt::SortOrder order) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Changes the columns' SQL, e.g. for another content language, keeping
    // search and sort.
    void setDefinition(ListDefinition definition);
    const ListDefinition &definition() const { return m_definition; }

private:
    QString whereClause(QList<std::pair<QString, QString>> *bindings) const;
    // The condition that a record's related row (relatedSearch) contains
    // `pattern`; empty when no related row does.
    QString relatedMatches(const QString &pattern) const;
    // The list's query from the definition, search and order, and its
    // first page in place of the rows held; inside a model reset.
    void readFirstPage();
    // Reads up to `limit` rows after those held; sets m_complete when the
    // list has no more, m_error when the query failed.
    QList<QVariant> readPage(int limit);

    ListDefinition m_definition;
    QSqlDatabase m_db;
    QString m_searchText;
    std::optional<int> m_filter;
    int m_sortColumn = 1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    QString m_where;  // of the list's query; empty: all records
    QString m_select; // the list's query, in its order, without LIMIT
    QList<std::pair<QString, QString>> m_bindings;
    QList<QVariant> m_values; // row by row, columnCount() values each
    int m_rows = 0;
    bool m_complete = true;
    QSqlError m_error; // of the last page read
};

} // namespace ep
