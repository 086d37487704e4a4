// Registrations as the tools partners use export them — pretix, Eventbrite,
// Google Forms — imported without editing, and columns named by the user
// taken as a field or left out (issue 13).

#include "import/spreadsheetimport.h"
#include "storage/eventrepository.h"
#include "testdatabase.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ep;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(EXCHANGE_PLANNER_TEST_DATA "/import/") + name;
}

int count(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    query.exec(statement);
    query.next();
    return query.value(0).toInt();
}

} // namespace

class ImportSourcesTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void ticketingExportsImportWithoutEditing_data();
    void ticketingExportsImportWithoutEditing();
    void namedColumnsAreMappedOrLeftOut();

private:
    QString write(const QString &name, const QByteArray &content);
    ImportReport import(const QString &path, ImportSettings settings = {});
    int people() const { return count(m_db->connection(), u"SELECT count(*) FROM people"_qs); }

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_eventId = 0;
};

void ImportSourcesTest::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    m_dir = std::make_unique<QTemporaryDir>();
    Event event;
    event.title.en = u"Study visit to the Ruhr"_qs;
    event.startDate = QDate(2027, 7, 8);
    event.endDate = QDate(2027, 7, 10);
    QVERIFY(!EventRepository(m_db->connection()).save(event).isValid());
    m_eventId = event.id;
}

void ImportSourcesTest::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QString ImportSourcesTest::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

ImportReport ImportSourcesTest::import(const QString &path, ImportSettings settings)
{
    settings.eventId = m_eventId;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        settings.format = CsvFormat::detect(&file);
    return SpreadsheetImport::run(m_db->connection(), path, settings);
}

void ImportSourcesTest::ticketingExportsImportWithoutEditing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("statuses"); // "email status", one per row
    QTest::newRow("pretix orders")
        << u"pretix-orders.csv"_qs
        << QStringList{u"l.wojcik@gzm.example.org confirmed"_qs,
                       u"a.zrodlowska@gzm.example.org registered"_qs,
                       u"p.nowak@chorzow.example.org cancelled"_qs,
                       u"m.zolkiewska@katowice.example.org cancelled"_qs};
    QTest::newRow("Eventbrite attendees") << u"eventbrite-attendees.csv"_qs
                                          << QStringList{u"j.mueller@rvr.example.org confirmed"_qs,
                                                         u"k.gross@rvr.example.org attended"_qs,
                                                         u"s.weiss@rvr.example.org cancelled"_qs};
    // No status column: registered, the default; the unknown question is left out.
    QTest::newRow("Google Forms responses")
        << u"google-forms-responses.csv"_qs
        << QStringList{u"l.wojcik@gzm.example.org registered"_qs,
                       u"a.zrodlowska@gzm.example.org registered"_qs};
}

void ImportSourcesTest::ticketingExportsImportWithoutEditing()
{
    QFETCH(QString, file);
    QFETCH(QStringList, statuses);
    const ImportReport report = import(fixture(file));
    QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.value(0).column % u": "_qs %
                                                   report.problems.value(0).reason));
    QVERIFY2(report.fileProblem.isEmpty(), qPrintable(report.fileProblem));
    QVERIFY(report.written);
    QStringList stored;
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(u"SELECT p.email, t.status FROM participations t JOIN people p"
                       " ON p.id = t.person_id ORDER BY t.id"_qs));
    while (query.next())
        stored.append(query.value(0).toString() % u' ' % query.value(1).toString());
    QCOMPARE(stored, statuses);
}

void ImportSourcesTest::namedColumnsAreMappedOrLeftOut()
{
    const QString path = write(u"partners.csv"_qs, "Surname;Given;Mail;Status\n"
                                                   "Nowak;Anna;anna@example.org;VIP\n"
                                                   "Wójcik;Jan;jan@example.org;Gold\n");
    // As guessed: "Given" is nothing, "VIP" is no status.
    ImportReport report = import(path);
    QCOMPARE(report.invalid, 2);

    ImportSettings settings;
    settings.columnFields = {{u"given"_qs, Field::FirstName}, {u"Status"_qs, Field::Ignore}};
    report = import(path, settings);
    QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.value(0).reason));
    QVERIFY(report.written);
    QCOMPARE(people(), 2);
    QCOMPARE(
        count(m_db->connection(),
              u"SELECT count(*) FROM people WHERE first_name = 'Anna' AND last_name = 'Nowak'"_qs),
        1);
    QCOMPARE(count(m_db->connection(),
                   u"SELECT count(*) FROM participations WHERE status = 'registered'"_qs),
             2);

    // A column the file does not have: said with the columns it has, nothing written.
    settings.columnFields = {{u"Organisation"_qs, Field::Ignore}};
    report = import(path, settings);
    QCOMPARE(report.fileProblem,
             u"Line 1: no column is named \"Organisation\". The columns are: Surname, Given, "
             "Mail, Status."_qs);
    QCOMPARE(people(), 2);
}

QTEST_GUILESS_MAIN(ImportSourcesTest)
#include "tst_importsources.moc"
