#include "manywriters.h"

#include "serverdatabases.h"
#include "storage/eventrepository.h"
#include "storage/organisationrepository.h"
#include "storage/personrepository.h"
#include "storage/siterepository.h"
#include "storage/topicrepository.h"

#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace ep::test {
namespace {

template <typename Repository, typename Record>
void store(const QSqlDatabase &db, Record &record)
{
    if (const QSqlError error = Repository(db).save(record); error.isValid())
        qFatal("the test's record was not stored: %s", qPrintable(error.text()));
}

bool onServer(const QSqlDatabase &db)
{
    return db.driverName() == u"QPSQL";
}

QStringList tablesOf(const QSqlDatabase &db)
{
    QStringList tables;
    QSqlQuery query(db);
    query.exec(onServer(db) ? QStringLiteral("SELECT table_name FROM information_schema.tables"
                                             " WHERE table_schema = current_schema()"
                                             " AND table_type = 'BASE TABLE' ORDER BY table_name")
                            // Ordinary tables: not the search index and its own tables.
                            : QStringLiteral("SELECT name FROM pragma_table_list"
                                             " WHERE schema = 'main' AND type = 'table'"
                                             " AND name NOT IN ('sqlite_schema',"
                                             " 'sqlite_temp_schema') ORDER BY name"));
    while (query.next())
        tables.append(query.value(0).toString());
    // The record of who changed a person's data grows with every write,
    // undo and redo too: it is checked on its own (tst_personchanges), and
    // the data compared without it.
    tables.removeAll(u"person_changes"_qs);
    return tables;
}

QStringList columnsOf(const QSqlDatabase &db, const QString &table)
{
    QStringList columns;
    QSqlQuery query(db);
    query.prepare(onServer(db)
                      ? QStringLiteral("SELECT column_name FROM information_schema.columns"
                                       " WHERE table_schema = current_schema()"
                                       " AND table_name = :table ORDER BY ordinal_position")
                      : QStringLiteral("SELECT name FROM pragma_table_info(:table) ORDER BY cid"));
    query.bindValue(QStringLiteral(":table"), table);
    query.exec();
    while (query.next())
        columns.append(query.value(0).toString());
    return columns;
}

} // namespace

