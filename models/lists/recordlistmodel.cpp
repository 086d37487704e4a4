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

RecordListModel::RecordListModel(ListDefinition definition, QSqlDatabase db, QObject *parent)
    : QSqlQueryModel(parent)
    , m_definition(std::move(definition))
    , m_db(std::move(db))
    , m_sortColumn(m_definition.defaultSortColumn)
    , m_sortOrder(m_definition.defaultSortOrder)
{
    refresh();
}

void RecordListModel::setDefinition(ListDefinition definition)
{
    m_definition = std::move(definition);
    refresh();
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
    const SqlDialect dialect = dialectOf(m_db);
    const bool indexed =
        !m_definition.indexedSearchCondition.isEmpty() && dialect == SqlDialect::SQLite;
    const QString &condition =
        dialect == SqlDialect::PostgreSQL && !m_definition.serverSearchCondition.isEmpty()
            ? m_definition.serverSearchCondition
            : m_definition.searchCondition;
    for (int i = 0; i < words.size(); ++i) {
        const QString placeholder = u":word"_qs % QString::number(i);
        if (indexed && words[i].size() >= 3) {
            const QString phrase = u":phrase"_qs % QString::number(i);
            conditions.append(QString(m_definition.indexedSearchCondition)
                                  .replace(QStringLiteral(":phrase"), phrase)
                                  .replace(QStringLiteral(":word"), placeholder));
            bindings->append({phrase, searchIndexPhrase(words[i])});
        } else {
            conditions.append(QString(condition).replace(QStringLiteral(":word"), placeholder));
        }
        bindings->append({placeholder, sql::containsPattern(words[i])});
    }
    if (m_missingLanguage && !m_definition.missingTranslation.isEmpty()) {
        // The code is one of three fixed words, never the user's text.
        conditions.append(
            u'(' % m_definition.missingTranslation.arg(languageCode(*m_missingLanguage)) % u')');
    }
    return conditions.isEmpty() ? QString() : u" WHERE "_qs % conditions.join(u" AND ");
}

void RecordListModel::setMissingLanguage(std::optional<Language> language)
{
    if (language == m_missingLanguage)
        return;
    m_missingLanguage = language;
    refresh();
}

void RecordListModel::refresh()
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
    QList<std::pair<QString, QString>> bindings;
    const QString where = whereClause(&bindings);

    QSqlQuery query(m_db);
    // A query that failed leaves the list empty and its error, from prepare()
    // (a table or column missing) or exec(), in lastError().
    if (query.prepare(u"SELECT "_qs % selected.join(u", ") % u" FROM "_qs % m_definition.table %
                      u' ' % m_definition.joins % where % u" ORDER BY "_qs % order % direction %
                      u", 1"_qs)) {
        for (const auto &[name, value] : bindings)
            query.bindValue(name, value);
        query.exec();
    }
    setQuery(std::move(query));
}

QString RecordListModel::readFailure() const
{
    const QSqlError error = lastError();
    return error.isValid() ? Database::describeFailure(m_db, error) : QString();
}

int RecordListModel::matchingCount() const
{
    QList<std::pair<QString, QString>> bindings;
    const QString where = whereClause(&bindings);
    QList<sql::Binding> values;
    for (const auto &[name, value] : bindings)
        values.append({name, value});
    return sql::count(m_db, u"SELECT count(*) FROM "_qs % m_definition.table % where, values);
}

int RecordListModel::idAt(int row) const
{
    return QSqlQueryModel::data(index(row, 0)).toInt();
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
    const QVariant value = QSqlQueryModel::data(index, role);
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
    return QSqlQueryModel::headerData(section, orientation, role);
}

} // namespace ep
