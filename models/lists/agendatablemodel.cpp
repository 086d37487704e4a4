#include "lists/agendatablemodel.h"

#include "domain/formats.h"
#include "domain/vocabulary.h"
#include "storage/personrepository.h"
#include "storage/siterepository.h"

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
        return std::tie(a.day, a.start, a.group) < std::tie(b.day, b.start, b.group);
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
    if (role == Qt::ToolTipRole)
        return toolTip(index);
    if (role != Qt::DisplayRole)
        return {};
    const AgendaItem &item = m_items[index.row()];
    switch (index.column()) {
    case Day:
        // The day heads its items: shown on the first of them only.
        if (index.row() > 0 && m_items[index.row() - 1].day == item.day)
            return QString();
        return QString(QLocale().dayName(item.day.dayOfWeek(), QLocale::ShortFormat) % u' ' %
                       displayDate(item.day));
    case Time:
        return QString(displayTime(item.start) % u"–" % displayTime(item.end));
    case Group:
        return item.group;
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
    case MissingTranslations: {
        QStringList codes;
        for (Language language : missingLanguages(item))
            codes.append(languageCode(language).toUpper());
        return codes.join(u' ');
    }
    default:
        return {};
    }
}

QList<Language> AgendaTableModel::missingLanguages(const AgendaItem &item)
{
    QList<Language> missing;
    for (Language language : allLanguages) {
        if (item.title[language].isEmpty() ||
            (!item.meetingPoint.isEmpty() && item.meetingPoint[language].isEmpty()))
            missing.append(language);
    }
    return missing;
}

// The whole text of a cell the column may cut short, and for titles the
// languages still missing.
QVariant AgendaTableModel::toolTip(const QModelIndex &index) const
{
    const AgendaItem &item = m_items[index.row()];
    if (index.column() == Title) {
        QString tip = item.title.text(m_language);
        const auto addMissing = [&tip](const LocalizedText &text, const char *what) {
            if (text.isEmpty() || text.isComplete())
                return;
            QStringList codes;
            for (Language language : text.missingLanguages())
                codes.append(languageCode(language));
            tip += u'\n' %
                   QCoreApplication::translate("AgendaTableModel", what).arg(codes.join(u", "));
        };
        addMissing(item.title, QT_TRANSLATE_NOOP("AgendaTableModel", "Title missing in: %1"));
        addMissing(item.meetingPoint,
                   QT_TRANSLATE_NOOP("AgendaTableModel", "Meeting point missing in: %1"));
        return tip;
    }
    if (index.column() == MissingTranslations)
        return toolTip(this->index(index.row(), Title));
    if (index.column() == Site || index.column() == Hosts)
        return data(index, Qt::DisplayRole);
    return {};
}

QVariant AgendaTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char *const headers[ColumnCount] = {
        QT_TRANSLATE_NOOP("AgendaTableModel", "Day"),
        QT_TRANSLATE_NOOP("AgendaTableModel", "Time"),
        //: column heading: the part of the delegation a parallel item is for
        QT_TRANSLATE_NOOP("AgendaTableModel", "Group"),
        QT_TRANSLATE_NOOP("AgendaTableModel", "Item"),
        QT_TRANSLATE_NOOP("AgendaTableModel", "Kind"),
        QT_TRANSLATE_NOOP("AgendaTableModel", "Site"),
        QT_TRANSLATE_NOOP("AgendaTableModel", "Hosts and speakers"),
        //: column heading, short: the languages an item's title or meeting point still lacks,
        //: e.g. "PL EN"
        QT_TRANSLATE_NOOP("AgendaTableModel", "Missing"),
    };
    if (section < 0 || section >= ColumnCount)
        return {};
    return QCoreApplication::translate("AgendaTableModel", headers[section]);
}

} // namespace ep
