#include "import/importwriter.h"

#include "domain/organisation.h"
#include "domain/searchtext.h"
#include "import/importcolumns.h"
#include "import/participationupdate.h"
#include "storage/newids.h"
#include "storage/personchanges.h"
#include "storage/searchindex.h"
#include "storage/sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ep {
namespace {

// "(?, ?, ?), (?, ?, ?)": `rows` groups of `columns` placeholders.
QString valueRows(int rows, qsizetype columns)
{
    const QString row = u'(' % QStringList(columns, QStringLiteral("?")).join(u", ") % u')';
    return QStringList(rows, row).join(u", ");
}

template <typename Row>
void bindDateTime(Row &statement, int index, const QDateTime &value)
{
    if (!value.isValid()) {
        statement.bindNull(index);
        return;
    }
    const std::array<char, 16> text = storedDateTime(value);
    statement.bindAscii(index, QByteArrayView(text.data(), qsizetype(text.size())));
}

// Two spellings of one person's name: the same last name, and the same
// first name unless one of them lacks it; case and diacritics aside
// ("Jurgen Muller" is Jürgen Müller).
bool sameName(const Person &one, const QString &firstName, const QString &lastName)
{
    if (foldForSearch(one.lastName) != foldForSearch(lastName))
        return false;
    return one.firstName.isEmpty() || firstName.isEmpty() ||
           foldForSearch(one.firstName) == foldForSearch(firstName);
}

QString fullName(const QString &firstName, const QString &lastName)
{
    return firstName.isEmpty() ? lastName : firstName % u' ' % lastName;
}

} // namespace

ImportWriter::ImportWriter(const QSqlDatabase &db, const ImportSettings &settings,
                           ImportReport &report)
    : m_db(db)
    , m_settings(settings)
    , m_report(report)
    // min(id), not ORDER BY id: no sorter per row; 0 (NULL) when there is none.
    , m_findByEmail(db, u"SELECT min(id) FROM people WHERE "_qs %
                            dialect::equalsIgnoringCase(dialectOf(db), u"email"_qs, u"?"_qs))
    , m_findByName(db, QStringLiteral("SELECT min(id) FROM people WHERE sort_name = ? AND "
                                      "COALESCE(organisation_id, 0) = ?"))
    , m_loadPerson(db, u"SELECT "_qs % columnList(m_personColumns) %
                           u", organisation_id, is_contact FROM people WHERE id = ?"_qs)
    , m_updatePerson(db, u"UPDATE people SET "_qs % assignments(m_personColumns) %
                             u", organisation_id = ?, is_contact = ?, search_text = ?,"
                             u" sort_name = ?, version = version + 1 WHERE id = ?"_qs)
    , m_loadName(db, QStringLiteral("SELECT first_name, last_name FROM people WHERE id = ?"))
    , m_insertOrganisation(db,
                           QStringLiteral("INSERT INTO organisations (name, search_text)"
                                          " VALUES (?, ?)"),
                           PreparedStatement::Returns::Id)
    , m_insertPeople(db, insertPeopleStatement(batchSize))
    , m_insertParticipations(db, insertParticipationsStatement(batchSize))
    , m_participations(db, settings, report)
{
    for (const PreparedStatement *statement :
         {&m_findByEmail, &m_findByName, &m_loadPerson, &m_updatePerson, &m_loadName,
          &m_insertOrganisation, &m_insertPeople, &m_insertParticipations}) {
        if (!statement->isValid() && m_error.isEmpty())
            fail(*statement);
    }
    if (m_error.isEmpty() && !m_participations.error().isEmpty()) {
        m_error = m_participations.error();
        m_errorCode = m_participations.errorCode();
    }
    if (dialectOf(db) == SqlDialect::PostgreSQL) {
        // COPY costs a round trip of its own; rows are sent by the thousand.
        m_rowsPerFlush = 4096;
        m_copyPeople =
            std::make_unique<CopyIn>(db, u"people"_qs,
                                     QStringList{u"id"_qs} + columnNames(m_personColumns) +
                                         QStringList{u"organisation_id"_qs, u"is_contact"_qs,
                                                     u"search_text"_qs, u"sort_name"_qs});
        m_copyParticipations = std::make_unique<CopyIn>(
            db, u"participations"_qs,
            QStringList{u"event_id"_qs, u"person_id"_qs} + columnNames(m_participationColumns));
    }
    readStoredKeys();
    // New people and participations are recorded as created and registered
    // a batch at a time (writeCollected()), not by a trigger per row.
    if (const QSqlError error = PersonChanges::pauseInsertRecording(m_db); error.isValid())
        fail(error);
}

