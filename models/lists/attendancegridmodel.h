#pragma once

#include "domain/language.h"
#include "export/participantlist.h"
#include "storage/attendancerepository.h"

#include <QAbstractTableModel>
#include <QSet>

namespace ep {

// The attendance grid of one event: a row per participant on the sign-in
// sheets (registered by last name, then walk-ins, as the sheets print them),
// a column for the name, one for the organisation, then one per sheet —
// each day, and each site visit after its day. A cell is ticked when the
// person signed that sheet; a person not expected on a day (arrival to
// departure) has no box that day. The vertical header numbers the rows as
// the sheet of the current column's day does. Ticks stay in the model until
// entry() hands them over as one AttendanceEntry.
class AttendanceGridModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int NameColumn = 0;
    static constexpr int OrganisationColumn = 1;
    static constexpr int FirstSheetColumn = 2;

    AttendanceGridModel(EventDocument document, Language language, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    QList<AttendanceSheet> sheets() const { return m_sheets; }
    // The sheet of `column`; none for the name and organisation.
    std::optional<AttendanceSheet> sheetAt(int column) const;
    // "Monday, 8 July 2019", or "Monday, 8 July 2019, 11:30, MARK 51°7" for a visit.
    QString sheetName(const AttendanceSheet &sheet) const;
    // Numbers the rows as the sheet of `column`'s day (the vertical header).
    void setNumberingColumn(int column);
    int numberingColumn() const { return m_numberingColumn; }
    // The row numbered `number` on the current day's sheet; -1 when none is.
    int rowNumbered(int number) const;
    // Flips the tick of a cell that has a box; false when it has none.
    bool toggle(const QModelIndex &index);

    // A walk-in of `organisation` who signed the sheet of `column` (a new
    // row at the end).
    void addWalkIn(const Person &person, const QString &organisation, int column);
    // Ticked and signed on `sheet`, of those expected on it.
    int presentCount(const AttendanceSheet &sheet) const;
    int expectedCount(const AttendanceSheet &sheet) const;

    bool isModified() const;
    // What the ticks change against what was loaded.
    AttendanceEntry entry() const;

private:
    struct Row
    {
        Person person; // id 0: a walk-in not stored yet
        QString organisation;
        Participation participation;
        QSet<int> ticked; // sheet indexes
    };
    bool hasBox(const Row &row, int sheet) const;
    // The column's heading: "Mon 8.7.", "Mon 8.7. 11:30\nMARK 51°7".
    QString sheetTitle(const AttendanceSheet &sheet) const;
    // Where a site visit goes: its site, else its title.
    QString visitPlace(const AttendanceSheet &sheet) const;

    EventDocument m_document;
    Language m_language; // of sites' and agenda items' names
    QList<AttendanceSheet> m_sheets;
    QList<Row> m_rows;
    QList<QSet<int>> m_loaded; // the stored ticks of each stored row
    QList<int> m_numbers;      // of each row on the current day's sheet; 0: not on it
    int m_numberingColumn = FirstSheetColumn;
};

} // namespace ep
