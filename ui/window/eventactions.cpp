#include "window/eventactions.h"

#include "domain/eventcopy.h"
#include "editing/recordchanges.h"
#include "editing/undoablechange.h"
#include "export/eventdocument.h"
#include "storage/eventrepository.h"
#include "window/attendancedialog.h"
#include "window/calendardialog.h"
#include "window/duplicateeventdialog.h"
#include "window/messagetemplatesdialog.h"
#include "window/writeemaildialog.h"
#include "window/writemessagesdialog.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QSqlError>
#include <QTabWidget>

namespace ep {

EventActions::EventActions(Window window, QObject *parent)
    : QObject(parent)
    , m_window(std::move(window))
    , m_duplicate(new QAction(this))
    , m_calendar(new QAction(this))
    , m_writeEmail(new QAction(this))
    , m_writeMessages(new QAction(this))
    , m_messageTemplates(new QAction(this))
    , m_attendance(new QAction(this))
{
    m_attendance->setObjectName(QStringLiteral("attendanceAction"));
    m_attendance->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_attendance->setEnabled(false);
    connect(m_attendance, &QAction::triggered, this, [this] {
        if (m_window.settleEdits())
            enterAttendance(m_window.currentEvent());
    });
    m_writeMessages->setObjectName(QStringLiteral("writeMessagesAction"));
    m_writeMessages->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    m_writeMessages->setEnabled(false);
    connect(m_writeMessages, &QAction::triggered, this, [this] {
        if (m_window.settleEdits())
            writeMessages(m_window.currentEvent());
    });
    m_messageTemplates->setObjectName(QStringLiteral("messageTemplatesAction"));
    connect(m_messageTemplates, &QAction::triggered, this, &EventActions::editMessageTemplates);
    m_writeEmail->setObjectName(QStringLiteral("writeEmailAction"));
    m_writeEmail->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_writeEmail->setEnabled(false);
    connect(m_writeEmail, &QAction::triggered, this, [this] {
        if (m_window.settleEdits())
            writeEmail(m_window.currentEvent());
    });
    m_calendar->setObjectName(QStringLiteral("calendarAction"));
    m_calendar->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_calendar, &QAction::triggered, this,
            [this] { showCalendar(m_window.currentEvent()); });
    m_duplicate->setObjectName(QStringLiteral("duplicateEventAction"));
    m_duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_duplicate->setEnabled(false);
    connect(m_duplicate, &QAction::triggered, this, [this] {
        if (m_window.settleEdits())
            duplicateEvent(m_window.currentEvent());
    });
}

QMenu *EventActions::createMenu(QWidget *parent)
{
    m_menu = new QMenu(parent);
    m_menu->addAction(m_duplicate);
    m_menu->addAction(m_writeEmail);
    m_menu->addAction(m_writeMessages);
    m_menu->addAction(m_messageTemplates);
    m_menu->addSeparator();
    m_menu->addAction(m_attendance);
    m_menu->addSeparator();
    m_menu->addAction(m_calendar);
    return m_menu;
}

void EventActions::retranslate()
{
    if (m_menu)
        m_menu->setTitle(tr("Even&t"));
    m_duplicate->setText(tr("D&uplicate Event…"));
    m_calendar->setText(tr("&Calendar…"));
    m_writeEmail->setText(tr("Write &Email…"));
    m_writeEmail->setToolTip(tr("A message to the participants chosen, opened in the mail "
                                "program with their addresses in BCC"));
    m_writeMessages->setText(tr("Write &Messages…"));
    m_writeMessages->setToolTip(tr("A personalised email draft per participant from a template, "
                                   "in the language each reads"));
    m_messageTemplates->setText(tr("Message &Templates…"));
    m_messageTemplates->setToolTip(tr("The invitation, confirmation and practical information in "
                                      "German, Polish and English"));
    m_attendance->setText(tr("&Attendance…"));
    m_attendance->setToolTip(tr("Who signed the sign-in sheets, day by day and visit by visit, "
                                "by the rows' numbers as printed"));
    m_calendar->setToolTip(tr("Every event by month and year, one event day by day, with the "
                              "conflicts flagged"));
    m_duplicate->setToolTip(tr("Next time's event from the one shown: its agenda moved to a new "
                               "first day, organisers, hosts, topics and funding as they are"));
}

