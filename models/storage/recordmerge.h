#pragma once

#include "storage/records.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace ep {

// One thing the user changed in a record that another writer changed since
// it was loaded — a field, or a whole agenda item or participation — with
// the user's value and the one stored now, to choose between.
struct MergeChoice
{
    QString what;   // e.g. "Venue: city", "Title (PL)", "Agenda item “Guided tour”"
    QString mine;   // the user's value, as text
    QString stored; // the value stored now, as text
    // The other writer changed this too: the stored value is not the one loaded.
    bool changedElsewhere = false;
    bool takeMine = true;
};

// Values and labels of columns as the user reads them.
class ValueTexts final
{
    Q_DECLARE_TR_FUNCTIONS(ValueTexts)

public:
    template <typename Record>
    static QString label(const Column<Record> &column)
    {
        return label(column.context, column.label, column.language);
    }
    template <typename Record>
    static QString of(const QSqlDatabase &db, const Column<Record> &column, const Record &record)
    {
        return of(db, column.kind, column.vocabulary, column.references, column.value(record));
    }

    static QString label(const char *context, const char *label, std::optional<Language> language);
    // `value` as bound for a column of `kind` (storage/columns.h): a date in
    // the locale's format, a code as its label, a reference as the name of
    // the record it points to …; "(empty)" for nothing.
    static QString of(const QSqlDatabase &db, ColumnKind kind, std::optional<Vocabulary> vocabulary,
                      const char *references, const QVariant &value);
};

// `record` as a new one: without id and version (an event's agenda items
// and participations too), to be inserted.
template <typename Record>
Record asNewRecord(Record record)
{
    record.id = 0;
    record.version = 0;
    return record;
}
Event asNewRecord(Event event);

// The columns of `Record` (indices into recordTable<Record>().columns) in
// which `changed` differs from `base`.
template <typename Record>
QList<int> changedColumns(const Record &changed, const Record &base)
{
    const QList<Column<Record>> &columns = recordTable<Record>().columns;
    QList<int> result;
    for (int index = 0; index < columns.size(); ++index) {
        if (!sameValue(columns[index], changed, base))
            result.append(index);
    }
    return result;
}

// `onto` with the values `from` holds in `columns`.
template <typename Record>
Record withColumns(Record onto, const Record &from, const QList<int> &columns)
{
    for (int index : columns) {
        const Column<Record> &column = recordTable<Record>().columns[index];
        column.set(onto, column.value(from));
    }
    return onto;
}

// Brings together what the user changed in a record's own fields (`mine`
// against `base`, the record as they loaded it) and what another writer
// stored since (`stored`): one choice per field the user changed; merged()
// is the stored record with the user's values where they kept them.
template <typename Record>
class FieldMerge
{
public:
    FieldMerge(const QSqlDatabase &db, Record mine, Record base, Record stored)
        : m_mine(std::move(mine))
        , m_base(std::move(base))
        , m_stored(std::move(stored))
        , m_changed(changedColumns(m_mine, m_base))
    {
        const QList<Column<Record>> &columns = recordTable<Record>().columns;
        for (int index : m_changed) {
            const Column<Record> &column = columns[index];
            m_choices.append({ValueTexts::label(column), ValueTexts::of(db, column, m_mine),
                              ValueTexts::of(db, column, m_stored),
                              !sameValue(column, m_stored, m_base)});
        }
    }

    QList<MergeChoice> choices() const { return m_choices; }
    const Record &mine() const { return m_mine; }
    const Record &base() const { return m_base; }
    const Record &stored() const { return m_stored; }

    // The stored record with the user's values where `choices` (this
    // merge's first choices(), ticked or not) keep them.
    Record merged(const QList<MergeChoice> &choices) const
    {
        QList<int> kept;
        for (int choice = 0; choice < m_changed.size(); ++choice) {
            if (choices.value(choice).takeMine)
                kept.append(m_changed[choice]);
        }
        return withColumns(m_stored, m_mine, kept);
    }

private:
    Record m_mine;
    Record m_base;
    Record m_stored;
    QList<int> m_changed;
    QList<MergeChoice> m_choices;
};

// What a save made stale by another writer offers the user, and what it
// saves then, to be written against the stored record: for most records
// their fields (FieldMerge).
template <typename Record>
class RecordMerge : public FieldMerge<Record>
{
public:
    using FieldMerge<Record>::FieldMerge;
};

// An event: its own fields as for any record, and of its agenda items and
// participations those the user changed: a change to a row nobody else
// touched is kept as it is, the fields the user changed in a row another
// writer changed too are one choice (the row's, not each field's), as is a
// row the user changed and another writer deleted (kept: added again as
// new) or deleted and another writer changed (kept: deleted).
template <>
class RecordMerge<Event>
{
public:
    RecordMerge(const QSqlDatabase &db, Event mine, Event base, Event stored);

    QList<MergeChoice> choices() const { return m_choices; }
    Event merged(const QList<MergeChoice> &choices) const;

private:
    // Applies the user's change to one child row onto the stored list.
    struct RowChange
    {
        std::function<void(Event &)> keep; // what keeping the user's change does
        std::optional<int> choice;         // the index of its choice; none: kept without asking
    };

    template <typename Row>
    void mergeRows(const QSqlDatabase &db, QList<Row> Event::*rows, const char *what);

    FieldMerge<Event> m_fields;
    QList<MergeChoice> m_choices; // first the fields, then the rows
    QList<RowChange> m_rowChanges;
};

} // namespace ep
