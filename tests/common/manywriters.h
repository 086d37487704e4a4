#pragma once

#include "domain/event.h"

#include <QSqlDatabase>
#include <QStringList>

// What the tests of many writers on one database file share: another window
// or program (its own connection, opened as the program opens one), a
// stored event to disagree about, and the whole content of the file to
// compare before and after.
namespace ep::test {

// Another window or program on the same file: a connection of its own,
// set up as Database sets up the program's (foreign keys, busy timeout,
// write-ahead log). Not a second Database: its open() reads the file's first
// bytes with QFile, and closing that descriptor drops every POSIX lock this
// process holds on the file, the first connection's too (SQLite's "How To
// Corrupt", 2.2). Another program may then switch the file out of WAL and
// delete the log under both connections (the import does), which is not
// what two programs on one file do.
class SecondConnection final
{
public:
    explicit SecondConnection(const QString &path);
    ~SecondConnection();
    Q_DISABLE_COPY_MOVE(SecondConnection)

    QSqlDatabase connection() const;

private:
    QString m_name;
};

// A study visit with a host organisation, an organiser, a topic, two agenda
// items (the first at a site, hosted by the organiser) and `participants`
// delegates, each a person of their own; as stored, ids and versions set.
Event storedStudyVisit(const QSqlDatabase &db, int participants);

// A new person, stored.
int storedPerson(const QSqlDatabase &db, const QString &first, const QString &last);

// Registers the person for the event, as a window on `db` does: against
// the event as it loads it now.
void storedRegistration(const QSqlDatabase &db, int eventId, int personId,
                        const QString &notes = {});

// Every row of every table, as SQLite spells its values (quote(): text,
// numbers, blobs and NULL each their own way), sorted, one string a row led
// by the table's name: two equal lists hold the same data, type for type.
// The record of who changed whom (person_changes) is left out: it grows
// with every write, undo too.
QStringList everyRow(const QSqlDatabase &db);

// Runs `exchange-planner import participants EVENT FILE.csv --database
// PATH` as a separate process, with `count` new people numbered from
// `first`; returns its exit status (its messages go to the test's log).
int importParticipants(const QString &databasePath, int eventId, int first, int count);

} // namespace ep::test