ImportWriter::~ImportWriter()
{
    // Within the import's transaction, or after its commit: the window's
    // own edits are recorded row by row again.
    PersonChanges::resumeInsertRecording(m_db);
}

void ImportWriter::readStoredKeys()
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // What stored people can be matched by: only rows with one of these
    // keys are looked up in the database. Held for the people stored
    // before, not for the file's rows, so memory does not grow with the file.
    query.exec(QStringLiteral("SELECT email, sort_name, COALESCE(organisation_id, 0)"
                              " FROM people"));
    while (query.next()) {
        const QString email = query.value(0).toString();
        m_storedKeys.add(
            email.isEmpty() ? QString(query.value(1).toString() % u'\t' % query.value(2).toString())
                            : QString(u'@' % email.toLower()));
    }
    query.exec(QStringLiteral("SELECT id, name, short_name FROM organisations"));
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        m_organisations.insert(foldForSearch(query.value(1).toString()), id);
        const QString shortName = foldForSearch(query.value(2).toString());
        if (!shortName.isEmpty() && !m_organisations.contains(shortName))
            m_organisations.insert(shortName, id);
    }
}

bool ImportWriter::write(ImportRow row)
{
    const qint64 organisationId = organisationFor(row.organisation);
    if (organisationId < 0)
        return false;
    const bool contact = m_settings.target == ImportTarget::Contacts;
    const QString key = matchKey(row.person, organisationId);
    qint64 personId = 0;
    bool stored = false; // the person was in the database before this batch
    if (const auto pending = m_pendingPeople.constFind(key); pending != m_pendingPeople.cend()) {
        NewPerson &person = m_newPeople[pending.value()];
        merge(person.person, person.organisationId, row.person, organisationId);
        person.contact = person.contact || contact;
        personId = person.id;
        ++m_report.matched;
    } else if (personId = storedPersonFor(key, row.person, organisationId); personId > 0) {
        stored = true;
        ++m_report.matched;
        if (!updatePerson(personId, row.person, organisationId))
            return false;
    } else if (personId < 0) {
        return fail(row.person.email.isEmpty() ? m_findByName : m_findByEmail);
    } else {
        personId = m_newPersonIds.take();
        if (personId < 0) {
            m_error = m_newPersonIds.error().text();
            m_errorCode = m_newPersonIds.error().nativeErrorCode();
            return false;
        }
        m_pendingPeople.insert(key, m_newPeople.size());
        m_createdIds.insert(key, personId);
        m_createdLines.insert(personId, row.line);
        m_newPeople.append({personId, row.person, organisationId, contact, row.line});
        ++m_report.created;
    }
    if (m_settings.target == ImportTarget::Participants) {
        using Participating = ParticipationUpdate::Result;
        const Participating participating = m_pendingParticipants.contains(personId)
                                                ? Participating::Kept
                                            : stored ? m_participations.update(personId, row)
                                                     : Participating::None;
        if (participating == Participating::Failed) {
            m_error = m_participations.error();
            m_errorCode = m_participations.errorCode();
            return false;
        }
        if (participating == Participating::None) {
            m_pendingParticipants.insert(personId);
            m_newParticipations.append({personId, std::move(row.participation)});
        } else if (participating == Participating::Kept) {
            ++m_report.skipped;
        }
    }
    if (m_newPeople.size() >= m_rowsPerFlush || m_newParticipations.size() >= m_rowsPerFlush)
        return writeCollected();
    return true;
}

bool ImportWriter::flush()
{
    if (!writeCollected())
        return false;
    const QSqlError error = m_deferredIndex.finish();
    return !error.isValid() || fail(error);
}

