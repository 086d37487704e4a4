#include "window/privacyactions.h"

#include "editing/recordchanges.h"
#include "storage/database.h"
#include "storage/personerasure.h"

#include <QAction>
#include <QDir>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>

namespace ep {
namespace {

QString htmlList(const QStringList &lines)
{
    QString html = QStringLiteral("<ul>");
    for (const QString &line : lines)
        html += u"<li>" % line.toHtmlEscaped() % u"</li>";
    return html % u"</ul>";
}

QStringList backupLines(const QList<Backups::Copy> &backups)
{
    const QLocale locale;
    QStringList lines;
    for (const Backups::Copy &copy : backups)
        lines.append(locale.toString(copy.written, QLocale::ShortFormat) % u" — " %
                     QDir::toNativeSeparators(copy.path));
    return lines;
}

} // namespace

PrivacyActions::PrivacyActions(Window window, QObject *parent)
    : QObject(parent)
    , m_window(std::move(window))
    , m_erase(new QAction(this))
{
    m_erase->setObjectName(QStringLiteral("erasePersonAction"));
    m_erase->setEnabled(false);
    connect(m_erase, &QAction::triggered, this, [this] {
        if (m_window.settleEdits())
            erasePerson(m_window.currentPerson());
    });
}

QMenu *PrivacyActions::createMenu(QWidget *parent)
{
    m_menu = new QMenu(parent);
    m_menu->addAction(m_erase);
    return m_menu;
}

void PrivacyActions::retranslate()
{
    if (m_menu)
        m_menu->setTitle(tr("P&rivacy"));
    m_erase->setText(tr("&Erase Person…"));
    m_erase->setToolTip(tr("Erase the person shown everywhere, on their request, for good"));
}

void PrivacyActions::setPersonShown(bool shown, bool mayWrite)
{
    m_erase->setEnabled(shown && mayWrite);
}

void PrivacyActions::databaseOpened()
{
    m_lastLogEntry = PersonErasure::lastLogEntry(m_window.database()->connection());
}

void PrivacyActions::noteCommitsElsewhere()
{
    const int last = PersonErasure::lastLogEntry(m_window.database()->connection());
    if (last <= m_lastLogEntry)
        return;
    m_lastLogEntry = last;
    if (m_window.undoStack->count() == 0)
        return;
    m_window.undoStack->clear();
    emit said(tr("Personal data was erased in another window or program; the undo history "
                 "was cleared so that nothing erased comes back."));
}

void PrivacyActions::erasePerson(int personId)
{
    Database *database = m_window.database();
    QSqlError error;
    const std::optional<PersonErasure::Plan> plan =
        PersonErasure::plan(database->connection(), personId, &error);
    if (!plan) {
        if (error.isValid())
            QMessageBox::warning(m_window.widget, tr("Not Erased"),
                                 Database::describeFailure(database->connection(), error));
        return;
    }
    const QList<Backups::Copy> backups =
        database->isServer() ? QList<Backups::Copy>{}
                             : PersonErasure::backupsHolding(database->location(), *plan);
    QString details = tr("<p>This removes:</p>") % htmlList(PersonErasure::describe(*plan)) %
                      tr("<p>It cannot be undone. What stays:</p>") %
                      htmlList(PersonErasure::whatStays());
    if (!backups.isEmpty()) {
        details += tr("<p>These backups, older than the erasure, still hold the person; they go "
                      "as the rotation removes them, or delete them by hand:</p>") %
                   htmlList(backupLines(backups));
    }
    QMessageBox ask(QMessageBox::Warning, tr("Erase Person"),
                    tr("Erase %1 everywhere, for good?").arg(plan->name), QMessageBox::Cancel,
                    m_window.widget);
    ask.setTextFormat(Qt::PlainText);
    ask.setInformativeText(details);
    QPushButton *erase = ask.addButton(tr("&Erase for Good"), QMessageBox::DestructiveRole);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() != erase)
        return;
    const PersonErasure::Result result = PersonErasure::erase(database->connection(), *plan);
    if (!result.ok()) {
        QMessageBox::warning(
            m_window.widget, tr("Not Erased"),
            tr("%1 was not erased: %2. Nothing was changed.")
                .arg(plan->name, Database::describeFailure(database->connection(), result.error)));
        return;
    }
    // The undo history may hold the person (a deletion's snapshot, an edit).
    m_window.undoStack->clear();
    m_lastLogEntry = PersonErasure::lastLogEntry(database->connection());
    emit m_window.changes->changed(Area::People, personId);
    for (const EventLink &event : plan->events)
        emit m_window.changes->changed(Area::Events, event.eventId);
    emit said(tr("%1 was erased.").arg(plan->name));
    if (!result.leftover.isEmpty())
        QMessageBox::information(m_window.widget, tr("Erase Person"), result.leftover);
}

} // namespace ep
