#include "agendatablemodel.h"

#include "personrepository.h"
#include "siterepository.h"
#include "vocabulary.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace ep {

AgendaTableModel::AgendaTableModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
    , m_language(languageOfLocale())
{}

void AgendaTableModel::setItems(const QList<AgendaItem> &items)
{
    beginResetModel();
    m_items = items;
    std::stable_sort(m_items.begin(), m_items.end(), [](const AgendaItem &a, const AgendaItem &b) {
        return std::tie(a.day, a.start) < std::tie(b.day, b.start);
    });
    readNames();
    endResetModel();
}

void AgendaTableModel::setLanguage(Language language)
{
    beginResetModel();
    m_language = language;
    readNames();
    endResetModel();
}

void AgendaTableModel::readNames()
{
    m_siteNames.clear();
    for (const auto &[id, name] : SiteRepository(m_db).choices(m_language))
        m_siteNames.insert(id, name);
    QSet<int> hosts;
    for (const AgendaItem &item : std::as_const(m_items))
        hosts.unite(QSet<int>(item.hostIds.cbegin(), item.hostIds.cend()));
    m_personNames.clear();
    for (const PersonLabel &label : PersonRepository(m_db).labels(hosts.values()))
        m_personNames.insert(label.id, label.name);
}

int AgendaTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int AgendaTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgendaTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const AgendaItem &item = m_items[index.row()];
    if (role == Qt::ToolTipRole && index.column() == Title) {
        const QList<Language> missing = item.title.missingLanguages();
        if (missing.isEmpty())
            return {};
        QStringList codes;
        for (Language language : missing)
            codes.append(languageCode(language));
        return QCoreApplication::translate("AgendaTableModel", "Title missing in: %1")
            .arg(codes.join(u", "));
    }
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Day:
        return locale.toString(item.day,
                               QString(u"ddd "_qs % locale.dateFormat(QLocale::ShortFormat)));
    case Time:
        return QString(locale.toString(item.start, QLocale::ShortFormat) % u"–" %
                       locale.toString(item.end, QLocale::ShortFormat));
    case Title:
        return item.title.text(m_language);
    case Kind:
        return vocabularyLabel(Vocabulary::AgendaItemKind, item.kind);
    case Site:
        return m_siteNames.value(item.siteId);
    case Hosts: {
        QStringList names;
        for (int id : item.hostIds)
            names.append(m_personNames.value(id));
        return names.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QVariant AgendaTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char *const headers[ColumnCount] = {
        QT_TRANSLATE_NOOP("AgendaTableModel", "Day"),
        QT_TRANSLATE_NOOP("AgendaTableModel", "Time"),
        QT_TRANSLATE_NOOP("AgendaTableModel", "Item"),
        QT_TRANSLATE_NOOP("AgendaTableModel", "Kind"),
        QT_TRANSLATE_NOOP("AgendaTableModel", "Site"),
        QT_TRANSLATE_NOOP("AgendaTableModel", "Hosts and speakers"),
    };
    if (section < 0 || section >= ColumnCount)
        return {};
    return QCoreApplication::translate("AgendaTableModel", headers[section]);
}

} // namespace ep
