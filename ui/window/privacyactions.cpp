#include "window/privacyactions.h"

#include "documents/persondatadocument.h"
#include "editing/recordchanges.h"
#include "export/exportpaths.h"
#include "export/filewriting.h"
#include "storage/database.h"
#include "storage/personerasure.h"
#include "storage/privacylog.h"
#include "window/persondatadialog.h"
#include "window/retentiondialog.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QFileDialog>
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
    , m_export(new QAction(this))
    , m_erase(new QAction(this))
    , m_retention(new QAction(this))
{
    m_retention->setObjectName(QStringLiteral("retentionAction"));
    connect(m_retention, &QAction::triggered, this, [this] {
        if (m_window.settleEdits())
            showRetention();
    });
    m_export->setObjectName(QStringLiteral("exportPersonDataAction"));
    m_export->setEnabled(false);
    connect(m_export, &QAction::triggered, this, [this] {
        if (m_window.settleEdits())
            exportPersonData(m_window.currentPerson());
    });
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
    m_menu->addAction(m_export);
    m_menu->addAction(m_erase);
    m_menu->addSeparator();
    m_menu->addAction(m_retention);
    return m_menu;
}

void PrivacyActions::retranslate()
{
    if (m_menu)
        m_menu->setTitle(tr("P&rivacy"));
    m_export->setText(tr("E&xport Person's Data…"));
    m_export->setToolTip(tr("Everything held about the person shown, for them (PDF) or a machine "
                            "(JSON)"));
    m_erase->setText(tr("&Erase Person…"));
    m_retention->setText(tr("Data &Retention…"));
    m_erase->setToolTip(tr("Erase the person shown everywhere, on their request, for good"));
}

void PrivacyActions::setPersonShown(bool shown, bool mayWrite)
{
    m_export->setEnabled(shown);
    m_erase->setEnabled(shown && mayWrite);
    m_mayWrite = mayWrite;
}

void PrivacyActions::databaseOpened()
{
    m_lastLogEntry = privacylog::lastEntry(m_window.database()->connection());
}

void PrivacyActions::noteCommitsElsewhere()
{
    const int last = privacylog::lastEntry(m_window.database()->connection());
    if (last <= m_lastLogEntry)
        return;
    m_lastLogEntry = last;
    if (m_window.undoStack->count() == 0)
        return;
    m_window.undoStack->clear();
    emit said(tr("Personal data was erased or anonymised in another window or program; the "
                 "undo history was cleared so that none of it comes back."));
}

void PrivacyActions::showRetention()
{
    RetentionDialog dialog(m_window.database()->connection(), m_mayWrite, m_window.widget);
    dialog.exec();
    if (!dialog.applied())
        return;
    // The undo history may hold what was anonymised.
    m_window.undoStack->clear();
    m_lastLogEntry = privacylog::lastEntry(m_window.database()->connection());
    emit m_window.changes->changed(Area::People, 0);
    emit m_window.changes->changed(Area::Events, 0);
    emit said(tr("The retention policy was applied; the undo history was cleared."));
}

void PrivacyActions::exportPersonData(int personId)
{
    const QSqlDatabase db = m_window.database()->connection();
    QSqlError error;
    const std::optional<PersonData> data = PersonData::load(db, personId, &error);
    if (!data) {
        if (error.isValid())
            QMessageBox::warning(m_window.widget, tr("Not Exported"),
                                 Database::describeFailure(db, error));
        return;
    }
    PersonDataDialog dialog(data->person.displayName(), data->person.languages, m_window.widget);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString ending = dialog.pdf() ? u".pdf"_qs : u".json"_qs;
    const QString suggested =
        QDir(ExportPaths::folder())
            .filePath(portableFileName(data->person.displayName() % u" – " % tr("personal data") %
                                       u' ' % QDate::currentDate().toString(Qt::ISODate)) %
                      ending);
    QString path = QFileDialog::getSaveFileName(
        m_window.widget, tr("Export Person's Data"), suggested,
        dialog.pdf() ? tr("PDF documents (*.pdf)") : tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(ending, Qt::CaseInsensitive))
        path += ending;
    if (const QString problem = writePersonData(*data, path, dialog.language());
        !problem.isEmpty()) {
        QMessageBox::warning(m_window.widget, tr("Not Exported"), problem);
        return;
    }
    ExportPaths::remember(path);
    emit said(tr("Wrote the data of %1 to %2, readable by you alone.")
                  .arg(data->person.displayName(), QDir::toNativeSeparators(path)));
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
    m_lastLogEntry = privacylog::lastEntry(database->connection());
    emit m_window.changes->changed(Area::People, personId);
    for (const EventLink &event : plan->events)
        emit m_window.changes->changed(Area::Events, event.eventId);
    emit said(tr("%1 was erased.").arg(plan->name));
    if (!result.leftover.isEmpty())
        QMessageBox::information(m_window.widget, tr("Erase Person"), result.leftover);
}

} // namespace ep
