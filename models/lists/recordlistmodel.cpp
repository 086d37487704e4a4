#include "lists/recordlistmodel.h"

#include "domain/formats.h"
#include "domain/searchtext.h"
#include "storage/database.h"
#include "storage/searchindex.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace ep {
namespace {

// What a view shows at first, and more: a page of a few screens.
constexpr int firstPageRows = 256;

} // namespace

RecordListModel::RecordListModel(ListDefinition definition, QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_definition(std::move(definition))
    , m_db(std::move(db))
    , m_sortColumn(m_definition.defaultSortColumn)
    , m_sortOrder(m_definition.defaultSortOrder)
{
    refresh();
}

void RecordListModel::setDefinition(ListDefinition definition)
{
    // The columns change with the rows: one reset for both.
    beginResetModel();
    m_definition = std::move(definition);
    readFirstPage();
    endResetModel();
}

void RecordListModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    refresh();
}

QString RecordListModel::whereClause(QList<std::pair<QString, QString>> *bindings) const
{
    QStringList conditions;
    const QStringList words = searchWords(m_searchText);
    // The trigram index (a SQLite file's) knows words of three letters or more.
    const bool indexed =
        !m_definition.indexedSearchCondition.isEmpty() && dialectOf(m_db) == SqlDialect::SQLite;
    for (int i = 0; i < words.size(); ++i) {
        const QString placeholder = u":word"_qs % QString::number(i);
        const QString pattern = sql::containsPattern(words[i]);
        QString condition;
        if (indexed && words[i].size() >= 3) {
            const QString phrase = u":phrase"_qs % QString::number(i);
            condition = QString(m_definition.indexedSearchCondition)
                            .replace(QStringLiteral(":phrase"), phrase)
                            .replace(QStringLiteral(":word"), placeholder);
            bindings->append({phrase, searchIndexPhrase(words[i])});
        } else {
            condition =
                QString(m_definition.searchCondition).replace(QStringLiteral(":word"), placeholder);
        }
        if (condition.contains(placeholder)) // the index's condition may not name it
            bindings->append({placeholder, pattern});
        if (const QString related = relatedMatches(pattern); !related.isEmpty())
            condition = u'(' % condition % u" OR "_qs % related % u')';
        conditions.append(condition);
    }
    if (m_filter && *m_filter >= 0 && *m_filter < m_definition.filters.size()) {
        // The definition's own SQL, never the user's text.
        conditions.append(u'(' % m_definition.filters[*m_filter].condition % u')');
    }
    return conditions.isEmpty() ? QString() : u" WHERE "_qs % conditions.join(u" AND ");
}

QString RecordListModel::relatedMatches(const QString &pattern) const
{
    const RelatedSearch &related = m_definition.relatedSearch;
    if (related.column.isEmpty())
        return {};
    // The few related rows (organisations) first, their ids then written
    // into the condition: with the values before it, PostgreSQL's planner
    // estimates how many records match and chooses its indexes (given a
    // subquery, it guessed thousands and walked the whole sort index for a
    // name nobody has). The ids are the database's integers, no user text.
    const QList<int> ids = sql::ids(m_db,
                                    u"SELECT id FROM "_qs % related.table %
                                        u" WHERE search_text LIKE :word ESCAPE '\\'"_qs,
                                    {{QStringLiteral(":word"), pattern}});
    if (ids.isEmpty())
        return {};
    QStringList written;
    for (int id : ids)
        written.append(QString::number(id));
    return related.column % u" IN ("_qs % written.join(u',') % u')';
}

void RecordListModel::setFilter(std::optional<int> index)
{
    if (index == m_filter)
        return;
    m_filter = index;
    refresh();
}

void RecordListModel::refresh()
{
    beginResetModel();
    readFirstPage();
    endResetModel();
}

