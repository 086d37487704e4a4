// Exchange Planner: with a command, runs it without a window and exits with
// the contract's status; without one, opens the main window.

#include "cli/console.h"
#include "cli/exitstatus.h"
#include "cli/invocation.h"
#include "cli/run.h"
#include "domain/catalogues.h"
#include "quitafterfirstpaint.h"
#include "storage/database.h"
#include "storage/demoprogramme.h"
#include "storage/serverlocation.h"
#include "storage/unfinishedfiles.h"
#include "window/appearance.h"
#include "window/applicationicon.h"
#include "window/languagesettings.h"
#include "window/mainwindow.h"
#include "window/teamdatabases.h"
#include "window/welcomedialog.h"

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <optional>

namespace {

// The translation context of what start-up says in dialogs.
struct Startup
{
    Q_DECLARE_TR_FUNCTIONS(Startup)
};

void printTo(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
}

// A command's output and messages go to the process's streams.
class ProcessConsole final : public ep::cli::Console
{
public:
    void print(const QString &text) override { printTo(stdout, text); }
    void printError(const QString &message) override { printTo(stderr, message % u'\n'); }
};

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("exchange-planner"));
    QCoreApplication::setApplicationName(QStringLiteral("exchange-planner"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EXCHANGE_PLANNER_VERSION));
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        QGuiApplication::setApplicationDisplayName(QStringLiteral("Exchange Planner"));
        // Ties the window to its .desktop file (and so to its icon and name in
        // the shell), as installed by the package.
        QGuiApplication::setDesktopFileName(QStringLiteral(EXCHANGE_PLANNER_APP_ID));
    }
}

// Opens `path` for the window. A database that does not exist yet is created
// after the user chose demo or empty (first start); a database that cannot
// be opened is reported, and the user may pick another. Returns null when
// the user gave up.
std::unique_ptr<ep::Database> openForWindow(QString path)
{
    for (;;) {
        // A team database on a server: the password is asked for again
        // (never stored); cancelling the prompt ends the start.
        QString serverProblem;
        const bool isServer = ep::ServerLocation::isServer(path);
        if (isServer) {
            if (std::unique_ptr<ep::Database> database =
                    ep::TeamDatabases::open(nullptr, path, &serverProblem))
                return database;
            if (serverProblem.isEmpty())
                return nullptr;
        }
        const bool isNew = !isServer && !QFileInfo::exists(path);
        bool withDemo = false;
        if (isNew) {
            ep::WelcomeDialog welcome(path);
            if (welcome.exec() != QDialog::Accepted)
                return nullptr;
            withDemo = welcome.choice() == ep::WelcomeDialog::Choice::Demo;
        }
        auto database = std::make_unique<ep::Database>();
        const ep::Database::OpenResult result =
            isServer
                ? ep::Database::OpenResult{ep::Database::Status::CannotOpen, serverProblem, 0, {}}
                : database->open(path);
        if (result.ok()) {
            if (withDemo) {
                QFile programme(QStringLiteral(":/demo/demo-programme.json"));
                programme.open(QIODevice::ReadOnly);
                const QString error =
                    ep::DemoProgramme::write(database->connection(), programme.readAll());
                if (!error.isEmpty())
                    QMessageBox::warning(nullptr, Startup::tr("Demo Programme"), error);
            }
            return database;
        }
        QMessageBox box(QMessageBox::Critical, Startup::tr("Cannot Open Database"), result.message,
                        QMessageBox::NoButton);
        QPushButton *other = box.addButton(Startup::tr("Open Another…"), QMessageBox::AcceptRole);
        QPushButton *fresh =
            box.addButton(Startup::tr("Use the Default Database"), QMessageBox::ActionRole);
        box.addButton(QMessageBox::Close);
        fresh->setEnabled(path != ep::Database::defaultLocation());
        box.exec();
        if (box.clickedButton() == other) {
            path = QFileDialog::getOpenFileName(
                nullptr, Startup::tr("Open Database"), QFileInfo(path).absolutePath(),
                Startup::tr("Exchange Planner databases (*.sqlite *.db);;All files (*)"));
            if (path.isEmpty())
                return nullptr;
        } else if (box.clickedButton() == fresh) {
            path = ep::Database::defaultLocation();
        } else {
            return nullptr;
        }
    }
}

int runWindow(int &argc, char **argv)
{
    QApplication app(argc, argv);
    describeApplication();
    // What a killed backup or copy left (after the names: its record is in the settings).
    ep::UnfinishedFile::removeAbandoned();
    QGuiApplication::setWindowIcon(ep::applicationIcon());
    ep::installTranslations(ep::workingLocale());

    QString error;
    const std::optional<ep::cli::Invocation> invocation =
        ep::cli::Invocation::parse(QCoreApplication::arguments(), &error);
    if (!invocation) {
        printTo(stderr, error % u'\n');
        return ep::cli::ExitWrongUsage;
    }
    ep::applyAppearance(ep::startingAppearance(invocation->value(ep::cli::Option::Appearance)));
    QString path = invocation->value(ep::cli::Option::Database);
    if (path.isEmpty()) {
        path = QSettings()
                   .value(QStringLiteral("database/last"), ep::Database::defaultLocation())
                   .toString();
    }
    std::unique_ptr<ep::Database> database = openForWindow(path);
    if (!database)
        return ep::cli::ExitDatabaseProblem;
    ep::MainWindow window(std::move(database));
    QuitAfterFirstPaint quitter;
    if (invocation->isSet(ep::cli::Option::QuitAfterFirstPaint))
        window.installEventFilter(&quitter);
    window.show();
    // Today's copy of the database, once the window is up and settled: the
    // disk is the start's first.
    QTimer::singleShot(std::chrono::seconds(2), &window, &ep::MainWindow::backUpIfDue);
    return app.exec();
}

// Commands speak to their caller through stdout, stderr and the exit status
// alone: Qt's own diagnostics (e.g. about XDG_RUNTIME_DIR) would read as
// errors of the command. EXCHANGE_PLANNER_DEBUG=1 shows them.
void quietQtDiagnostics(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg ||
        qEnvironmentVariableIsSet("EXCHANGE_PLANNER_DEBUG"))
        printTo(stderr, message % u'\n');
}

int runCommand(int &argc, char **argv, bool renders)
{
    qInstallMessageHandler(quietQtDiagnostics);
    // Commands that only read and write data get a core application, without
    // the start-up of fonts and a platform plugin; a command that renders
    // documents needs fonts, which a GUI application on the offscreen
    // platform gives without a display.
    std::unique_ptr<QCoreApplication> app;
    if (renders) {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    describeApplication();
    ep::UnfinishedFile::removeAbandoned();
    ep::installTranslations(QLocale::system());
    ProcessConsole console;
    return ep::cli::run(QCoreApplication::arguments(), console);
}

} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (ep::cli::modeOf(arguments) == ep::cli::Mode::Window)
        return runWindow(argc, argv);
    return runCommand(argc, argv, ep::cli::rendersDocuments(arguments));
}