bool ImportWriter::writeCollected()
{
    QList<qint64> created;
    for (const NewPerson &person : std::as_const(m_newPeople))
        created.append(person.id);
    QList<qint64> registered;
    for (const NewParticipation &participation : std::as_const(m_newParticipations))
        registered.append(participation.personId);
    if (!insertPeople() || !insertParticipations())
        return false;
    using enum PersonChanges::Action;
    if (const QSqlError error = PersonChanges::recordInserted(m_db, Created, created, 0);
        error.isValid())
        return fail(error);
    if (const QSqlError error =
            PersonChanges::recordInserted(m_db, Registered, registered, m_settings.eventId);
        error.isValid())
        return fail(error);
    m_newPeople.clear();
    m_pendingPeople.clear();
    m_newParticipations.clear();
    m_pendingParticipants.clear();
    return true;
}

// OR FAIL: a failed row ends the whole import, which is rolled back, so the
// statement need not undo its own earlier rows. Otherwise SQLite keeps a
// statement journal of every page a batch touches.
QString ImportWriter::insertPeopleStatement(int rows) const
{
    return dialect::insertInto(dialectOf(m_db), u"people"_qs) % u" (id, "_qs %
           columnList(m_personColumns) %
           u", organisation_id, is_contact, search_text, sort_name) VALUES "_qs %
           valueRows(rows, m_personColumns.size() + 5);
}

QString ImportWriter::insertParticipationsStatement(int rows) const
{
    return dialect::insertInto(dialectOf(m_db), u"participations"_qs) %
           u" (event_id, person_id, "_qs % columnList(m_participationColumns) % u") VALUES "_qs %
           valueRows(rows, m_participationColumns.size() + 2);
}

bool ImportWriter::fail(const CopyIn &copy)
{
    m_error = copy.error();
    m_errorCode = copy.errorCode();
    return false;
}

bool ImportWriter::fail(const PreparedStatement &statement)
{
    m_error = statement.error();
    m_errorCode = statement.errorCode();
    return false;
}

bool ImportWriter::checkEmail(const ImportRow &row, QString &conflict)
{
    conflict.clear();
    const Person &person = row.person;
    if (person.email.isEmpty())
        return true;
    const QString key = u'@' % person.email.toLower();
    const QString name = fullName(person.firstName, person.lastName);
    if (const auto pending = m_pendingPeople.constFind(key); pending != m_pendingPeople.cend()) {
        const NewPerson &earlier = m_newPeople[pending.value()];
        if (!sameName(earlier.person, person.firstName, person.lastName)) {
            conflict = tr("\"%1\" has the email of %2, on line %3")
                           .arg(name, fullName(earlier.person.firstName, earlier.person.lastName))
                           .arg(earlier.line);
        }
        return true;
    }
    const qint64 id = storedPersonFor(key, person, 0);
    if (id < 0)
        return fail(m_findByEmail);
    if (id == 0)
        return true;
    m_loadName.bind(1, id);
    if (!m_loadName.exec())
        return fail(m_loadName);
    if (!m_loadName.next()) {
        m_loadName.finish();
        return true;
    }
    const QString firstName = m_loadName.textColumn(0);
    const QString lastName = m_loadName.textColumn(1);
    m_loadName.finish();
    if (sameName(person, firstName, lastName))
        return true;
    const QString storedName = fullName(firstName, lastName);
    conflict =
        m_createdLines.contains(id)
            ? tr("\"%1\" has the email of %2, on line %3")
                  .arg(name, storedName)
                  .arg(m_createdLines.value(id))
            : tr("\"%1\" has the email of %2, stored as person %3").arg(name, storedName).arg(id);
    return true;
}

// What identifies a person within the import: the email, else the name and
// organisation — the same as findPerson() asks the database.
QString ImportWriter::matchKey(const Person &person, qint64 organisationId)
{
    if (!person.email.isEmpty())
        return u'@' % person.email.toLower();
    return sortNameOf(person.firstName, person.lastName) % u'\t' % QString::number(organisationId);
}

// The organisation named `name` (by its name or short name), stored new when
// there is none; 0 for no name, -1 on a database error.
qint64 ImportWriter::organisationFor(const QString &name)
{
    if (name.isEmpty())
        return 0;
    const QString folded = foldForSearch(name);
    if (const auto found = m_organisations.constFind(folded); found != m_organisations.cend())
        return found.value();
    Organisation organisation;
    organisation.name = name;
    m_insertOrganisation.bind(1, name);
    m_insertOrganisation.bind(2, organisationSearchText(organisation));
    const qint64 id = m_insertOrganisation.execForId();
    if (id < 0) {
        fail(m_insertOrganisation);
        return -1;
    }
    m_organisations.insert(folded, id);
    ++m_report.organisationsCreated;
    return id;
}

