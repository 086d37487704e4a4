#include "import/spreadsheetimport.h"

#include "csv/csvreader.h"
#include "csv/csvwriter.h"
#include "domain/formats.h"
#include "domain/searchtext.h"
#include "domain/validation.h"
#include "domain/vocabulary.h"
#include "storage/preparedstatement.h"
#include "storage/searchindex.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <array>
#include <memory>
#include <vector>

namespace ep {
namespace {

// The person fields of a row, in the order of the people table's columns
// that the import writes.
enum PersonColumn
{
    TitleColumn,
    FirstNameColumn,
    LastNameColumn,
    FunctionColumn,
    EmailColumn,
    PhoneColumn,
    StreetColumn,
    PostalCodeColumn,
    CityColumn,
    CountryColumn,
    LanguagesColumn,
    PersonNotesColumn,
    PersonColumnCount
};

constexpr std::array<const char *, PersonColumnCount> personColumns = {
    "title",  "first_name",  "last_name", "function", "email",     "phone",
    "street", "postal_code", "city",      "country",  "languages", "notes"};

// One data row, decoded and checked.
struct Row
{
    std::array<QString, PersonColumnCount> person;
    QString organisation;
    QString delegation;
    QString role = QStringLiteral("delegate");
    QString status = QStringLiteral("registered");
    QDateTime arrival;
    QDateTime departure;
    QString dietaryNeeds;
    QString accessibilityNeeds;
    QString participationNotes;
};

// The number made of the digits 0-9 text[from, to), or -1.
int digitsAt(QStringView text, qsizetype from, qsizetype to)
{
    if (from >= to || to > text.size() || to - from > 4)
        return -1;
    int value = 0;
    for (qsizetype i = from; i < to; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// The index of `c` in `text` from `from` on, or -1. A plain loop: dates are
// a few characters long, and QStringView::indexOf() costs more in setting up
// its vectorised search than this loop in all.
qsizetype find(QStringView text, char16_t c, qsizetype from = 0)
{
    for (qsizetype i = from; i < text.size(); ++i) {
        if (text[i].unicode() == c)
            return i;
    }
    return -1;
}

// A date as spreadsheets write it: 2019-07-08, 08.07.2019, 8.7.2019,
// 08/07/2019 (day first, as in Europe).
QDate parseDate(QStringView text)
{
    // digitsAt() gives -1 for what is not a number, and -1 would be a valid
    // year (1 BC) to QDate.
    const auto date = [](int year, int month, int day) {
        return year > 0 && month > 0 && day > 0 ? QDate(year, month, day) : QDate();
    };
    const qsizetype first = find(text, u'-');
    if (first == 4) {
        const qsizetype second = find(text, u'-', 5);
        return date(digitsAt(text, 0, 4), digitsAt(text, 5, second),
                    digitsAt(text, second + 1, text.size()));
    }
    for (char16_t separator : {u'.', u'/'}) {
        const qsizetype day = find(text, separator);
        const qsizetype month = day < 0 ? -1 : find(text, separator, day + 1);
        if (day > 0 && month > day && text.size() - month - 1 == 4)
            return date(digitsAt(text, month + 1, text.size()), digitsAt(text, day + 1, month),
                        digitsAt(text, 0, day));
    }
    return {};
}

// A date with an optional time (9:30, 09:30, 09:30:00). Parsed by hand: an
// import reads it once a row, and QDateTime::fromString costs as much as the
// database's insert. Kept in UTC: the value is stored as written, and local
// time would look up the time zone for every row.
QDateTime parseDateTime(const QString &text)
{
    const QStringView trimmed = QStringView(text).trimmed();
    qsizetype split = find(trimmed, u'T');
    if (split < 0)
        split = find(trimmed, u' ');
    const QDate date = parseDate(split < 0 ? trimmed : trimmed.first(split));
    QTime time(0, 0);
    if (split >= 0) {
        const QStringView clock = trimmed.mid(split + 1).trimmed();
        const qsizetype colon = find(clock, u':');
        const qsizetype seconds = colon < 0 ? -1 : find(clock, u':', colon + 1);
        const qsizetype minutesEnd = seconds < 0 ? clock.size() : seconds;
        time = QTime(digitsAt(clock, 0, colon), digitsAt(clock, colon + 1, minutesEnd));
        if (colon < 0 || minutesEnd - colon != 3 ||
            (seconds >= 0 && digitsAt(clock, seconds + 1, clock.size()) < 0)) {
            time = QTime();
        }
    }
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

using PersonValues = std::array<QString, PersonColumnCount>;

// A Bloom filter over strings: whether a key may have been added (rarely a
// false yes, never a false no), in one MiB however many keys are added. The
// import asks it before looking a person up in the database, which most rows
// of a new registration list would do in vain.
class KeyFilter
{
public:
    void add(const QString &key)
    {
        for (size_t bit : bitsOf(key))
            m_bits[bit / 64] |= quint64(1) << (bit % 64);
    }

    bool mightContain(const QString &key) const
    {
        for (size_t bit : bitsOf(key)) {
            if (!(m_bits[bit / 64] & (quint64(1) << (bit % 64))))
                return false;
        }
        return true;
    }

private:
    static constexpr size_t bitCount = size_t(8) * 1024 * 1024;

    static std::array<size_t, 2> bitsOf(const QString &key)
    {
        return {qHash(key, 0x9E3779B9) % bitCount, qHash(key, 0x85EBCA6B) % bitCount};
    }

    std::vector<quint64> m_bits = std::vector<quint64>(bitCount / 64);
};

// Writes the rows of one import. New people and their participations are
// collected and written `batchSize` rows to a statement: SQLite's work per
// statement (beginning, halting and resetting it) costs more than the rows
// themselves. So that a participation can refer to a person not written yet,
// new people get their ids here, counting on from the highest stored id: the
// import holds the write transaction, so nobody else inserts meanwhile.
// (A PostgreSQL database must move its identity sequence past them after
// the import; SQLite's rowids need nothing.)
class Writer
{
    Q_DECLARE_TR_FUNCTIONS(SpreadsheetImport)

public:
    static constexpr int batchSize = 64;

    Writer(const QSqlDatabase &db, const ImportSettings &settings, ImportReport &report)
        : m_db(db)
        , m_settings(settings)
        , m_report(report)
        // min(id), not ORDER BY id: no sorter per row; 0 (NULL) when there is none.
        , m_findByEmail(db, QStringLiteral("SELECT min(id) FROM people "
                                           "WHERE email = ? COLLATE NOCASE"))
        , m_findByName(db, QStringLiteral("SELECT min(id) FROM people WHERE sort_name = ? AND "
                                          "COALESCE(organisation_id, 0) = ?"))
        , m_loadPerson(db, u"SELECT "_qs % columnList() %
                               u", organisation_id, is_contact FROM people WHERE id = ?"_qs)
        , m_updatePerson(db, u"UPDATE people SET "_qs % assignmentList() %
                                 u", organisation_id = ?, is_contact = ?, search_text = ?,"
                                 u" sort_name = ? WHERE id = ?"_qs)
        , m_participationExists(db, QStringLiteral("SELECT count(*) FROM participations "
                                                   "WHERE event_id = ? AND person_id = ?"))
        , m_insertOrganisation(db,
                               QStringLiteral("INSERT INTO organisations (name, search_text)"
                                              " VALUES (?, ?)"),
                               PreparedStatement::Returns::Id)
        , m_insertPeople(db, insertPeopleStatement(batchSize))
        , m_insertParticipations(db, insertParticipationsStatement(batchSize))
    {
        for (const PreparedStatement *statement :
             {&m_findByEmail, &m_findByName, &m_loadPerson, &m_updatePerson, &m_participationExists,
              &m_insertOrganisation, &m_insertPeople, &m_insertParticipations}) {
            if (!statement->isValid() && m_error.isEmpty())
                m_error = statement->error();
        }
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.exec(QStringLiteral("SELECT COALESCE(max(id), 0) + 1 FROM people"));
        m_nextPersonId = query.next() ? query.value(0).toLongLong() : 1;
        // What stored people can be matched by: only rows with one of these
        // keys are looked up in the database. Held for the people stored
        // before, not for the file's rows, so memory does not grow with the file.
        query.exec(QStringLiteral("SELECT email, sort_name, COALESCE(organisation_id, 0)"
                                  " FROM people"));
        while (query.next()) {
            const QString email = query.value(0).toString();
            m_storedKeys.add(email.isEmpty() ? QString(query.value(1).toString() % u'\t' %
                                                       query.value(2).toString())
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

    QString error() const { return m_error; }

    // Takes one valid row; false (with error()) when the database refused.
    bool write(Row row)
    {
        const qint64 organisationId = organisationFor(row.organisation);
        if (organisationId < 0)
            return false;
        const bool contact = m_settings.target == ImportTarget::Contacts;
        const QString key = matchKey(row, organisationId);
        qint64 personId = 0;
        bool stored = false; // the person was in the database before this batch
        if (const auto pending = m_pendingPeople.constFind(key);
            pending != m_pendingPeople.cend()) {
            NewPerson &person = m_newPeople[pending.value()];
            merge(person.values, person.organisationId, row, organisationId);
            person.contact = person.contact || contact;
            personId = person.id;
            ++m_report.matched;
        } else if (personId = m_storedKeys.mightContain(key) ? findPerson(row, organisationId) : 0;
                   personId > 0) {
            stored = true;
            ++m_report.matched;
            if (!updatePerson(personId, row, organisationId))
                return false;
        } else if (personId < 0) {
            return fail(row.person[EmailColumn].isEmpty() ? m_findByName : m_findByEmail);
        } else {
            personId = m_nextPersonId++;
            m_pendingPeople.insert(key, m_newPeople.size());
            m_newPeople.append({personId, row.person, organisationId, contact});
            ++m_report.created;
        }
        if (m_settings.target == ImportTarget::Participants) {
            if (m_pendingParticipants.contains(personId) || (stored && participates(personId))) {
                ++m_report.skipped;
            } else {
                m_pendingParticipants.insert(personId);
                m_newParticipations.append({personId, std::move(row)});
            }
        }
        if (m_newPeople.size() >= batchSize || m_newParticipations.size() >= batchSize)
            return flush();
        return true;
    }

    // Writes what is still collected; to be called after the last row.
    bool flush()
    {
        if (!insertPeople() || !insertParticipations())
            return false;
        for (auto it = m_pendingPeople.cbegin(); it != m_pendingPeople.cend(); ++it)
            m_storedKeys.add(it.key());
        m_newPeople.clear();
        m_pendingPeople.clear();
        m_newParticipations.clear();
        m_pendingParticipants.clear();
        return true;
    }

private:
    struct NewPerson
    {
        qint64 id;
        PersonValues values;
        qint64 organisationId;
        bool contact;
    };

    struct NewParticipation
    {
        qint64 personId;
        Row row;
    };

    static QString columnList()
    {
        QStringList names;
        for (const char *column : personColumns)
            names.append(QLatin1String(column));
        return names.join(u", ");
    }

    static QString assignmentList()
    {
        QStringList assignments;
        for (const char *column : personColumns)
            assignments.append(QLatin1String(column) % u" = ?");
        return assignments.join(u", ");
    }

    // "(?, ?, ?), (?, ?, ?)": `rows` groups of `columns` placeholders.
    static QString valueRows(int rows, int columns)
    {
        const QString row = u'(' % QStringList(columns, QStringLiteral("?")).join(u", ") % u')';
        return QStringList(rows, row).join(u", ");
    }

    // OR FAIL: a failed row ends the whole import, which is rolled back, so
    // the statement need not undo its own earlier rows. Otherwise SQLite keeps
    // a statement journal of every page a batch touches.
    static constexpr int personParameters = PersonColumnCount + 5;
    static constexpr int participationParameters = 10;

    static QString insertPeopleStatement(int rows)
    {
        return u"INSERT OR FAIL INTO people (id, "_qs % columnList() %
               u", organisation_id, is_contact, search_text, sort_name) VALUES "_qs %
               valueRows(rows, personParameters);
    }

    static QString insertParticipationsStatement(int rows)
    {
        return u"INSERT OR FAIL INTO participations (event_id, person_id, role, status, delegation,"
               u" arrival, departure, dietary_needs, accessibility_needs, notes) VALUES "_qs %
               valueRows(rows, participationParameters);
    }

    bool fail(const PreparedStatement &statement)
    {
        m_error = statement.error();
        return false;
    }

    // What identifies a person within the import: the email, else the name
    // and organisation — the same as findPerson() asks the database.
    static QString matchKey(const Row &row, qint64 organisationId)
    {
        if (!row.person[EmailColumn].isEmpty())
            return u'@' % row.person[EmailColumn].toLower();
        return sortNameOf(row.person[FirstNameColumn], row.person[LastNameColumn]) % u'\t' %
               QString::number(organisationId);
    }

    // The organisation named `name` (by its name or short name), stored new
    // when there is none; 0 for no name, -1 on a database error.
    qint64 organisationFor(const QString &name)
    {
        if (name.isEmpty())
            return 0;
        const QString folded = foldForSearch(name);
        if (const auto found = m_organisations.constFind(folded); found != m_organisations.cend())
            return found.value();
        m_insertOrganisation.bind(1, name);
        m_insertOrganisation.bind(2, searchTextOf({name}));
        const qint64 id = m_insertOrganisation.execForId();
        if (id < 0) {
            fail(m_insertOrganisation);
            return -1;
        }
        m_organisations.insert(folded, id);
        ++m_report.organisationsCreated;
        return id;
    }

    // A stored person by email when the row has one, else by name and
    // organisation; 0 for none, -1 on a database error.
    qint64 findPerson(const Row &row, qint64 organisationId)
    {
        if (!row.person[EmailColumn].isEmpty()) {
            m_findByEmail.bind(1, row.person[EmailColumn]);
            return m_findByEmail.execForInt();
        }
        m_findByName.bind(1, sortNameOf(row.person[FirstNameColumn], row.person[LastNameColumn]));
        m_findByName.bind(2, organisationId);
        return m_findByName.execForInt();
    }

    bool participates(qint64 personId)
    {
        m_participationExists.bind(1, qint64(m_settings.eventId));
        m_participationExists.bind(2, personId);
        return m_participationExists.execForInt() > 0;
    }

    // Fills in what `values` lack from the row; replaces differing values only
    // when the user chose so. True when anything changed.
    bool merge(PersonValues &values, qint64 &organisationId, const Row &row,
               qint64 rowOrganisationId)
    {
        bool changed = false;
        for (int column = 0; column < PersonColumnCount; ++column) {
            const QString &value = row.person[column];
            const bool same = column == EmailColumn
                                  ? value.compare(values[column], Qt::CaseInsensitive) == 0
                                  : value == values[column];
            if (value.isEmpty() || same)
                continue;
            if (values[column].isEmpty() || m_settings.overwriteStoredValues) {
                if (!values[column].isEmpty())
                    ++m_report.storedValuesReplaced;
                values[column] = value;
                changed = true;
            } else {
                ++m_report.storedValuesKept;
            }
        }
        if (rowOrganisationId > 0 && rowOrganisationId != organisationId) {
            if (organisationId == 0 || m_settings.overwriteStoredValues) {
                if (organisationId != 0)
                    ++m_report.storedValuesReplaced;
                organisationId = rowOrganisationId;
                changed = true;
            } else {
                ++m_report.storedValuesKept;
            }
        }
        return changed;
    }

    // Binds a person's columns from parameter `first` on, in the order of
    // personColumns, then organisation, contact flag, search text and sort name.
    static void bindPerson(PreparedStatement &statement, int first, const PersonValues &values,
                           qint64 organisationId, bool contact)
    {
        for (int column = 0; column < PersonColumnCount; ++column)
            statement.bind(first + column, values[column]);
        const int next = first + PersonColumnCount;
        if (organisationId > 0)
            statement.bind(next, organisationId);
        else
            statement.bindNull(next);
        statement.bind(next + 1, qint64(contact ? 1 : 0));
        statement.bind(next + 2, searchTextOf({values[FirstNameColumn], values[LastNameColumn],
                                               values[EmailColumn], values[FunctionColumn],
                                               values[CityColumn]}));
        statement.bind(next + 3, sortNameOf(values[FirstNameColumn], values[LastNameColumn]));
    }

    bool updatePerson(qint64 id, const Row &row, qint64 organisationId)
    {
        m_loadPerson.bind(1, id);
        if (!m_loadPerson.exec() || !m_loadPerson.next())
            return fail(m_loadPerson);
        PersonValues values;
        for (int column = 0; column < PersonColumnCount; ++column)
            values[column] = m_loadPerson.textColumn(column);
        qint64 storedOrganisation = m_loadPerson.isNullColumn(PersonColumnCount)
                                        ? 0
                                        : m_loadPerson.intColumn(PersonColumnCount);
        const bool storedContact = m_loadPerson.intColumn(PersonColumnCount + 1) != 0;
        m_loadPerson.finish();

        const bool contact = storedContact || m_settings.target == ImportTarget::Contacts;
        const bool changed = merge(values, storedOrganisation, row, organisationId);
        if (!changed && contact == storedContact)
            return true;
        bindPerson(m_updatePerson, 1, values, storedOrganisation, contact);
        m_updatePerson.bind(personParameters, id);
        if (!m_updatePerson.exec())
            return fail(m_updatePerson);
        m_updatePerson.finish();
        return true;
    }

    // The statement for a batch of `rows`: the prepared one for a full batch,
    // else one prepared now (the last batch of an import).
    static PreparedStatement *statementFor(PreparedStatement &full, int rows,
                                           std::unique_ptr<PreparedStatement> &partial,
                                           const QSqlDatabase &db, const QString &text)
    {
        if (rows == batchSize)
            return &full;
        partial = std::make_unique<PreparedStatement>(db, text);
        return partial.get();
    }

    bool insertPeople()
    {
        const int rows = int(m_newPeople.size());
        if (rows == 0)
            return true;
        std::unique_ptr<PreparedStatement> partial;
        PreparedStatement *statement =
            statementFor(m_insertPeople, rows, partial, m_db, insertPeopleStatement(rows));
        for (int index = 0; index < rows; ++index) {
            const NewPerson &person = m_newPeople[index];
            const int first = index * personParameters + 1;
            statement->bind(first, person.id);
            bindPerson(*statement, first + 1, person.values, person.organisationId, person.contact);
        }
        if (!statement->exec())
            return fail(*statement);
        statement->finish();
        return true;
    }

    bool insertParticipations()
    {
        const int rows = int(m_newParticipations.size());
        if (rows == 0)
            return true;
        std::unique_ptr<PreparedStatement> partial;
        PreparedStatement *statement = statementFor(m_insertParticipations, rows, partial, m_db,
                                                    insertParticipationsStatement(rows));
        for (int index = 0; index < rows; ++index) {
            const NewParticipation &participation = m_newParticipations[index];
            const Row &row = participation.row;
            const int first = index * participationParameters + 1;
            statement->bind(first, qint64(m_settings.eventId));
            statement->bind(first + 1, participation.personId);
            statement->bind(first + 2, row.role);
            statement->bind(first + 3, row.status);
            statement->bind(first + 4, row.delegation);
            bindDateTime(*statement, first + 5, row.arrival);
            bindDateTime(*statement, first + 6, row.departure);
            statement->bind(first + 7, row.dietaryNeeds);
            statement->bind(first + 8, row.accessibilityNeeds);
            statement->bind(first + 9, row.participationNotes);
        }
        if (!statement->exec())
            return fail(*statement);
        statement->finish();
        return true;
    }

    // The stored form, as sql::dateTimeOrNull() writes it, formatted by hand:
    // QDateTime::toString() costs as much as the insert.
    static void bindDateTime(PreparedStatement &statement, int index, const QDateTime &value)
    {
        if (!value.isValid()) {
            statement.bindNull(index);
            return;
        }
        const QDate date = value.date();
        const QTime time = value.time();
        char text[] = "0000-00-00T00:00";
        const auto put = [&text](int at, int number, int digits) {
            for (int i = digits - 1; i >= 0; --i, number /= 10)
                text[at + i] = char('0' + number % 10);
        };
        int year = 0, month = 0, day = 0;
        date.getDate(&year, &month, &day); // one calendar conversion, not three
        put(0, year, 4);
        put(5, month, 2);
        put(8, day, 2);
        put(11, time.hour(), 2);
        put(14, time.minute(), 2);
        statement.bindAscii(index, QByteArrayView(text, 16));
    }

    QSqlDatabase m_db;
    const ImportSettings &m_settings;
    ImportReport &m_report;
    PreparedStatement m_findByEmail;
    PreparedStatement m_findByName;
    PreparedStatement m_loadPerson;
    PreparedStatement m_updatePerson;
    PreparedStatement m_participationExists;
    PreparedStatement m_insertOrganisation;
    PreparedStatement m_insertPeople;
    PreparedStatement m_insertParticipations;
    QHash<QString, qint64> m_organisations; // folded name and short name → id
    qint64 m_nextPersonId = 1;
    QList<NewPerson> m_newPeople;              // not written yet
    QHash<QString, qsizetype> m_pendingPeople; // matchKey() → index in m_newPeople
    QList<NewParticipation> m_newParticipations;
    QSet<qint64> m_pendingParticipants;
    KeyFilter m_storedKeys; // matchKey()s of the people stored, before or by this import
    QString m_error;
};

// Reads the rows of one file: header, mapping, decoding and checks.
class RowReader
{
    Q_DECLARE_TR_FUNCTIONS(SpreadsheetImport)

public:
    RowReader(const ImportSettings &settings, ImportReport &report)
        : m_settings(settings)
        , m_report(report)
    {}

    // Takes the header record; false (with report.fileProblem) when it cannot be used.
    bool takeHeader(const CsvReader::Record &record)
    {
        for (int column = 0; column < record.size(); ++column) {
            qsizetype bad = 0;
            const std::optional<QString> name =
                TextEncodings::decode(record.field(column), m_settings.format.encoding, &bad);
            if (!name) {
                m_report.fileProblem =
                    tr("Line %1, column %2: the column name holds a byte that is not %3 "
                       "(choose the file's encoding).")
                        .arg(record.line)
                        .arg(column + 1)
                        .arg(TextEncodings::displayName(m_settings.format.encoding));
                return false;
            }
            m_report.headers.append(name->trimmed());
        }
        m_report.mapping = m_settings.mapping.isEmpty()
                               ? ImportFields::guessMapping(m_report.headers, m_settings.target)
                               : m_settings.mapping;
        while (m_report.mapping.size() < m_report.headers.size())
            m_report.mapping.append(ImportField::Ignore);
        m_report.mapping.resize(m_report.headers.size());
        if (!m_report.mapping.contains(ImportField::LastName) &&
            !m_report.mapping.contains(ImportField::FullName)) {
            m_report.fileProblem =
                tr("Line %1: no column holds the last name or the full name of a person. The "
                   "columns are: %2.")
                    .arg(record.line)
                    .arg(m_report.headers.join(u", "));
            return false;
        }
        return true;
    }

    // The row of `record`, or nothing when it has problems (added to the report).
    std::optional<Row> take(const CsvReader::Record &record)
    {
        const int problemsBefore = int(m_report.problems.size());
        const auto problem = [&](int column, const QString &reason) {
            m_report.problems.append(
                {record.line, column >= 0 ? columnName(column) : QString(), reason});
        };
        if (record.size() != m_report.headers.size()) {
            problem(-1, tr("%n cell(s) where the header has %1", nullptr, int(record.size()))
                            .arg(m_report.headers.size()));
            ++m_report.invalid;
            return std::nullopt;
        }
        Row row;
        for (int column = 0; column < record.size(); ++column) {
            const ImportField field = m_report.mapping[column];
            if (field == ImportField::Ignore)
                continue;
            qsizetype bad = 0;
            const std::optional<QString> text =
                TextEncodings::decode(record.field(column), m_settings.format.encoding, &bad);
            if (!text) {
                problem(column, tr("byte 0x%1 is not valid %2; is the file in another encoding?")
                                    .arg(uint(uchar(record.field(column)[bad])), 2, 16, QChar(u'0'))
                                    .arg(TextEncodings::displayName(m_settings.format.encoding)));
                continue;
            }
            // A cell our own export guarded against being run as a formula
            // comes back as it was.
            setField(row, field, CsvWriter::withoutFormulaGuard(text->trimmed()), column, problem);
        }
        if (row.person[LastNameColumn].isEmpty()) {
            const int column = columnOf(ImportField::LastName) >= 0
                                   ? columnOf(ImportField::LastName)
                                   : columnOf(ImportField::FullName);
            problem(column, tr("the last name is missing"));
        }
        if (!row.person[EmailColumn].isEmpty() &&
            !Validation::isEmailShaped(row.person[EmailColumn])) {
            problem(columnOf(ImportField::Email),
                    tr("\"%1\" is not an email address").arg(row.person[EmailColumn]));
        }
        if (row.arrival.isValid() && row.departure.isValid() && row.departure < row.arrival)
            problem(columnOf(ImportField::Departure), tr("the departure is before the arrival"));
        if (m_report.problems.size() > problemsBefore) {
            ++m_report.invalid;
            return std::nullopt;
        }
        return row;
    }

private:
    QString columnName(int column) const
    {
        const QString name = m_report.headers.value(column);
        return name.isEmpty() ? tr("column %1").arg(column + 1) : name;
    }

    int columnOf(ImportField field) const { return int(m_report.mapping.indexOf(field)); }

    template <typename Problem>
    void setField(Row &row, ImportField field, const QString &value, int column,
                  const Problem &problem)
    {
        switch (field) {
        case ImportField::Ignore:
            break;
        case ImportField::Title:
            row.person[TitleColumn] = value;
            break;
        case ImportField::FirstName:
            row.person[FirstNameColumn] = value;
            break;
        case ImportField::LastName:
            row.person[LastNameColumn] = value;
            break;
        case ImportField::FullName: {
            const QStringList words = value.split(u' ', Qt::SkipEmptyParts);
            if (!words.isEmpty() && row.person[LastNameColumn].isEmpty()) {
                row.person[LastNameColumn] = words.last();
                if (row.person[FirstNameColumn].isEmpty())
                    row.person[FirstNameColumn] = words.mid(0, words.size() - 1).join(u' ');
            }
            break;
        }
        case ImportField::Organisation:
            row.organisation = value;
            break;
        case ImportField::Function:
            row.person[FunctionColumn] = value;
            break;
        case ImportField::Email:
            row.person[EmailColumn] = value;
            break;
        case ImportField::Phone:
            row.person[PhoneColumn] = value;
            break;
        case ImportField::Street:
            row.person[StreetColumn] = value;
            break;
        case ImportField::PostalCode:
            row.person[PostalCodeColumn] = value;
            break;
        case ImportField::City:
            row.person[CityColumn] = value;
            break;
        case ImportField::Country:
            row.person[CountryColumn] = value;
            break;
        case ImportField::Languages:
            row.person[LanguagesColumn] = value;
            break;
        case ImportField::Delegation:
            row.delegation = value;
            break;
        case ImportField::Role:
            if (!value.isEmpty()) {
                if (const auto code = remembered(m_roles, value, &ImportFields::roleCode))
                    row.role = *code;
                else
                    problem(column, tr("unknown role \"%1\"; known are: %2")
                                        .arg(value, labels(Vocabulary::ParticipantRole)));
            }
            break;
        case ImportField::Status:
            if (!value.isEmpty()) {
                if (const auto code = remembered(m_statuses, value, &ImportFields::statusCode))
                    row.status = *code;
                else
                    problem(column, tr("unknown status \"%1\"; known are: %2")
                                        .arg(value, labels(Vocabulary::ParticipantStatus)));
            }
            break;
        case ImportField::Arrival:
        case ImportField::Departure:
            if (!value.isEmpty()) {
                const QDateTime dateTime = parseDateTime(value);
                if (!dateTime.isValid())
                    problem(column, tr("\"%1\" is not a date (e.g. 2019-07-08 14:30 or "
                                       "08.07.2019 14:30)")
                                        .arg(value));
                (field == ImportField::Arrival ? row.arrival : row.departure) = dateTime;
            }
            break;
        case ImportField::DietaryNeeds:
            row.dietaryNeeds = value;
            break;
        case ImportField::AccessibilityNeeds:
            row.accessibilityNeeds = value;
            break;
        case ImportField::Notes:
            if (m_settings.target == ImportTarget::Contacts)
                row.person[PersonNotesColumn] = value;
            else
                row.participationNotes = value;
            break;
        }
    }

    // The code of a role or status word, looked up once per word: a file
    // repeats the same few words in every row.
    static std::optional<QString> remembered(QHash<QString, std::optional<QString>> &memory,
                                             const QString &value,
                                             std::optional<QString> (*lookUp)(const QString &))
    {
        auto found = memory.constFind(value);
        if (found == memory.cend())
            found = memory.insert(value, lookUp(value));
        return found.value();
    }

    static QString labels(Vocabulary vocabulary)
    {
        QStringList labels;
        for (const QString &code : vocabularyCodes(vocabulary))
            labels.append(vocabularyLabel(vocabulary, code));
        return labels.join(u", ");
    }

    const ImportSettings &m_settings;
    ImportReport &m_report;
    QHash<QString, std::optional<QString>> m_roles;
    QHash<QString, std::optional<QString>> m_statuses;
};

QString notTextProblem(const QString &path, qint64 line)
{
    return SpreadsheetImport::tr("%1, line %2: the file holds a NUL byte; it is not a text "
                                 "(CSV) file, or it is saved as UTF-16. Save it from the "
                                 "spreadsheet as \"CSV (UTF-8)\".")
        .arg(path)
        .arg(line);
}

// A spreadsheet's own file format, or another binary file, named before the
// CSV reader stumbles over its header.
QString binaryProblem(QFile &file)
{
    const QByteArray start = file.peek(64 * 1024);
    if (start.startsWith("PK\x03\x04") || start.startsWith("\xD0\xCF\x11\xE0")) {
        return SpreadsheetImport::tr("%1 is a spreadsheet workbook (Excel or LibreOffice), not a "
                                     "CSV file. Save it from the spreadsheet as \"CSV (UTF-8)\" "
                                     "and import that file.")
            .arg(file.fileName());
    }
    const qsizetype nul = start.indexOf('\0');
    if (nul < 0)
        return {};
    return notTextProblem(file.fileName(), start.first(nul).count('\n') + 1);
}

QString readProblem(CsvReader::Status status, qint64 line, const QString &path)
{
    switch (status) {
    case CsvReader::Status::Done:
    case CsvReader::Status::Cancelled:
        return {};
    case CsvReader::Status::NotText:
        return notTextProblem(path, line);
    case CsvReader::Status::RecordTooLong:
        return SpreadsheetImport::tr("%1, line %2: a row longer than %3 MiB; this is not a "
                                     "spreadsheet's CSV file, or a quote is never closed.")
            .arg(path)
            .arg(line)
            .arg(CsvReader::defaultMaxRecordSize / (1024 * 1024));
    case CsvReader::Status::UnclosedQuote:
        return SpreadsheetImport::tr("%1, line %2: the quote that opens a cell here is never "
                                     "closed.")
            .arg(path)
            .arg(line);
    case CsvReader::Status::ReadError:
        break;
    }
    return SpreadsheetImport::tr("%1 cannot be read.").arg(path);
}

} // namespace

ImportReport SpreadsheetImport::run(QSqlDatabase db, const QString &path,
                                    const ImportSettings &settings, const Progress &progress)
{
    ImportReport report;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report.fileProblem = tr("%1 cannot be opened: %2").arg(path, file.errorString());
        return report;
    }
    if (report.fileProblem = binaryProblem(file); !report.fileProblem.isEmpty())
        return report;
    if (settings.target == ImportTarget::Participants &&
        sql::count(db, QStringLiteral("SELECT count(*) FROM events WHERE id = :id"),
                   {{QStringLiteral(":id"), settings.eventId}}) == 0) {
        report.fileProblem = tr("There is no event %1.").arg(settings.eventId);
        return report;
    }

    // Every reference the import writes it has looked up or created itself
    // (the event above, organisations, people); checking each again per row
    // would cost a third of the insert. Switched back on when this returns.
    // (SQLite only switches them outside a transaction: nested in another
    // one, the import keeps them, just slower.)
    //
    // And the pages go straight into the database file, not through the
    // write-ahead log: a large import would otherwise write every new page
    // twice, to the log and then from the log into the file. The rollback
    // journal keeps it all-or-nothing. Where another connection holds the
    // database, SQLite keeps the log, and the import is only slower.
    struct BulkLoad
    {
        QSqlDatabase db;
        explicit BulkLoad(QSqlDatabase database)
            : db(std::move(database))
        {
            sql::run(db, QStringLiteral("PRAGMA foreign_keys = OFF"));
            sql::run(db, QStringLiteral("PRAGMA journal_mode = DELETE"));
        }
        ~BulkLoad()
        {
            sql::run(db, QStringLiteral("PRAGMA journal_mode = WAL"));
            sql::run(db, QStringLiteral("PRAGMA foreign_keys = ON"));
        }
    } bulkLoad(db);

    Transaction transaction(db);
    // Foreign keys checked once at the commit, not by each statement: an
    // immediate check makes SQLite keep a statement journal for every row.
    sql::run(db, QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    // Room in the page cache (8 MiB) for the indexes that grow with every
    // row; more buys no measurable speed (16 and 32 MiB timed), and a fixed
    // cap keeps memory flat however long the file is.
    sql::run(db, QStringLiteral("PRAGMA cache_size = -8192"));
    Writer writer(db, settings, report);
    if (!writer.error().isEmpty()) {
        report.fileProblem = tr("The database refused the import: %1").arg(writer.error());
        return report;
    }
    RowReader rows(settings, report);
    int recordIndex = 0;
    bool headerTaken = false;
    QString writeError;
    CsvReader reader(settings.format.delimiter);
    const CsvReader::Status status = reader.read(&file, [&](const CsvReader::Record &record) {
        const int index = recordIndex++;
        if (index < settings.format.headerRecord)
            return true;
        if (!headerTaken) {
            headerTaken = true;
            return rows.takeHeader(record);
        }
        ++report.rows;
        const std::optional<Row> row = rows.take(record);
        // After an invalid row nothing more is written (unless invalid rows
        // are left out), but every row is still checked and reported.
        const bool writing = report.invalid == 0 || settings.skipInvalidRows;
        if (row && writing && !writer.write(std::move(*row))) {
            writeError = tr("Line %1: the database refused the row: %2")
                             .arg(record.line)
                             .arg(writer.error());
            return false;
        }
        return !progress || progress(file.pos(), file.size());
    });
    const bool writing = report.invalid == 0 || settings.skipInvalidRows;
    if (writeError.isEmpty() && writing && status == CsvReader::Status::Done && !writer.flush())
        writeError = tr("The database refused the import: %1").arg(writer.error());
    sql::run(db, QStringLiteral("PRAGMA cache_size = -2000")); // SQLite's default

    if (report.fileProblem.isEmpty())
        report.fileProblem =
            writeError.isEmpty() ? readProblem(status, reader.problemLine(), path) : writeError;
    if (status == CsvReader::Status::Cancelled && writeError.isEmpty() &&
        report.fileProblem.isEmpty())
        report.cancelled = true;
    if (report.fileProblem.isEmpty() && !report.cancelled) {
        if (!headerTaken)
            report.fileProblem = tr("%1 holds no rows at all.").arg(path);
        else if (report.rows == 0)
            report.fileProblem = tr("%1 holds the column names but no data rows.").arg(path);
    }
    const bool complete = report.canImport() && (report.invalid == 0 || settings.skipInvalidRows);
    if (complete && !settings.dryRun) {
        report.written = transaction.commit();
        if (!report.written)
            report.fileProblem =
                tr("The import could not be written: %1").arg(transaction.error().text());
    }
    return report;
}

} // namespace ep
