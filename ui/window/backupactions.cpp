#include "window/backupactions.h"

#include "storage/database.h"
#include "storage/restore.h"
#include "window/backupsdialog.h"
#include "window/databasefiles.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QThread>

#include <memory>

namespace ep {

BackupActions::BackupActions(Window window, QObject *parent)
    : QObject(parent)
    , m_window(std::move(window))
    , m_backUp(new QAction(this))
    , m_backups(new QAction(this))
    , m_restore(new QAction(this))
{
    m_backUp->setObjectName(QStringLiteral("backUpAction"));
    m_backups->setObjectName(QStringLiteral("backupsAction"));
    m_restore->setObjectName(QStringLiteral("restoreAction"));
    connect(m_backUp, &QAction::triggered, this, &BackupActions::backUp);
    connect(m_backups, &QAction::triggered, this, &BackupActions::showBackups);
    connect(m_restore, &QAction::triggered, this, &BackupActions::chooseAndRestore);
}

BackupActions::~BackupActions()
{
    if (m_thread)
        m_thread->wait();
}

void BackupActions::retranslate()
{
    m_backUp->setText(tr("&Back Up Database…"));
    m_backups->setText(tr("Bac&kups…"));
    m_restore->setText(tr("&Restore from Backup…"));
    updateActions();
}

QString BackupActions::databaseFile() const
{
    const Database *database = m_window.database();
    return database && !database->isServer() ? database->location() : QString();
}

void BackupActions::backUp()
{
    // Saved changes only: a copy says what the database holds.
    if (!m_window.settleEdits())
        return;
    if (const QString path = DatabaseFiles::backUp(m_window.widget, *m_window.database());
        !path.isEmpty())
        emit said(tr("Wrote a copy of the database to %1.").arg(QDir::toNativeSeparators(path)));
}

void BackupActions::updateActions()
{
    const bool file = !databaseFile().isEmpty();
    for (QAction *action : {m_backups, m_restore}) {
        action->setEnabled(file);
        action->setToolTip(file ? QString()
                                : tr("A team database is backed up on its server, by its "
                                     "administrator."));
    }
}

void BackupActions::backUpIfDue()
{
    const QString path = databaseFile();
    if (path.isEmpty() || m_thread)
        return;
    auto outcome = std::make_shared<Backups::Outcome>();
    m_thread = QThread::create(
        [path, outcome] { *outcome = Backups::backUpIfDue(path, QDateTime::currentDateTime()); });
    connect(m_thread, &QThread::finished, this, [this, outcome] {
        m_thread->deleteLater();
        m_thread = nullptr;
        switch (outcome->status) {
        case Backups::Outcome::Status::Written:
            emit said(tr("Today's backup was written to %1.")
                          .arg(QDir::toNativeSeparators(outcome->path)));
            break;
        case Backups::Outcome::Status::Failed:
            emit said(outcome->message);
            break;
        case Backups::Outcome::Status::NotDue:
            break;
        }
    });
    m_thread->start(QThread::LowPriority);
}

void BackupActions::showBackups()
{
    BackupsDialog dialog(databaseFile(), m_window.widget);
    if (dialog.exec() == QDialog::Accepted && !dialog.chosenBackup().isEmpty())
        restore(dialog.chosenBackup());
}

void BackupActions::chooseAndRestore()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window.widget, tr("Restore from Backup"), Backups::folderFor(databaseFile()),
        tr("Exchange Planner databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        restore(path);
}

void BackupActions::restore(const QString &backupPath)
{
    const QString database = databaseFile();
    if (database.isEmpty() || !m_window.settleEdits())
        return;
    const Backups::Copy copy = Backups::describe(backupPath);
    if (!copy.problem.isEmpty()) {
        QMessageBox::warning(m_window.widget, tr("Not Restored"),
                             tr("The backup cannot be restored: %1").arg(copy.problem));
        return;
    }
    const QLocale locale;
    QMessageBox ask(
        QMessageBox::Question, tr("Restore from Backup"),
        tr("Replace everything in %1 with the backup of %2 (%Ln event(s), %3)?", "", copy.events)
            .arg(QDir::toNativeSeparators(database),
                 locale.toString(copy.written, QLocale::ShortFormat),
                 tr("%Ln person(s)", "", copy.people)),
        QMessageBox::Cancel, m_window.widget);
    ask.setInformativeText(
        tr("The database as it is now is kept beside it as %1. Changes made since the backup "
           "are then only in that copy, and the undo history is cleared.")
            .arg(QFileInfo(Restore::keptPathFor(database, QDate::currentDate())).fileName()));
    QPushButton *restore = ask.addButton(tr("&Restore"), QMessageBox::AcceptRole);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() != restore)
        return;
    Restore::Outcome outcome;
    m_window.withDatabaseClosed([&] {
        // The automatic copy reads the database on a connection of its own.
        if (m_thread)
            m_thread->wait();
        outcome = Restore::fromBackup(backupPath, database, QDate::currentDate());
    });
    if (!outcome.ok()) {
        QMessageBox::warning(m_window.widget, tr("Not Restored"), outcome.message);
        return;
    }
    QMessageBox::information(
        m_window.widget, tr("Restored"),
        tr("%1 now holds what the backup of %2 held. The database as it was is kept as %3.")
            .arg(QDir::toNativeSeparators(database),
                 locale.toString(copy.written, QLocale::ShortFormat),
                 QDir::toNativeSeparators(outcome.keptPath)));
}

} // namespace ep
