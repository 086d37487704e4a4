#pragma once

#include "domain/event.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSqlDatabase>

namespace ep {

// An event's agenda as a table, for the event form: the items as edited in
// memory (they are written with the event), in the order of day and time.
class AgendaTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Day,
        Time,
        Group, // "A": the part of the delegation a parallel item is for
        Title,
        Kind,
        Site,
        Hosts,
        MissingTranslations, // "PL EN": languages the title or the meeting point lacks
        ColumnCount
    };

    AgendaTableModel(QSqlDatabase db, QObject *parent = nullptr);

    const QList<AgendaItem> &items() const { return m_items; }
    void setItems(const QList<AgendaItem> &items);

    // The language the titles and site names are shown in.
    void setLanguage(Language language);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void readNames();
    // The languages the item's title, or its meeting point where it has one, lack.
    static QList<Language> missingLanguages(const AgendaItem &item);
    QVariant toolTip(const QModelIndex &index) const;

    QSqlDatabase m_db;
    Language m_language = Language::English;
    QList<AgendaItem> m_items;
    QHash<int, QString> m_siteNames;
    QHash<int, QString> m_personNames;
};

} // namespace ep
