#include "window/eventactions.h"

#include "domain/eventcopy.h"
#include "editing/undoablechange.h"
#include "storage/eventrepository.h"
#include "window/duplicateeventdialog.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QSqlError>

namespace ep {

EventActions::EventActions(Window window, QObject *parent)
    : QObject(parent)
    , m_window(std::move(window))
    , m_duplicate(new QAction(this))
{
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
    return m_menu;
}

void EventActions::retranslate()
{
    if (m_menu)
        m_menu->setTitle(tr("Even&t"));
    m_duplicate->setText(tr("D&uplicate Event…"));
    m_duplicate->setToolTip(tr("Next time's event from the one shown: its agenda moved to a new "
                               "first day, organisers, hosts, topics and funding as they are"));
}

void EventActions::setEventShown(bool shown, bool mayWrite)
{
    m_duplicate->setEnabled(shown && mayWrite);
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