SecondConnection::SecondConnection(const QString &path)
    : m_name(u"second connection to "_qs + path)
{
    // A colleague's program on the team database: a connection of its own.
    if (path.startsWith(u"postgresql://")) {
        QSqlDatabase db = addServerConnection(path, m_name);
        if (!db.open())
            qFatal("the second connection did not open: %s", qPrintable(db.lastError().text()));
        return;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        qFatal("the second connection did not open: %s", qPrintable(db.lastError().text()));
    QSqlQuery pragma(db);
    if (!pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON")) ||
        !pragma.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        qFatal("the second connection did not open: %s", qPrintable(pragma.lastError().text()));
    pragma.finish(); // a statement left open would hold a read transaction
}

SecondConnection::~SecondConnection()
{
    QSqlDatabase::database(m_name, false).close();
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase SecondConnection::connection() const
{
    return QSqlDatabase::database(m_name, false);
}

int storedPerson(const QSqlDatabase &db, const QString &first, const QString &last)
{
    Person person;
    person.firstName = first;
    person.lastName = last;
    store<PersonRepository>(db, person);
    return person.id;
}

Event storedStudyVisit(const QSqlDatabase &db, int participants)
{
    Organisation host;
    host.name = u"Górnośląsko-Zagłębiowska Metropolia"_qs;
    host.shortName = u"GZM"_qs;
    store<OrganisationRepository>(db, host);
    const int organiser = storedPerson(db, u"Agnieszka"_qs, u"Źródłowska"_qs);
    Site site;
    site.name = {u"Nikiszowiec"_qs, u"Nikiszowiec"_qs, u"Nikiszowiec"_qs};
    site.city = u"Katowice"_qs;
    store<SiteRepository>(db, site);
    Topic topic{0,
                {u"Industriekultur"_qs, u"Dziedzictwo przemysłowe"_qs, u"Industrial heritage"_qs}};
    store<TopicRepository>(db, topic);

    Event event;
    event.title = {u"Studienreise nach Oberschlesien"_qs, u"Wizyta studyjna na Górnym Śląsku"_qs,
                   u"Study visit to Upper Silesia"_qs};
    event.startDate = QDate(2019, 8, 26);
    event.endDate = QDate(2019, 8, 28);
    event.venueCity = u"Katowice"_qs;
    event.hostOrganisationId = host.id;
    event.organiserIds = {organiser};
    event.topicIds = {topic.id};
    AgendaItem walk;
    walk.day = QDate(2019, 8, 27);
    walk.start = QTime(10, 0);
    walk.end = QTime(12, 0);
    walk.title = {u"Rundgang"_qs, u"Spacer"_qs, u"Walk"_qs};
    walk.kind = u"site_visit"_qs;
    walk.siteId = site.id;
    walk.hostIds = {organiser};
    AgendaItem lunch;
    lunch.day = QDate(2019, 8, 27);
    lunch.start = QTime(12, 30);
    lunch.end = QTime(13, 30);
    lunch.title = {u"Mittagessen"_qs, u"Obiad"_qs, u"Lunch"_qs};
    lunch.kind = u"meal"_qs;
    event.agenda = {walk, lunch};
    for (int number = 1; number <= participants; ++number) {
        Participation participation;
        participation.personId =
            storedPerson(db, u"Delegate"_qs, u"Number %1"_qs.arg(number, 3, 10, QLatin1Char('0')));
        participation.delegation = u"RVR"_qs;
        event.participants.append(participation);
    }
    store<EventRepository>(db, event);
    return event;
}

void storedRegistration(const QSqlDatabase &db, int eventId, int personId, const QString &notes)
{
    EventRepository events(db);
    const Event loaded = *events.load(eventId);
    Event registered = loaded;
    Participation participation;
    participation.personId = personId;
    participation.notes = notes;
    registered.participants.append(participation);
    if (const SaveResult result = events.save(registered, loaded); !result.ok())
        qFatal("the registration was not stored: %s",
               qPrintable(StaleMessages::asError(result).text()));
}

QStringList everyRow(const QSqlDatabase &db)
{
    QStringList rows;
    for (const QString &table : tablesOf(db)) {
        QStringList values;
        for (const QString &column : columnsOf(db, table))
            values.append(onServer(db) ? u"quote_nullable(CAST(\""_qs % column % u"\" AS text))"_qs
                                       : u"quote(\""_qs % column % u"\")"_qs);
        QSqlQuery query(db);
        if (!query.exec(u"SELECT "_qs % values.join(u" || ' | ' || "_qs) % u" FROM \""_qs % table %
                        u'"'))
            qFatal("%s cannot be read", qPrintable(table));
        while (query.next())
            rows.append(table % u": "_qs % query.value(0).toString());
    }
    // Its counter of ids, with it.
    rows.removeIf(
        [](const QString &row) { return row.startsWith(u"sqlite_sequence: 'person_changes'"_qs); });
    rows.sort();
    return rows;
}

int importParticipants(const QString &databasePath, int eventId, int first, int count)
{
    QTemporaryDir home;
    const QString csv = home.filePath(QStringLiteral("registrations.csv"));
    QFile file(csv);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("%s cannot be written", qPrintable(csv));
    file.write("Vorname;Nachname;E-Mail\r\n");
    for (int number = first; number < first + count; ++number)
        file.write(u"Imported;Person %1;imported.%1@example.org\r\n"_qs.arg(number).toUtf8());
    file.close();

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + u"/data"_qs);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + u"/config"_qs);
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.start(QStringLiteral(EXCHANGE_PLANNER_BINARY),
                  {u"import"_qs, u"participants"_qs, QString::number(eventId), csv,
                   u"--database"_qs, databasePath});
    if (!process.waitForFinished(60000))
        qFatal("exchange-planner import did not finish");
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace ep::test