void EventActions::setEventShown(bool shown, bool mayWrite)
{
    m_duplicate->setEnabled(shown && mayWrite);
    m_writeEmail->setEnabled(shown);
    m_writeMessages->setEnabled(shown);
    m_messageTemplates->setEnabled(mayWrite);
    m_attendance->setEnabled(shown && mayWrite);
}

void EventActions::enterAttendance(int eventId)
{
    const Workspace workspace = m_window.workspace();
    QSqlError error;
    std::optional<EventDocument> document = EventDocument::load(workspace.db, eventId, &error);
    if (!document) {
        QMessageBox::warning(m_window.widget, tr("Attendance"),
                             error.isValid() ? error.text()
                                             : tr("The event was deleted in another window or "
                                                  "program."));
        return;
    }
    AttendanceDialog dialog(workspace, std::move(*document), m_window.widget);
    dialog.exec();
}

void EventActions::closeCalendars()
{
    const QList<CalendarDialog *> open = m_window.widget->findChildren<CalendarDialog *>();
    for (CalendarDialog *calendar : open)
        calendar->close();
}

void EventActions::writeEmail(int eventId)
{
    QSqlError error;
    std::optional<EventDocument> document =
        EventDocument::load(m_window.workspace().db, eventId, &error);
    if (!document) {
        QMessageBox::warning(m_window.widget, tr("Write Email"),
                             error.isValid() ? error.text()
                                             : tr("The event was deleted in another window or "
                                                  "program."));
        return;
    }
    WriteEmailDialog dialog(std::move(*document), m_window.selectedParticipants(), m_window.widget);
    dialog.exec();
}

void EventActions::writeMessages(int eventId)
{
    const QSqlDatabase db = m_window.workspace().db;
    QSqlError error;
    std::optional<EventDocument> document = EventDocument::load(db, eventId, &error);
    if (!document) {
        QMessageBox::warning(m_window.widget, tr("Write Messages"),
                             error.isValid() ? error.text()
                                             : tr("The event was deleted in another window or "
                                                  "program."));
        return;
    }
    WriteMessagesDialog dialog(db, std::move(*document), m_window.selectedParticipants(),
                               m_window.widget);
    if (dialog.loadTemplates())
        dialog.exec();
}

void EventActions::editMessageTemplates()
{
    MessageTemplatesDialog dialog(m_window.workspace().db, MessageKind::Invitation,
                                  m_window.widget);
    if (dialog.load())
        dialog.exec();
}

void EventActions::showCalendar(int eventId)
{
    const Workspace workspace = m_window.workspace();
    auto *calendar = new CalendarDialog(workspace.db, m_window.widget);
    calendar->setAttribute(Qt::WA_DeleteOnClose);
    connect(calendar, &CalendarDialog::eventRequested, this,
            [this](int id) { m_window.showEvent(id); });
    connect(workspace.changes, &RecordChanges::changed, calendar, &CalendarDialog::reload);
    if (eventId > 0) {
        if (const std::optional<Event> event =
                EventRepository(workspace.db).loadWithoutParticipants(eventId)) {
            calendar->showMonth(event->startDate);
            calendar->showEventDays(eventId);
            calendar->tabs()->setCurrentIndex(CalendarDialog::MonthTab);
        }
    }
    calendar->show();
}

void EventActions::duplicateEvent(int eventId)
{
    const Workspace workspace = m_window.workspace();
    QSqlError error;
    const std::optional<Event> source = EventRepository(workspace.db).load(eventId, &error);
    if (!source) {
        QMessageBox::warning(m_window.widget, tr("Not Duplicated"),
                             error.isValid() ? error.text()
                                             : tr("The event was deleted in another window or "
                                                  "program."));
        return;
    }
    const Language language = languageOfLocale();
    DuplicateEventDialog dialog(source->title.text(language), source->startDate, source->endDate,
                                int(source->participants.size()), m_window.widget);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Event copy = copiedEvent(*source, dialog.firstDay(),
                             dialog.withParticipants() ? CopiedParticipants::Invited
                                                       : CopiedParticipants::Left);
    const SaveResult result = saveUndoably<EventRepository>(workspace, Area::Events, copy, Event{},
                                                            tr("Duplicate Event"));
    if (!result.ok()) {
        QMessageBox::warning(m_window.widget, tr("Not Duplicated"),
                             StaleMessages::explain(result, workspace.db));
        return;
    }
    m_window.showEvent(copy.id);
    emit said(tr("\"%1\" was made from the event; Undo takes it away again.")
                  .arg(copy.title.text(language)));
}

} // namespace ep
