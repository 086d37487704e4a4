#include "window/databasefiles.h"

#include "export/filewriting.h"
#include "storage/database.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSqlError>
#include <QStandardPaths>

namespace ep {

std::unique_ptr<Database> DatabaseFiles::open(QWidget *parent, const QString &currentLocation)
{
    const QString path = QFileDialog::getOpenFileName(
        parent, tr("Open Database"), QFileInfo(currentLocation).absolutePath(),
        tr("Exchange Planner databases (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return nullptr;
    auto database = std::make_unique<Database>();
    const Database::OpenResult result = database->open(path);
    if (!result.ok()) {
        QMessageBox::critical(parent, tr("Cannot Open Database"), result.message);
        return nullptr;
    }
    return database;
}

std::unique_ptr<Database> DatabaseFiles::create(QWidget *parent, const QString &currentLocation)
{
    QString path = QFileDialog::getSaveFileName(
        parent, tr("New Database"), QFileInfo(currentLocation).absolutePath(),
        tr("Exchange Planner databases (*.sqlite)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return nullptr;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(parent, tr("New Database"),
                             tr("%1 already exists. Choose another name, or open it with "
                                "File › Open Database.")
                                 .arg(QDir::toNativeSeparators(path)));
        return nullptr;
    }
    auto database = std::make_unique<Database>();
    const Database::OpenResult result = database->open(path);
    if (!result.ok()) {
        QMessageBox::critical(parent, tr("Cannot Create Database"), result.message);
        return nullptr;
    }
    return database;
}

QString DatabaseFiles::backUp(QWidget *parent, const Database &database)
{
    // Beside the file; a team database's offline copy goes to the documents
    // folder, named after the database on the server.
    const QFileInfo current(database.location());
    const QDir folder =
        database.isServer()
            ? QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            : current.dir();
    const QString name =
        database.isServer() ? database.connection().databaseName() : current.completeBaseName();
    const QString suggested =
        folder.filePath(portableFileName(name) % u"-backup-"_qs %
                        QDate::currentDate().toString(Qt::ISODate) % u".sqlite"_qs);
    // The dialog asks before replacing a file; the copy is written under a
    // new name first, so a failed backup leaves the old file as it was.
    const QString path =
        QFileDialog::getSaveFileName(parent, tr("Back Up Database"), suggested,
                                     tr("Exchange Planner databases (*.sqlite *.db)"));
    if (path.isEmpty())
        return {};
    // The same file under another name (a link, another spelling of the
    // path) is the database too.
    if (database.isOwnFile(path)) {
        QMessageBox::warning(parent, tr("Not Backed Up"),
                             tr("%1 is the open database itself; a backup cannot replace it. "
                                "Choose another name for the copy.")
                                 .arg(QDir::toNativeSeparators(path)));
        return {};
    }
    const QString written = path % u".new"_qs;
    QFile::remove(written);
    QSqlError error = database.backupTo(written);
    if (!error.isValid() && QFile::exists(path) && !QFile::remove(path))
        error =
            QSqlError(QString(), tr("the old file cannot be replaced"), QSqlError::UnknownError);
    if (!error.isValid() && !QFile::rename(written, path))
        error = QSqlError(QString(), tr("the copy cannot be renamed"), QSqlError::UnknownError);
    if (error.isValid()) {
        QFile::remove(written);
        QMessageBox::warning(parent, tr("Not Backed Up"),
                             tr("The copy %1 cannot be written: %2")
                                 .arg(QDir::toNativeSeparators(path), error.text()));
        return {};
    }
    return path;
}

} // namespace ep
