#include "export/contactlist.h"
#include "export/eventdocument.h"
#include "handedits.h"
#include "lists/recordlistmodel.h"
#include "lockholder.h"
#include "serverdatabases.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/fileidentity.h"
#include "storage/personrepository.h"
#include "storage/schema.h"
#include "storage/transaction.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace ep;

class DatabaseTest : public QObject
{
    Q_OBJECT

private slots:
    void newFileGetsCurrentSchema();
    void refusesFileThatIsNotADatabase_data();
    void refusesFileThatIsNotADatabase();
    void refusesAnotherProgramsDatabase();
    void refusesNewerSchemaAndLeavesFileUnchanged();
    void migratesFirstSchemaVersionAfterBackup();
    void expectedTablesAreThoseTheMigrationsCreate();
    void refusesFileEditedByHand_data();
    void refusesFileEditedByHand();
    void refusesOlderFileEditedByHandBeforeUpgrading();
    void queriesReportAPartRemovedWhileOpen();
    void foreignKeysAreEnforced();
    void nestedTransactionRollsBackOnlyItsPart();
    void failedTransactionChangesNothing();
    void writesConsistentBackup();
    void backupNeverWritesOverTheDatabaseUnderAnotherName();
    void relativePathIsKeptAbsolute();
    void lockedDatabaseIsNamedInUseNotDamaged();

private:
    static int count(const QSqlDatabase &db, const QString &table)
    {
        QSqlQuery query(db);
        query.exec(u"SELECT count(*) FROM "_qs % table);
        query.next();
        return query.value(0).toInt();
    }
};

void DatabaseTest::newFileGetsCurrentSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/folder/new.sqlite"));
    Database database;
    const Database::OpenResult result = database.open(path);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.migratedFrom, 0);
    QVERIFY(result.backupPath.isEmpty());
    QCOMPARE(database.schemaVersion(), schema::currentVersion());
    QVERIFY(database.holdsNoData());

    QSqlQuery query(database.connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    QCOMPARE(query.value(0).toString(), u"wal"_qs);
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void DatabaseTest::refusesFileThatIsNotADatabase_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("text") << QByteArray("first name;last name\nAnna;Nowak\n");
    QTest::newRow("pdf") << QByteArray("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj\n");
    QByteArray damaged("SQLite format 3\0", 16);
    damaged.append(QByteArray(4096, '\x5A'));
    QTest::newRow("damaged SQLite file") << damaged;
}

void DatabaseTest::refusesFileThatIsNotADatabase()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();

    Database database;
    const Database::OpenResult result = database.open(path);
    QCOMPARE(result.status, Database::Status::NotADatabase);
    QVERIFY2(result.message.contains(path), qPrintable(result.message));
    QVERIFY(!database.isOpen());
    QCOMPARE(test::fileContent(path), content);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"notes.sqlite"_qs});
}

void DatabaseTest::refusesAnotherProgramsDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), u"other"_qs);
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery query(other);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE songs (title TEXT)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO songs VALUES ('Glück auf')")));
        other.close();
    }
    QSqlDatabase::removeDatabase(u"other"_qs);
    const QByteArray before = test::fileContent(path);

    Database database;
    const Database::OpenResult result = database.open(path);
    QCOMPARE(result.status, Database::Status::ForeignDatabase);
    QVERIFY(result.message.contains(u"another program"_qs));
    database.close();
    QCOMPARE(test::fileContent(path), before);
}

void DatabaseTest::refusesNewerSchemaAndLeavesFileUnchanged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    {
        Database database;
        QVERIFY(database.open(path).ok());
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(u"UPDATE meta SET value = '%1' WHERE key = 'schema_version'"_qs.arg(
            schema::currentVersion() + 1)));
        // Back to a single file, so that the comparison below sees every byte.
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
    }
    const QByteArray before = test::fileContent(path);

    Database database;
    const Database::OpenResult result = database.open(path);
    QCOMPARE(result.status, Database::Status::NewerSchema);
    QVERIFY2(result.message.contains(u"newer version"_qs), qPrintable(result.message));
    database.close();
    QCOMPARE(test::fileContent(path), before);
    QVERIFY(!QFile::exists(path + u"-wal"_qs));
}

