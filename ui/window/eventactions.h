#pragma once

#include "editing/workspace.h"

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace ep {

// The Event menu: what is done to an event as a whole before a visit.
// Duplicate Event… makes next time's event from the one on screen
// (copiedEvent()) as one undoable step and shows it; Write Email… and Write
// Messages… write to its participants, from the Message Templates…;
// Attendance… enters who signed its sign-in sheets;
// Calendar… shows every
// event by month and year, and one event day by day, with its conflicts.
class EventActions final : public QObject
{
    Q_OBJECT

public:
    struct Window
    {
        QWidget *widget = nullptr;
        std::function<Workspace()> workspace;
        // Saves or drops unsaved edits as the user says; false: cancelled.
        std::function<bool()> settleEdits;
        // The event on screen in the Events area; 0: none.
        std::function<int()> currentEvent;
        // Shows the event `id` in the Events area.
        std::function<void(int id)> showEvent;
        // The people selected on the shown event's Participants tab.
        std::function<QList<int>()> selectedParticipants;
    };

    explicit EventActions(Window window, QObject *parent = nullptr);

    QMenu *createMenu(QWidget *parent);
    void retranslate();
    // Enables what acts on the event shown; writing needs `mayWrite`.
    void setEventShown(bool shown, bool mayWrite);

    // Asks for the first day, then makes next time's event from `eventId`.
    void duplicateEvent(int eventId);
    // The calendar of every event with its conflicts (CalendarDialog), at
    // the month of `eventId` where one is shown; it follows every change
    // made in the window.
    void showCalendar(int eventId);
    // Closes the calendars open: another database is about to be used.
    void closeCalendars();
    // To the participants of `eventId` chosen in WriteEmailDialog.
    void writeEmail(int eventId);
    // Personalised drafts to the participants of `eventId`
    // (WriteMessagesDialog).
    void writeMessages(int eventId);
    // The message templates of the database (MessageTemplatesDialog).
    void editMessageTemplates();
    // Attendance typed off the signed sheets of `eventId` (AttendanceDialog).
    void enterAttendance(int eventId);

signals:
    void said(const QString &message);

private:
    Window m_window;
    QMenu *m_menu = nullptr;
    QAction *m_duplicate;
    QAction *m_calendar;
    QAction *m_writeEmail;
    QAction *m_writeMessages;
    QAction *m_messageTemplates;
    QAction *m_attendance;
};

} // namespace ep
