// The window on a team database on the PostgreSQL server: connecting through
// File › Connect to Team Database with a password that is never stored, a
// role that may only read, and a server connection that breaks under a save.

#include "dialogs.h"
#include "forms/eventform.h"
#include "lists/recordlistmodel.h"
#include "shownwindow.h"
#include "storage/eventrepository.h"
#include "storage/serverlocation.h"
#include "testdatabase.h"
#include "window/areapage.h"
#include "window/mainwindow.h"
#include "window/serverstatus.h"
#include "window/teamdatabases.h"

#include <QAction>
#include <QComboBox>
#include <QDirIterator>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace ep;

namespace {

const QString password = u"Sekret-4711-hasło"_qs;

QString roleName(const char *kind)
{
    return u"ep_ui_%1_%2"_qs.arg(QLatin1String(kind)).arg(QCoreApplication::applicationPid());
}

// Runs `statement` as the test database's owner; the error's text, empty on success.
QString run(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    return query.exec(statement) ? QString() : query.lastError().text();
}

// Runs `act` on the next modal widget named `name` once it is open.
void whenOpens(const QString &name, std::function<void(QWidget *)> act, int attempts = 250)
{
    QTimer::singleShot(20, [name, act = std::move(act), attempts]() mutable {
        QWidget *widget = QApplication::activeModalWidget();
        if (widget && widget->objectName() == name) {
            act(widget);
            return;
        }
        if (attempts > 0)
            whenOpens(name, std::move(act), attempts - 1);
    });
}

QAction *actionNamed(const MainWindow &window, const QString &text)
{
    const QList<QAction *> actions = window.findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->text() == text)
            return action;
    }
    qFatal("no action %s", qPrintable(text));
}

QPushButton *saveButton(AreaPage *page)
{
    return page->findChild<QPushButton *>(QStringLiteral("save"));
}

} // namespace

class TeamDatabaseTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void connectingAsksForThePasswordAndNeverStoresIt();
    void readOnlyRoleSeesANoticeAndCannotSave();
    void saveWaitsForTheLostConnectionAndIsDoneAfterwards();
    void cleanupTestCase();

private:
    QTemporaryDir m_home;
    QStringList m_roles;
};

