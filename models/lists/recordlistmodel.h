#pragma once

#include "lists/listdefinition.h"

#include <QSqlDatabase>
#include <QSqlQueryModel>

namespace ep {

// The list of one area (events, people …) as a lazily fetched query: rows
// arrive in pages as a view scrolls, so a list of 100,000 people opens as
// fast as one of ten. Searching and sorting rebuild the query; both run in
// SQL, never over rows in memory.
class RecordListModel final : public QSqlQueryModel
{
    Q_OBJECT

public:
    RecordListModel(ListDefinition definition, QSqlDatabase db, QObject *parent = nullptr);

    // Words typed by the user; a row matches when it contains every word,
    // case and diacritics aside ("lodz" finds "Łódź").
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }

    // Only the records that lack a text in `language` (see
    // ListDefinition::missingTranslation); nullopt: all records.
    void setMissingLanguage(std::optional<Language> language);

    // Runs the query again, e.g. after a record was saved.
    void refresh();

    // The number of rows matching the search, all of them, not only those fetched.
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

    void sort(int column, Qt::SortOrder order) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Changes the columns' SQL, e.g. for another content language, keeping
    // search and sort.
    void setDefinition(ListDefinition definition);

private:
    QString whereClause(QList<std::pair<QString, QString>> *bindings) const;

    ListDefinition m_definition;
    QSqlDatabase m_db;
    QString m_searchText;
    std::optional<Language> m_missingLanguage;
    int m_sortColumn = 1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace ep
