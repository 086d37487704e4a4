// The team database's server shut down in the middle of a save, and started
// again: the window says so and keeps the input, the server holds nothing of
// the half-done save, and once the server is back the window saves it all.
// The test runs a PostgreSQL server of its own (tests/postgresql/server.sh),
// which it may stop: the test run's shared server must stay up for the others.

#include "dialogs.h"
#include "forms/agendaeditor.h"
#include "forms/eventform.h"
#include "serverdatabases.h"
#include "shownwindow.h"
#include "storage/eventrepository.h"
#include "testdatabase.h"
#include "widgets/datefield.h"
#include "window/areapage.h"
#include "window/mainwindow.h"
#include "window/serverstatus.h"

#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

#include <algorithm>
#include <memory>

using namespace ep;

namespace {

// On a socket in a folder of the test's own, and on 127.0.0.1 without TLS:
// a port of the process's own, so that two runs side by side do not meet.
const int port = 40000 + int(QCoreApplication::applicationPid() % 20000);

QString serverFolder()
{
    return u"/tmp/ep-serverrestart-%1"_qs.arg(QCoreApplication::applicationPid());
}

// Runs tests/postgresql/server.sh ACTION on the test's server; its error
// output, empty when it succeeded.
QString serverScript(const QString &action)
{
    QProcess script;
    script.start(u"bash"_qs, {QStringLiteral(EXCHANGE_PLANNER_SERVER_SCRIPT), action,
                              serverFolder(), QString::number(port)});
    if (!script.waitForFinished(60000) || script.exitStatus() != QProcess::NormalExit ||
        script.exitCode() != 0) {
        return u"server.sh %1 failed: "_qs.arg(action) %
               QString::fromLocal8Bit(script.readAllStandardError());
    }
    return {};
}

// Reads the event as the server holds it, on a connection of its own.
Event storedEvent(const QString &uri, int id)
{
    const QString name = u"reader"_qs;
    Event event;
    {
        QSqlDatabase db = test::addServerConnection(uri, name);
        if (!db.open())
            qFatal("%s", qPrintable(db.lastError().text()));
        event = *EventRepository(db).load(id);
    }
    QSqlDatabase::removeDatabase(name);
    return event;
}

} // namespace

class ServerRestartTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void saveCutByAServerShutdownLeavesNothingAndIsDoneAfterTheRestart();
    void commandLineSaysWhenTlsIsRequired_data();
    void commandLineSaysWhenTlsIsRequired();
    void cleanupTestCase();
};

void ServerRestartTest::initTestCase()
{
    qputenv("EXCHANGE_PLANNER_TEST_SERVER_TCP", "1");
    const QString failure = serverScript(u"start"_qs);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    // TestDatabase makes its databases on the server this names.
    qputenv("EXCHANGE_PLANNER_TEST_POSTGRESQL",
            u"postgresql://postgres@/postgres?host=%1&port=%2"_qs.arg(serverFolder())
                .arg(port)
                .toUtf8());
}