void TeamDatabaseTest::initTestCase()
{
    QVERIFY(test::TestDatabase::serverUri().startsWith(u"postgresql:"_qs));
    // The settings land under a HOME of the test's own, so that every file
    // written there can be searched for the password; no ~/.pgpass or
    // PGPASSWORD of the user running the tests answers for the prompt.
    qputenv("HOME", QFile::encodeName(m_home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(u".config"_qs)));
    qunsetenv("PGPASSWORD");
    qunsetenv("PGPASSFILE");
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TeamDatabaseTest::connectingAsksForThePasswordAndNeverStoresIt()
{
    test::TestDatabase db;
    db.writeDemoProgramme();
    const QString editor = roleName("editor");
    m_roles.append(editor);
    QCOMPARE(run(db.connection(),
                 u"CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE ep_password_required"_qs.arg(
                     editor, password)),
             QString());
    QCOMPARE(
        run(db.connection(),
            u"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1"_qs.arg(
                editor)),
        QString());
    QCOMPARE(
        run(db.connection(),
            u"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO %1"_qs.arg(editor)),
        QString());
    QSqlQuery count(db.connection());
    QVERIFY(count.exec(u"SELECT count(*) FROM events"_qs) && count.next());
    const int events = count.value(0).toInt();
    QVERIFY(events > 0);

    // The window starts on a database file.
    QTemporaryDir folder;
    const auto window = test::showWindow(folder.filePath(u"start.sqlite"_qs));
    QCOMPARE(window->page(Area::Events)->model()->rowCount(), 0);

    const ServerLocation server = ServerLocation::parse(db.path());
    bool prompted = false;
    QString promptText;
    whenOpens(u"teamDatabaseDialog"_qs, [&](QWidget *dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"host"_qs), server.host());
        auto *port = dialog->findChild<QSpinBox *>(u"port"_qs);
        QCOMPARE(port->value(), 5432);
        port->selectAll();
        QTest::keyClicks(port, QString::number(server.port()));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"database"_qs), server.database());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"user"_qs), editor);
        QCOMPARE(dialog->findChild<QComboBox *>(u"tlsMode"_qs)->currentData().toString(),
                 u"prefer"_qs);
        const QString address = dialog->findChild<QLineEdit *>(u"address"_qs)->text();
        QVERIFY2(address.contains(editor) && address.contains(server.database()),
                 qPrintable(address));
        whenOpens(u"passwordPrompt"_qs, [&](QWidget *widget) {
            auto *prompt = qobject_cast<QInputDialog *>(widget);
            prompted = true;
            promptText = prompt->labelText();
            auto *field = prompt->findChild<QLineEdit *>();
            QCOMPARE(field->echoMode(), QLineEdit::Password);
            test::typeText(field, password);
            prompt->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    window->findChild<QAction *>(u"connectTeamDatabaseAction"_qs)->trigger();

    QVERIFY(prompted);
    QVERIFY2(promptText.contains(editor) && promptText.contains(server.database()),
             qPrintable(promptText));
    const QString location = window->databaseLocation();
    QVERIFY2(ServerLocation::isServer(location), qPrintable(location));
    QVERIFY2(location.contains(editor) && !location.contains(password), qPrintable(location));
    QCOMPARE(window->page(Area::Events)->model()->rowCount(), events);
    QVERIFY2(window->windowTitle().contains(editor), qPrintable(window->windowTitle()));

    QCOMPARE(TeamDatabases::recent().value(0), location);
    QCOMPARE(QSettings().value(u"database/last"_qs).toString(), location);
    QSettings().sync();
    // Every file under HOME: the settings name the team database, and none
    // of them holds the password.
    bool namesDatabase = false;
    QDirIterator files(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY2(!content.contains(password.toUtf8()), qPrintable(file.fileName()));
        QVERIFY2(!content.contains(QUrl::toPercentEncoding(password)), qPrintable(file.fileName()));
        namesDatabase = namesDatabase || content.contains(server.database().toUtf8());
    }
    QVERIFY(namesDatabase);

    // The dialog offers it again, without a password.
    whenOpens(u"teamDatabaseDialog"_qs, [&](QWidget *dialog) {
        auto *recent = dialog->findChild<QListWidget *>(u"recentConnections"_qs);
        QVERIFY(recent->isVisibleTo(dialog));
        QCOMPARE(recent->item(0)->data(Qt::UserRole).toString(), location);
        QCOMPARE(dialog->findChild<QLineEdit *>(u"address"_qs)->text(), location);
        qobject_cast<QDialog *>(dialog)->reject();
    });
    window->findChild<QAction *>(u"connectTeamDatabaseAction"_qs)->trigger();
    QCOMPARE(window->databaseLocation(), location);
}

void TeamDatabaseTest::readOnlyRoleSeesANoticeAndCannotSave()
{
    test::TestDatabase db;
    db.writeDemoProgramme();
    const QString reader = roleName("reader");
    m_roles.append(reader);
    QCOMPARE(run(db.connection(), u"CREATE ROLE %1 LOGIN"_qs.arg(reader)), QString());
    QCOMPARE(
        run(db.connection(), u"GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1"_qs.arg(reader)),
        QString());
    const ServerLocation server = ServerLocation::parse(db.path());
    const QString asReader =
        ServerLocation::uri(server.host(), server.port(), server.database(), reader, QString());

    const auto window = test::showWindow(asReader);
    auto *notice = window->findChild<QLabel *>(u"readOnlyNotice"_qs);
    QVERIFY(notice);
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(reader), qPrintable(notice->text()));
    QVERIFY(!window->findChild<QLabel *>(u"connectionLostNotice"_qs)->isVisible());

    AreaPage *page = window->page(Area::Events);
    QVERIFY(page->model()->rowCount() > 0);
    QVERIFY(page->form()->recordId() != 0);
    for (const QString &text : {u"&New"_qs, u"&Save"_qs, u"&Delete…"_qs, u"&Undo"_qs, u"&Redo"_qs,
                                u"&Import Participants…"_qs, u"Import &Contact People…"_qs})
        QVERIFY2(!actionNamed(*window, text)->isEnabled(), qPrintable(text));
    QVERIFY(!saveButton(page)->isVisible());

    // Typing changes nothing, and nothing asks to be saved.
    auto *city = page->form()->findChild<QLineEdit *>(u"venueCity"_qs);
    QVERIFY(city->isReadOnly());
    city->setFocus();
    test::typeText(city, u"Katowice"_qs);
    QVERIFY(!page->form()->isModified());
    QVERIFY(!page->form()->findChild<QComboBox *>(u"kind"_qs)->isEnabled());
    QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(page->form()->recordId() != 0);
    // Reading stays: the documents of an event.
    QVERIFY(page->form()->findChild<QPushButton *>(u"documentsButton"_qs)->isEnabled());

    // Another record shown: its fields are read-only too.
    page->showRecord(page->model()->idAt(page->model()->rowCount() - 1));
    QVERIFY(city->isReadOnly());
    QVERIFY(!page->form()->findChild<QComboBox *>(u"kind"_qs)->isEnabled());
}