// The person stored under `key`: one this import wrote is known here; one
// stored before is looked up only when the filter says it may exist. 0 for
// none, -1 on a database error.
qint64 ImportWriter::storedPersonFor(const QString &key, const Person &person,
                                     qint64 organisationId)
{
    if (const qint64 created = m_createdIds.value(key); created > 0)
        return created;
    return m_storedKeys.mightContain(key) ? findPerson(person, organisationId) : 0;
}

// A stored person by email when the row has one, else by name and
// organisation; 0 for none, -1 on a database error.
qint64 ImportWriter::findPerson(const Person &person, qint64 organisationId)
{
    if (!person.email.isEmpty()) {
        m_findByEmail.bind(1, person.email);
        return m_findByEmail.execForInt();
    }
    m_findByName.bind(1, sortNameOf(person.firstName, person.lastName));
    m_findByName.bind(2, organisationId);
    return m_findByName.execForInt();
}

template <typename Row>
int ImportWriter::bindPerson(Row &statement, int first, const Person &person, qint64 organisationId,
                             bool contact) const
{
    int next = first;
    for (const FieldDescription *field : m_personColumns)
        statement.bind(next++, person.*field->personText);
    if (organisationId > 0)
        statement.bind(next, organisationId);
    else
        statement.bindNull(next);
    statement.bind(next + 1, qint64(contact ? 1 : 0));
    statement.bind(next + 2, personSearchText(person));
    statement.bind(next + 3, sortNameOf(person.firstName, person.lastName));
    return next + 4;
}

// The statement for a batch of `rows`: the prepared one for a full batch,
// else one prepared now (the last batch of an import).
PreparedStatement *ImportWriter::statementFor(PreparedStatement &full, int rows,
                                              std::unique_ptr<PreparedStatement> &partial,
                                              const QString &text) const
{
    if (rows == batchSize)
        return &full;
    partial = std::make_unique<PreparedStatement>(m_db, text);
    return partial.get();
}

bool ImportWriter::insertPeople()
{
    const int rows = int(m_newPeople.size());
    if (rows == 0)
        return true;
    if (m_copyPeople) {
        int next = 1;
        for (const NewPerson &person : std::as_const(m_newPeople)) {
            m_copyPeople->bind(next, person.id);
            next = bindPerson(*m_copyPeople, next + 1, person.person, person.organisationId,
                              person.contact);
        }
        return m_copyPeople->send() || fail(*m_copyPeople);
    }
    const QSqlError deferring = m_deferredIndex.begin(m_newPeople.constFirst().id);
    if (deferring.isValid())
        return fail(deferring);
    std::unique_ptr<PreparedStatement> partial;
    PreparedStatement *statement =
        statementFor(m_insertPeople, rows, partial, insertPeopleStatement(rows));
    int next = 1;
    for (const NewPerson &person : std::as_const(m_newPeople)) {
        statement->bind(next, person.id);
        next =
            bindPerson(*statement, next + 1, person.person, person.organisationId, person.contact);
    }
    if (!statement->exec())
        return fail(*statement);
    statement->finish();
    return true;
}

template <typename Row>
void ImportWriter::bindParticipations(Row &statement) const
{
    int next = 1;
    for (const NewParticipation &row : std::as_const(m_newParticipations)) {
        statement.bind(next++, qint64(m_settings.eventId));
        statement.bind(next++, row.personId);
        for (const FieldDescription *field : m_participationColumns) {
            if (field->participationMoment)
                bindDateTime(statement, next++, row.participation.*field->participationMoment);
            else
                statement.bind(next++, row.participation.*field->participationText);
        }
    }
}

bool ImportWriter::insertParticipations()
{
    const int rows = int(m_newParticipations.size());
    if (rows == 0)
        return true;
    if (m_copyParticipations) {
        bindParticipations(*m_copyParticipations);
        return m_copyParticipations->send() || fail(*m_copyParticipations);
    }
    std::unique_ptr<PreparedStatement> partial;
    PreparedStatement *statement =
        statementFor(m_insertParticipations, rows, partial, insertParticipationsStatement(rows));
    bindParticipations(*statement);
    if (!statement->exec())
        return fail(*statement);
    statement->finish();
    return true;
}

} // namespace ep