void ServerRestartTest::saveCutByAServerShutdownLeavesNothingAndIsDoneAfterTheRestart()
{
    test::TestDatabase db;
    db.writeDemoProgramme();
    const auto window = test::showWindow(db.path());
    auto *lostNotice = window->findChild<QLabel *>(u"connectionLostNotice"_qs);
    AreaPage *page = window->page(Area::Events);
    auto *form = qobject_cast<EventForm *>(page->form());
    QVERIFY(form);
    const int id = form->recordId();
    const Event before = storedEvent(db.path(), id);
    QVERIFY(!before.agenda.isEmpty());

    // Two changes, written by one save in two statements: the event's row,
    // then a new agenda item.
    auto *city = form->findChild<QLineEdit *>(u"venueCity"_qs);
    city->clear();
    test::typeText(city, u"Zabrze"_qs);
    test::whenDialogOpens([day = before.startDate](QWidget *dialog) {
        dialog->findChild<DateField *>()->setDate(day);
        const QList<QTimeEdit *> times = dialog->findChildren<QTimeEdit *>();
        times[0]->setTime(QTime(21, 0));
        times[1]->setTime(QTime(22, 30));
        test::typeText(dialog->findChild<QWidget *>(u"de"_qs), u"Grubenfahrt"_qs);
        test::typeText(dialog->findChild<QWidget *>(u"pl"_qs), u"Zjazd do kopalni"_qs);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    form->agendaEditor()->addItem();
    QCOMPARE(form->agendaEditor()->items().size(), before.agenda.size() + 1);

    // A colleague's transaction holds the agenda: the save writes the
    // event's row and then waits for the agenda. A process of its own sees
    // it waiting there and shuts the server down, as an administrator would.
    QSqlDatabase colleague = test::addServerConnection(db.path(), u"colleague"_qs);
    QVERIFY2(colleague.open(), qPrintable(colleague.lastError().text()));
    QSqlQuery hold(colleague);
    QVERIFY(hold.exec(u"BEGIN"_qs));
    QVERIFY(hold.exec(u"LOCK TABLE agenda_items IN SHARE MODE"_qs));
    QTemporaryDir scratch;
    const QString waiting = scratch.filePath(u"waiting"_qs);
    const QString psqlUri = db.path();
    QProcess shutdown;
    shutdown.start(u"bash"_qs, {u"-c"_qs,
                                u"for attempt in $(seq 600); do"
                                u"  psql -X -At \"$1\" -c \"SELECT query FROM pg_stat_activity"
                                u"   WHERE wait_event_type = 'Lock'\" > \"$2\";"
                                u"  [ -s \"$2\" ] && break; sleep 0.05;"
                                u" done; exec bash \"$3\" halt \"$4\" \"$5\""_qs,
                                u"shutdown"_qs, psqlUri, waiting,
                                QStringLiteral(EXCHANGE_PLANNER_SERVER_SCRIPT), serverFolder(),
                                QString::number(port)});
    QVERIFY(shutdown.waitForStarted());
    auto modal = std::make_shared<QString>();
    test::whenDialogOpens([modal](QWidget *dialog) {
        *modal = dialog->windowTitle();
        dialog->close();
    });
    QTest::mouseClick(page->findChild<QPushButton *>(u"save"_qs), Qt::LeftButton);
    QVERIFY(shutdown.waitForFinished(60000));
    QVERIFY2(shutdown.exitCode() == 0, shutdown.readAllStandardError().constData());
    hold.finish();
    colleague.close();
    colleague = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"colleague"_qs);

    // The save was cut while it waited inside its transaction, after the
    // event's row.
    QFile seen(waiting);
    QVERIFY(seen.open(QIODevice::ReadOnly));
    const QString waitingQuery = QString::fromUtf8(seen.readAll());
    QVERIFY2(waitingQuery.contains(u"INSERT INTO agenda_items"_qs), qPrintable(waitingQuery));

    // The window says so and keeps the input; no error box.
    QVERIFY2(modal->isEmpty(), qPrintable(*modal));
    QTRY_VERIFY_WITH_TIMEOUT(lostNotice->isVisible(), 5000);
    QVERIFY(form->isModified());
    QCOMPARE(city->text(), u"Zabrze"_qs);
    QCOMPARE(form->agendaEditor()->items().size(), before.agenda.size() + 1);
    // While the server is down, the tries to connect again change nothing.
    window->serverStatus()->setRetryInterval(std::chrono::milliseconds(200));
    QTest::qWait(1000);
    QVERIFY(lostNotice->isVisible());
    QVERIFY(form->isModified());
    QCOMPARE(city->text(), u"Zabrze"_qs);

    // Back up, the server holds the event as before: the event's row
    // written before the cut was rolled back with the transaction.
    window->serverStatus()->setRetryInterval(std::chrono::hours(1));
    QString failure = serverScript(u"resume"_qs);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(storedEvent(db.path(), id), before);

    // The window connects again and does the save asked for, once.
    window->serverStatus()->setRetryInterval(std::chrono::milliseconds(200));
    QTRY_VERIFY_WITH_TIMEOUT(!lostNotice->isVisible(), 15000);
    QTRY_VERIFY(!form->isModified());
    QVERIFY2(modal->isEmpty(), qPrintable(*modal));
    const Event after = storedEvent(db.path(), id);
    QCOMPARE(after.venueCity, u"Zabrze"_qs);
    QCOMPARE(after.version, before.version + 1);
    QCOMPARE(after.agenda.size(), before.agenda.size() + 1);
    QVERIFY(std::any_of(after.agenda.cbegin(), after.agenda.cend(), [](const AgendaItem &item) {
        return item.title.pl == u"Zjazd do kopalni"_qs;
    }));
    QCOMPARE(city->text(), u"Zabrze"_qs);
    QCOMPARE(form->recordId(), id);
}

void ServerRestartTest::commandLineSaysWhenTlsIsRequired_data()
{
    QTest::addColumn<QString>("sslmode");
    QTest::addColumn<QString>("reason");
    // The planner asks for TLS; the server has none.
    QTest::newRow("client requires") << u"require"_qs << u"SSL was required"_qs;
    // The server lets nobody in without TLS (its only lines for TCP would be
    // hostssl ones): libpq says the connection was without encryption.
    QTest::newRow("server requires") << u"disable"_qs << u"no encryption"_qs;
}

void ServerRestartTest::commandLineSaysWhenTlsIsRequired()
{
    QFETCH(QString, sslmode);
    QFETCH(QString, reason);
    QProcess planner;
    planner.start(
        QStringLiteral(EXCHANGE_PLANNER_EXECUTABLE),
        {u"events"_qs, u"--database"_qs,
         u"postgresql://postgres@127.0.0.1:%1/postgres?sslmode=%2"_qs.arg(port).arg(sslmode)});
    QVERIFY(planner.waitForFinished(30000));
    const QString error = QString::fromLocal8Bit(planner.readAllStandardError());
    QCOMPARE(planner.exitCode(), 3);
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY2(error.startsWith(u"Cannot connect to the team database postgres@127.0.0.1:"_qs),
             qPrintable(error));
    QCOMPARE(error.count(u'\n'), error.count(u"\n\t"_qs) + 1); // one message
    QVERIFY(planner.readAllStandardOutput().isEmpty());
}

void ServerRestartTest::cleanupTestCase()
{
    const QString failure = serverScript(u"stop"_qs);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

QTEST_MAIN(ServerRestartTest)
#include "tst_serverrestart.moc"
