#include "window/teamdatabases.h"

#include "storage/database.h"
#include "storage/serverlocation.h"
#include "window/teamdatabasedialog.h"

#include <QDir>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>

namespace ep {
namespace {

const QString recentKey = QStringLiteral("database/recentTeamDatabases");

} // namespace

QStringList TeamDatabases::recent()
{
    return QSettings().value(recentKey).toStringList();
}

void TeamDatabases::remember(const QString &location)
{
    // Database::location() has no password; a typed address may have one.
    const QString safe = ServerLocation::parse(location).withoutPassword();
    if (safe.isEmpty())
        return;
    QStringList locations = recent();
    locations.removeAll(safe);
    locations.prepend(safe);
    QSettings().setValue(recentKey, locations.mid(0, maxRecent));
}

void TeamDatabases::rememberOpened(const Database &database)
{
    QSettings().setValue(QStringLiteral("database/last"), database.location());
    if (database.isServer())
        remember(database.location());
}

std::unique_ptr<Database> TeamDatabases::connect(QWidget *parent)
{
    TeamDatabaseDialog dialog(recent(), parent);
    for (;;) {
        if (dialog.exec() != QDialog::Accepted)
            return nullptr;
        QString message;
        if (std::unique_ptr<Database> database = open(&dialog, dialog.location(), &message))
            return database;
        if (!message.isEmpty())
            QMessageBox::critical(&dialog, tr("Cannot Connect"), message);
    }
}

std::unique_ptr<Database> TeamDatabases::open(QWidget *parent, const QString &location,
                                              QString *message)
{
    QString password;
    for (;;) {
        auto database = std::make_unique<Database>();
        const Database::OpenResult result = database->open(location, password);
        if (result.ok())
            return database;
        const bool refused = result.status == Database::Status::PasswordRefused;
        if (result.status != Database::Status::NeedsPassword && !refused) {
            *message = result.message;
            return nullptr;
        }
        bool cancelled = false;
        password = askPassword(parent, location, refused, &cancelled);
        if (cancelled) {
            message->clear();
            return nullptr;
        }
    }
}

QString TeamDatabases::askPassword(QWidget *parent, const QString &location, bool refused,
                                   bool *cancelled)
{
    const ServerLocation server = ServerLocation::parse(location);
    // libpq logs in under the login name when the address names no user.
    const QString user = !server.user().isEmpty()
                             ? server.user()
                             : qEnvironmentVariable("PGUSER", qEnvironmentVariable("USER"));
    QInputDialog prompt(parent);
    prompt.setObjectName(QStringLiteral("passwordPrompt"));
    prompt.setWindowTitle(tr("Password for the Team Database"));
    QString text = tr("Password of the user %1 on the server %2:").arg(user, server.displayName());
    if (refused)
        text = tr("The server refused the user or the password.") % u"\n\n"_qs % text;
    prompt.setLabelText(text);
    prompt.setTextEchoMode(QLineEdit::Password);
    prompt.setInputMode(QInputDialog::TextInput);
    *cancelled = prompt.exec() != QDialog::Accepted;
    return *cancelled ? QString() : prompt.textValue();
}

} // namespace ep
