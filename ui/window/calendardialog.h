#pragma once

#include "storage/conflicts.h"
#include "storage/eventrepository.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QLabel;
class QTabWidget;
class QTableWidget;
class QTreeWidget;

namespace ep {

// Event › Calendar…: every event in a month and in a year, and one event's
// agenda day by day, with the conflicts (storage/conflicts.h) flagged where
// they happen — a "⚠" with the conflict's words, never by colour alone —
// and listed below. Double-clicking an event, a day of it or a conflict
// shows the event in the main window. Its texts are those of the language
// the window had when it was opened.
class CalendarDialog final : public QDialog
{
    Q_OBJECT

public:
    CalendarDialog(const QSqlDatabase &db, QWidget *parent = nullptr);

    enum Tab
    {
        MonthTab,
        YearTab,
        DaysTab,
    };

    // Reads the events and conflicts again and shows them.
    void reload();
    // Shows the month of `day` (the month and year views).
    void showMonth(QDate day);
    // Shows the agenda of `eventId` day by day.
    void showEventDays(int eventId);
    QTabWidget *tabs() const { return m_tabs; }

signals:
    void eventRequested(int eventId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillMonth();
    void fillYear();
    void fillDays();
    void fillConflicts();
    QList<const EventSummary *> eventsOn(QDate day) const;
    QList<const Conflict *> conflictsOn(QDate day) const;

    QSqlDatabase m_db;
    QList<EventSummary> m_events;
    QList<Conflict> m_conflicts;
    QDate m_month; // its first day
    QTabWidget *m_tabs;
    QLabel *m_monthTitle;
    QTableWidget *m_monthGrid;
    QLabel *m_yearTitle;
    QTableWidget *m_yearGrid;
    QComboBox *m_event;
    QTreeWidget *m_days;
    QTreeWidget *m_conflictList;
};

} // namespace ep