void DatabaseTest::migratesFirstSchemaVersionAfterBackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("2019.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(EXCHANGE_PLANNER_TEST_DATA "/schema-v1.sqlite"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray original = test::fileContent(path);

    Database database;
    const Database::OpenResult result = database.open(path);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.migratedFrom, 1);
    QCOMPARE(database.schemaVersion(), schema::currentVersion());

    // The backup is a complete version-1 database with the same rows.
    QVERIFY(QFile::exists(result.backupPath));
    QVERIFY(result.backupPath.contains(u"schema-v1-backup"_qs));
    {
        QSqlDatabase backup = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), u"backup"_qs);
        backup.setDatabaseName(result.backupPath);
        QVERIFY(backup.open());
        QSqlQuery query(backup);
        QVERIFY(query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), u"1"_qs);
        QCOMPARE(count(backup, u"people"_qs), 2);
        backup.close();
    }
    QSqlDatabase::removeDatabase(u"backup"_qs);
    QVERIFY(original.size() > 0);

    // Every row is still there, values exact, and the new search finds them.
    const QSqlDatabase db = database.connection();
    QCOMPARE(count(db, u"people"_qs), 2);
    QCOMPARE(count(db, u"participations"_qs), 1);
    QCOMPARE(count(db, u"agenda_item_hosts"_qs), 1);
    const std::optional<Person> mueller = PersonRepository(db).load(2);
    QVERIFY(mueller);
    QCOMPARE(mueller->lastName, u"Müller"_qs);
    QCOMPARE(mueller->notes, u"Zeile eins\nZeile zwei"_qs);
    // Schema 12: a consent recorded then was the legal basis; no consent, none recorded.
    QCOMPARE(PersonRepository(db).load(1)->legalBasis, u"consent"_qs);
    QCOMPARE(mueller->legalBasis, QString());
    RecordListModel people(ListDefinition::people(), db);
    people.setSearchText(u"lukasz wojcik"_qs);
    QCOMPARE(people.rowCount(), 1);
    people.setSearchText(u"mueller"_qs);
    QCOMPARE(people.rowCount(), 1);
    people.setSearchText(u"gzm"_qs); // by the organisation's short name
    QCOMPARE(people.rowCount(), 1);
    QCOMPARE(people.idAt(0), 1);

    // Opening again does not migrate again.
    database.close();
    Database again;
    const Database::OpenResult second = again.open(path);
    QVERIFY(second.ok());
    QCOMPARE(second.migratedFrom, 0);
}

void DatabaseTest::expectedTablesAreThoseTheMigrationsCreate()
{
    test::TestDatabase db;
    const schema::TableColumns expected = schema::expectedTables(schema::currentVersion());
    QCOMPARE(schema::tablesOf(db.connection()), expected);
    QVERIFY(expected.value(u"participations"_qs).contains(u"dietary_needs"_qs));
    QVERIFY(expected.value(u"events"_qs).contains(u"version"_qs));
    QVERIFY(!expected.contains(u"sqlite_sequence"_qs));
    // What the upgrade keeps to spare the next open the replay: the digest
    // of exactly these tables (a hand edit changes it: refusesFileEditedByHand).
    QCOMPARE(schema::madeTablesDigest(db.connection()),
             schema::tablesDigest(expected, schema::currentVersion()));
    schema::TableColumns withoutPhone = expected;
    withoutPhone[u"people"_qs].removeAll(u"phone"_qs);
    QVERIFY(schema::tablesDigest(withoutPhone, schema::currentVersion()) !=
            schema::tablesDigest(expected, schema::currentVersion()));
    QVERIFY(schema::tablesDigest(expected, schema::currentVersion() - 1) !=
            schema::tablesDigest(expected, schema::currentVersion()));
    // Each version's own: search text came with version 2.
    QVERIFY(!schema::expectedTables(1).value(u"people"_qs).contains(u"search_text"_qs));
    QVERIFY(schema::expectedTables(2).value(u"people"_qs).contains(u"search_text"_qs));
}

void DatabaseTest::refusesFileEditedByHand_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QString>("missing");
    for (const test::HandEdit &edit : test::handEdits())
        QTest::newRow(edit.name) << edit.statements << edit.missing;
    QTest::newRow("two tables dropped")
        << QStringList{u"DROP TABLE participations"_qs, u"DROP TABLE event_topics"_qs}
        << u"the tables event_topics, participations are missing"_qs;
}

void DatabaseTest::refusesFileEditedByHand()
{
    QFETCH(QStringList, statements);
    QFETCH(QString, missing);
    QTemporaryDir dir;
    QString path;
    {
        test::TestDatabase db;
        db.writeDemoProgramme();
        path = dir.filePath(u"edited.sqlite"_qs);
        QVERIFY(!db.database().backupTo(path).isValid());
    }
    QCOMPARE(test::editByHand(path, statements), QString());
    const QByteArray before = test::fileContent(path);

    Database database;
    const Database::OpenResult result = database.open(path);
    QCOMPARE(result.status, Database::Status::Damaged);
    QCOMPARE(result.message, u"The database %1 is damaged or was edited by hand: %2. "
                             u"It was left unchanged."_qs.arg(path, missing));
    QVERIFY(!database.isOpen());
    QCOMPARE(test::fileContent(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"edited.sqlite"_qs});
}