void RecordListModel::readFirstPage()
{
    QStringList selected{m_definition.alias % u".id"};
    for (const ListColumn &column : m_definition.columns)
        selected.append(column.expression);

    QString order = QStringLiteral("1");
    if (m_sortColumn >= 1 && m_sortColumn <= m_definition.columns.size()) {
        const ListColumn &column = m_definition.columns[m_sortColumn - 1];
        order = column.sortExpression.isEmpty() ? column.expression : column.sortExpression;
    }
    const QString direction =
        m_sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    m_bindings.clear();
    m_where = whereClause(&m_bindings);
    m_select = u"SELECT "_qs % selected.join(u", ") % u" FROM "_qs % m_definition.table % u' ' %
               m_definition.joins % m_where % u" ORDER BY "_qs % order % direction % u", 1"_qs;
    m_values.clear();
    m_rows = 0;
    m_complete = false;
    m_values = readPage(firstPageRows);
    m_rows = int(m_values.size() / columnCount());
}

QList<QVariant> RecordListModel::readPage(int limit)
{
    QList<QVariant> values;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // A query that failed leaves the list as it was and its error, from
    // prepare() (a table or column missing) or exec(), in m_error.
    if (!query.prepare(m_select % u" LIMIT :limit OFFSET :offset"_qs)) {
        m_error = query.lastError();
        m_complete = true;
        return values;
    }
    for (const auto &[name, value] : m_bindings)
        query.bindValue(name, value);
    query.bindValue(QStringLiteral(":limit"), limit);
    query.bindValue(QStringLiteral(":offset"), m_rows);
    if (!query.exec()) {
        m_error = query.lastError();
        m_complete = true;
        return values;
    }
    m_error = {};
    const int columns = columnCount();
    int read = 0;
    while (query.next()) {
        for (int column = 0; column < columns; ++column)
            values.append(query.value(column));
        ++read;
    }
    m_complete = read < limit;
    return values;
}

int RecordListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int RecordListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_definition.columns.size()) + 1;
}

bool RecordListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete;
}

void RecordListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // As many rows as are held: reaching the end of n rows reads about 2n.
    const QList<QVariant> page = readPage(std::max(firstPageRows, m_rows));
    const int read = int(page.size() / columnCount());
    if (read == 0)
        return;
    beginInsertRows({}, m_rows, m_rows + read - 1);
    m_values.append(page);
    m_rows += read;
    endInsertRows();
}

QString RecordListModel::readFailure() const
{
    return m_error.isValid() ? Database::describeFailure(m_db, m_error) : QString();
}

int RecordListModel::matchingCount() const
{
    // The condition of the rows read, with the related records' ids found then.
    QList<sql::Binding> values;
    for (const auto &[name, value] : m_bindings)
        values.append({name, value});
    return sql::count(m_db, u"SELECT count(*) FROM "_qs % m_definition.table % m_where, values);
}

int RecordListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows ? m_values[qsizetype(row) * columnCount()].toInt() : 0;
}

int RecordListModel::rowOfId(int id)
{
    for (int row = 0;; ++row) {
        while (row >= rowCount() && canFetchMore())
            fetchMore();
        if (row >= rowCount())
            return -1;
        if (idAt(row) == id)
            return row;
    }
}

void RecordListModel::sort(int column, Qt::SortOrder order)
{
    // A view that enables sorting asks for the order the list has already:
    // not read twice.
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    refresh();
}

QVariant RecordListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) ||
        (role != Qt::DisplayRole && role != Qt::EditRole)) {
        return {};
    }
    const QVariant value = m_values[qsizetype(index.row()) * columnCount() + index.column()];
    if (role != Qt::DisplayRole || index.column() < 1 ||
        index.column() > m_definition.columns.size()) {
        return value;
    }
    const ListColumn &column = m_definition.columns[index.column() - 1];
    if (column.vocabulary)
        return vocabularyLabel(*column.vocabulary, value.toString());
    if (column.isDate)
        return displayDate(sql::dateFrom(value));
    return value;
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 1 &&
        section <= m_definition.columns.size()) {
        const ListColumn &column = m_definition.columns[section - 1];
        return QCoreApplication::translate(column.headerContext, column.header);
    }
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section == 0)
        return QStringLiteral("#");
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace ep
