#pragma once

#include "domain/field.h"
#include "import/importreport.h"
#include "import/importrow.h"
#include "import/keyfilter.h"
#include "import/participationupdate.h"
#include "storage/copyin.h"
#include "storage/newids.h"
#include "storage/preparedstatement.h"
#include "storage/searchindex.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>

#include <memory>

namespace ep {

// Writes the rows of one import: matches each to a stored person (by email,
// else by name and organisation), fills in or replaces what the person
// lacks, stores new people and organisations, and adds the participations —
// or, for people taking part already, replaces their participation's values
// with the file's when the user chose so.
// The columns of people and participations and the search text come from
// the same descriptions the repositories use (domain/field.h,
// storage/searchindex.h).
//
// New people and their participations are collected and written `batchSize`
// rows to a statement: SQLite's work per statement (beginning, halting and
// resetting it) costs more than the rows themselves, and at each statement's
// end the search index (FTS5) writes what it holds as a segment of its own.
// 1,024 rows instead of 64 made 100,000 rows 11 % faster; a batch of people
// binds 19,456 values (19 columns), within SQLite's limit of 32,766. So that a participation
// can refer to a person not written yet, new people get their ids here,
// from the database's own counter (storage/newids.h), never the highest
// stored id + 1.
class ImportWriter final
{
    Q_DECLARE_TR_FUNCTIONS(SpreadsheetImport)

public:
    static constexpr int batchSize = 1024;

    // Reads what stored people and organisations can be matched by; error()
    // says when the database refused.
    ImportWriter(const QSqlDatabase &db, const ImportSettings &settings, ImportReport &report);
    ~ImportWriter();
    Q_DISABLE_COPY_MOVE(ImportWriter)

    QString error() const { return m_error; }
    // The database's code of the failure behind error() (PreparedStatement::errorCode).
    QString errorCode() const { return m_errorCode; }

    // Finds whether the row's email is another person's: one stored, or one
    // of an earlier row, under another name. One email is one person, so
    // such a row is not merged with them; `conflict` says why. False (with
    // error()) when the database refused.
    bool checkEmail(const ImportRow &row, QString &conflict);
    // Takes one valid row; false (with error()) when the database refused.
    bool write(ImportRow row);
    // Writes what is still collected and indexes the new people for
    // search; to be called after the last row, before the commit.
    bool flush();

private:
    struct NewPerson
    {
        qint64 id;
        Person person;
        qint64 organisationId;
        bool contact;
        qint64 line; // of the row that named them first
    };

    struct NewParticipation
    {
        qint64 personId;
        Participation participation;
    };

    QString insertPeopleStatement(int rows) const;
    QString insertParticipationsStatement(int rows) const;
    bool fail(const PreparedStatement &statement);
    bool fail(const CopyIn &copy);
    bool fail(const QSqlError &error)
    {
        m_error = error.text();
        m_errorCode = error.nativeErrorCode();
        return false;
    }
    static QString matchKey(const Person &person, qint64 organisationId);
    qint64 organisationFor(const QString &name);
    qint64 storedPersonFor(const QString &key, const Person &person, qint64 organisationId);
    qint64 findPerson(const Person &person, qint64 organisationId);

    bool merge(Person &stored, qint64 &organisationId, const Person &person,
               qint64 rowOrganisationId);
    // Binds a person's columns from parameter `first` on, then organisation,
    // contact flag, search text and sort name; returns the next parameter.
    // `Row`: a PreparedStatement, or a CopyIn on a team database.
    template <typename Row>
    int bindPerson(Row &statement, int first, const Person &person, qint64 organisationId,
                   bool contact) const;
    bool updatePerson(qint64 id, const Person &person, qint64 organisationId);
    PreparedStatement *statementFor(PreparedStatement &full, int rows,
                                    std::unique_ptr<PreparedStatement> &partial,
                                    const QString &text) const;
    // Writes the batch collected so far.
    bool writeCollected();
    bool insertPeople();
    bool insertParticipations();
    template <typename Row>
    void bindParticipations(Row &statement) const;
    void readStoredKeys();

    QSqlDatabase m_db;
    const ImportSettings &m_settings;
    ImportReport &m_report;
    const QList<const FieldDescription *> m_personColumns = personTextColumns();
    const QList<const FieldDescription *> m_participationColumns = participationColumns();
    PreparedStatement m_findByEmail;
    PreparedStatement m_findByName;
    PreparedStatement m_loadPerson;
    PreparedStatement m_updatePerson;
    PreparedStatement m_loadName;
    PreparedStatement m_insertOrganisation;
    PreparedStatement m_insertPeople;
    PreparedStatement m_insertParticipations;
    // PostgreSQL: new people and participations go in by COPY, many
    // thousands at a time (storage/copyin.h); null on SQLite.
    std::unique_ptr<CopyIn> m_copyPeople;
    std::unique_ptr<CopyIn> m_copyParticipations;
    int m_rowsPerFlush = batchSize;
    ParticipationUpdate m_participations;
    QHash<QString, qint64> m_organisations; // folded name and short name → id
    NewIds m_newPersonIds{m_db, QStringLiteral("people")};
    // New people are indexed for search once, by flush().
    DeferredSearchIndex m_deferredIndex{m_db, QStringLiteral("people")};
    // The people this import stores, known exactly: looking them up in the
    // database would cost a query per filter's false yes, and PostgreSQL
    // plans such a query for the table's size before the import grew it.
    QHash<QString, qint64> m_createdIds;       // matchKey() → id
    QHash<qint64, qint64> m_createdLines;      // id → line
    QList<NewPerson> m_newPeople;              // not written yet
    QHash<QString, qsizetype> m_pendingPeople; // matchKey() → index in m_newPeople
    QList<NewParticipation> m_newParticipations;
    QSet<qint64> m_pendingParticipants;
    KeyFilter m_storedKeys; // matchKey()s of the people stored before this import
    QString m_error;
    QString m_errorCode;
};

} // namespace ep