void DatabaseTest::refusesOlderFileEditedByHandBeforeUpgrading()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("2019.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(EXCHANGE_PLANNER_TEST_DATA "/schema-v1.sqlite"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(test::editByHand(path, {u"ALTER TABLE people DROP COLUMN phone"_qs}), QString());
    const QByteArray before = test::fileContent(path);

    Database database;
    const Database::OpenResult result = database.open(path);
    QCOMPARE(result.status, Database::Status::Damaged);
    QVERIFY2(result.message.contains(u"the column people.phone is missing"_qs),
             qPrintable(result.message));
    // Refused before the backup and the upgrade: nothing written.
    QCOMPARE(test::fileContent(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"2019.sqlite"_qs});
}

void DatabaseTest::queriesReportAPartRemovedWhileOpen()
{
    test::TestDatabase db;
    db.writeDemoProgramme();
    const QSqlDatabase connection = db.connection();
    RecordListModel events(ListDefinition::events(Language::English), connection);
    QCOMPARE(events.readFailure(), QString());
    QVERIFY(events.rowCount() > 0);

    // Another program (an SQLite client, psql) changes the database while
    // it is open.
    const auto editByHand = [&db](const QStringList &statements) {
        if (!db.isServer())
            return test::editByHand(db.path(), statements, false);
        QSqlDatabase other = test::addServerConnection(db.path(), u"psql"_qs);
        QString error = other.open() ? QString() : other.lastError().text();
        for (const QString &statement : statements) {
            if (QSqlQuery query(other); error.isEmpty() && !query.exec(statement))
                error = query.lastError().text();
        }
        other.close();
        other = {};
        QSqlDatabase::removeDatabase(u"psql"_qs);
        return error;
    };
    // A server names itself by user, host and database.
    const QString where =
        db.isServer() ? Database::displayLocation(connection) : QDir::toNativeSeparators(db.path());
    QVERIFY(!where.contains(u"postgresql://"_qs));
    QCOMPARE(
        editByHand({u"DROP TABLE participations"_qs, u"ALTER TABLE people DROP COLUMN phone"_qs}),
        QString());
    const auto names = [&where](const QString &part) {
        return u"The database %1 is damaged or was edited by hand: %2 is missing."_qs.arg(where,
                                                                                          part);
    };
    QSqlError error;
    QVERIFY(!EventRepository(connection).load(1, &error));
    QCOMPARE(Database::describeFailure(connection, error), names(u"the table participations"_qs));
    QVERIFY(!EventDocument::load(connection, 1, &error));
    QVERIFY(error.isValid());
    const ContactList contacts = ContactList::load(connection, &error);
    QCOMPARE(Database::describeFailure(connection, error), names(u"the column phone"_qs));
    QVERIFY(contacts.people.isEmpty());

    // CASCADE: PostgreSQL drops the other tables' keys to it (not their rows).
    QCOMPARE(
        editByHand({db.isServer() ? u"DROP TABLE events CASCADE"_qs : u"DROP TABLE events"_qs}),
        QString());
    QVERIFY(EventRepository(connection).summaries(&error).isEmpty());
    QCOMPARE(Database::describeFailure(connection, error), names(u"the table events"_qs));
    events.refresh();
    QCOMPARE(events.rowCount(), 0);
    QCOMPARE(events.readFailure(), names(u"the table events"_qs));
}

void DatabaseTest::foreignKeysAreEnforced()
{
    test::TestDatabase db;
    QSqlQuery query(db.connection());
    QVERIFY(!query.exec(
        QStringLiteral("INSERT INTO people (last_name, organisation_id) VALUES ('Nowak', 999)")));
    QCOMPARE(count(db.connection(), u"people"_qs), 0);
}