void TeamDatabaseTest::saveWaitsForTheLostConnectionAndIsDoneAfterwards()
{
    test::TestDatabase db;
    db.writeDemoProgramme();
    const auto window = test::showWindow(db.path());
    window->serverStatus()->setRetryInterval(std::chrono::milliseconds(300));
    auto *lostNotice = window->findChild<QLabel *>(u"connectionLostNotice"_qs);
    // A standing connection is looked at on every retry: it reads as standing.
    QTest::qWait(1000);
    QVERIFY(!lostNotice->isVisible());

    AreaPage *page = window->page(Area::Events);
    RecordForm *form = page->form();
    const int id = form->recordId();
    QVERIFY(id != 0);
    const QString before = EventRepository(db.connection()).load(id)->venueCity;
    auto *city = form->findChild<QLineEdit *>(u"venueCity"_qs);
    city->clear();
    test::typeText(city, u"Gliwice"_qs);
    QVERIFY(form->isModified());

    // The window's connection is ended by the server; the test's own stays.
    // Until it is gone no event is processed: the save is the first to see.
    QSqlQuery terminate(db.connection());
    QVERIFY(terminate.exec(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                           " WHERE datname = current_database() AND pid <> pg_backend_pid()"_qs));
    for (int attempt = 0;; ++attempt) {
        QSqlQuery others(db.connection());
        QVERIFY(others.exec(u"SELECT count(*) FROM pg_stat_activity WHERE datname ="
                            " current_database() AND pid <> pg_backend_pid()"_qs));
        QVERIFY(others.next());
        if (others.value(0).toInt() == 0)
            break;
        QVERIFY(attempt < 100);
        QThread::msleep(20);
    }
    // A message box would be a modal error, not the notice asked for.
    auto modal = std::make_shared<QString>();
    test::whenDialogOpens([modal](QWidget *dialog) {
        *modal = dialog->windowTitle();
        dialog->close();
    });
    QTest::mouseClick(saveButton(page), Qt::LeftButton);

    QVERIFY(lostNotice->isVisible());
    QVERIFY2(modal->isEmpty(), qPrintable(*modal));
    QVERIFY(form->isModified());
    QCOMPARE(city->text(), u"Gliwice"_qs);
    QCOMPARE(EventRepository(db.connection()).load(id)->venueCity, before);

    // Connected again, the save asked for is done.
    QTRY_VERIFY_WITH_TIMEOUT(!lostNotice->isVisible(), 10000);
    QTRY_VERIFY(!form->isModified());
    QVERIFY2(modal->isEmpty(), qPrintable(*modal));
    QCOMPARE(EventRepository(db.connection()).load(id)->venueCity, u"Gliwice"_qs);
    QCOMPARE(form->recordId(), id);
    QCOMPARE(city->text(), u"Gliwice"_qs);
}

void TeamDatabaseTest::cleanupTestCase()
{
    test::TestDatabase db; // a connection to the server as the roles' creator
    for (const QString &role : std::as_const(m_roles)) {
        run(db.connection(), u"DROP ROLE IF EXISTS %1"_qs.arg(role));
    }
}

QTEST_MAIN(TeamDatabaseTest)
#include "tst_teamdatabase.moc"
