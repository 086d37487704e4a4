#include "inprocess.h"

#include "cli/console.h"
#include "cli/run.h"
#include "serverdatabases.h"

#include <QCoreApplication>

namespace ep::test {
namespace {

// Keeps what a command writes.
class CapturingConsole final : public cli::Console
{
public:
    void print(const QString &text) override { m_out += text; }
    void printError(const QString &message) override { m_err += message % u'\n'; }

    QString out() const { return m_out; }
    QString err() const { return m_err; }

private:
    QString m_out;
    QString m_err;
};

} // namespace

Run run(const QStringList &arguments)
{
    CapturingConsole console;
    const int exitCode = cli::run(QStringList{u"exchange-planner"_qs} + arguments, console);
    return {exitCode, console.out(), console.err()};
}

QString demoDatabase(const QTemporaryDir &dir)
{
    // The suites run on either engine (tests/CMakeLists.txt): on the team
    // database's server, each demo is a database of its own there, dropped
    // when the test program ends.
    // (Never destroyed: the databases stay until the fixture stops the
    // server, and no Qt object is used after the program's end.)
    static const QString server = qEnvironmentVariable("EXCHANGE_PLANNER_TEST_POSTGRESQL");
    static ServerDatabases *const serverDatabases =
        server.isEmpty() ? nullptr : new ServerDatabases(server);
    const QString database =
        serverDatabases ? serverDatabases->create() : dir.filePath(QStringLiteral("demo.sqlite"));
    if (run({u"demo"_qs, u"--database"_qs, database}).exitCode != 0)
        qFatal("demo failed");
    return database;
}

Run exportTo(const QStringList &arguments, const QString &output, const QString &database)
{
    return run(QStringList{u"export"_qs} + arguments +
               QStringList{u"--output"_qs, output, u"--database"_qs, database});
}

} // namespace ep::test