void DatabaseTest::nestedTransactionRollsBackOnlyItsPart()
{
    test::TestDatabase db;
    QSqlDatabase connection = db.connection();
    {
        Transaction outer(connection);
        QVERIFY(outer.isActive());
        QSqlQuery query(connection);
        QVERIFY(query.exec(QStringLiteral("INSERT INTO topics (name_en) VALUES ('kept')")));
        {
            Transaction inner(connection);
            QVERIFY(inner.isActive());
            QVERIFY(query.exec(QStringLiteral("INSERT INTO topics (name_en) VALUES ('dropped')")));
            // no commit: rolled back to the savepoint
        }
        QVERIFY(outer.commit());
    }
    QSqlQuery query(connection);
    QVERIFY(query.exec(QStringLiteral("SELECT name_en FROM topics")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"kept"_qs);
    QVERIFY(!query.next());
}

void DatabaseTest::failedTransactionChangesNothing()
{
    test::TestDatabase db;
    QSqlDatabase connection = db.connection();
    {
        Transaction transaction(connection);
        QSqlQuery query(connection);
        QVERIFY(query.exec(QStringLiteral("INSERT INTO topics (name_en) VALUES ('one')")));
        // The CHECK constraint refuses a topic without any name.
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO topics (name_en) VALUES ('')")));
    }
    QCOMPARE(count(connection, u"topics"_qs), 0);
}

void DatabaseTest::writesConsistentBackup()
{
    test::TestDatabase db;
    db.writeDemoProgramme();
    const QString copy = db.folder() + u"/copy.sqlite"_qs;
    QVERIFY(!db.database().backupTo(copy).isValid());
    Database backup;
    QVERIFY(backup.open(copy).ok());
    QCOMPARE(count(backup.connection(), u"events"_qs), 4);
    QCOMPARE(count(backup.connection(), u"participations"_qs),
             count(db.connection(), u"participations"_qs));
    // An existing file is never overwritten.
    QVERIFY(db.database().backupTo(copy).isValid());
}

// A relative path, "..", a symbolic link and a hard link each reach the open
// database; so do its write-ahead log and shared memory. A backup onto any
// of them would replace the live file under the window's feet.
void DatabaseTest::backupNeverWritesOverTheDatabaseUnderAnotherName()
{
    if (test::TestDatabase::serverUri().size() > 0)
        QSKIP("a team database has no file a backup could be written over");
    test::TestDatabase db;
    db.writeDemoProgramme();
    const QString path = db.path();
    const QFileInfo info(path);
    const QString link = db.folder() + u"/link.sqlite"_qs;
    QVERIFY(QFile::link(path, link));
    const QString hardLink = db.folder() + u"/hard.sqlite"_qs;
    QCOMPARE(::link(QFile::encodeName(path).constData(), QFile::encodeName(hardLink).constData()),
             0);
    QVERIFY(QDir(db.folder()).mkdir(u"sub"_qs));
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(db.folder()));
    const QStringList spellings{info.fileName(),
                                u"./sub/../"_qs % info.fileName(),
                                link,
                                hardLink,
                                path % u"-wal"_qs,
                                u"../"_qs % QFileInfo(db.folder()).fileName() % u'/' %
                                    info.fileName()};
    for (const QString &spelling : spellings) {
        QVERIFY2(db.database().isOwnFile(spelling), qPrintable(spelling));
        const QSqlError error = db.database().backupTo(spelling);
        QVERIFY2(error.text().contains(u"the open database itself"_qs), qPrintable(spelling));
    }
    QVERIFY(QDir::setCurrent(previous));
    QVERIFY(!db.database().isOwnFile(db.folder() + u"/other.sqlite"_qs));
    QVERIFY(!isSameFile(path, db.folder() + u"/other.sqlite"_qs));
    // The database is as it was, and still takes writes.
    QCOMPARE(count(db.connection(), u"events"_qs), 4);
    QVERIFY(QSqlQuery(db.connection()).exec(u"UPDATE events SET capacity = 41"_qs));
    QSqlQuery check(db.connection());
    QVERIFY(check.exec(u"PRAGMA quick_check"_qs) && check.next());
    QCOMPARE(check.value(0).toString(), u"ok"_qs);
}

// The window remembers the database it opened; a path relative to the
// folder it was started in would be looked for in another one next time.
void DatabaseTest::relativePathIsKeptAbsolute()
{
    QTemporaryDir dir;
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(dir.path()));
    Database database;
    const Database::OpenResult opened = database.open(u"planner.sqlite"_qs);
    QVERIFY(QDir::setCurrent(previous));
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    QCOMPARE(database.location(), QDir(dir.path()).absoluteFilePath(u"planner.sqlite"_qs));
    QVERIFY(QFileInfo(database.location()).isAbsolute());
}

// Another program holding the database in exclusive mode longer than the
// connection waits: the message says so, not that the file is damaged.
void DatabaseTest::lockedDatabaseIsNamedInUseNotDamaged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"kept.sqlite"_qs);
    {
        test::TestDatabase db;
        db.writeDemoProgramme();
        QVERIFY(!db.database().backupTo(path).isValid());
    }
    {
        test::LockHolder other(path, std::chrono::milliseconds(7000), {u"SELECT 1"_qs},
                               test::LockHolder::Lock::Exclusive);
        QVERIFY2(other.waitUntilHeld(), qPrintable(other.error()));
        Database database;
        const Database::OpenResult opened = database.open(path);
        QCOMPARE(opened.status, Database::Status::CannotOpen);
        QVERIFY2(opened.message.contains(u"in use by another program"_qs),
                 qPrintable(opened.message));
        QVERIFY2(!opened.message.contains(u"not an Exchange Planner database"_qs),
                 qPrintable(opened.message));
    }
    // Once the other program is done, the file opens as it was.
    Database database;
    QVERIFY(database.open(path).ok());
    QCOMPARE(count(database.connection(), u"events"_qs), 4);
}

QTEST_GUILESS_MAIN(DatabaseTest)
#include "tst_database.moc"
