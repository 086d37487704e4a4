#include "spreadsheetimport.h"

#include "csvreader.h"
#include "formats.h"
#include "preparedstatement.h"
#include "searchindex.h"
#include "searchtext.h"
#include "sql.h"
#include "transaction.h"
#include "validation.h"
#include "vocabulary.h"

#include <QFile>
#include <QHash>
#include <QSqlQuery>

#include <array>
#include <memory>

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

QDateTime parseDateTime(const QString &text)
{
    static const QStringList formats{
        u"yyyy-MM-ddTHH:mm"_qs,    u"yyyy-MM-ddTHH:mm:ss"_qs, u"yyyy-MM-dd HH:mm"_qs,
        u"yyyy-MM-dd HH:mm:ss"_qs, u"dd.MM.yyyy HH:mm"_qs,    u"d.M.yyyy H:mm"_qs,
        u"dd.MM.yyyy HH:mm:ss"_qs, u"dd/MM/yyyy HH:mm"_qs,    u"d/M/yyyy H:mm"_qs};
    for (const QString &format : formats) {
        const QDateTime value = QDateTime::fromString(text, format);
        if (value.isValid())
            return value;
    }
    static const QStringList dateFormats{u"yyyy-MM-dd"_qs, u"dd.MM.yyyy"_qs, u"d.M.yyyy"_qs,
                                         u"dd/MM/yyyy"_qs, u"d/M/yyyy"_qs};
    for (const QString &format : dateFormats) {
        const QDate value = QDate::fromString(text, format);
        if (value.isValid())
            return value.startOfDay();
    }
    return {};
}

// The statements of one import run, prepared once.
class Writer
{
    Q_DECLARE_TR_FUNCTIONS(SpreadsheetImport)

public:
    Writer(const QSqlDatabase &db, const ImportSettings &settings, ImportReport &report)
        : m_db(db)
        , m_settings(settings)
        , m_report(report)
        , m_findByEmail(db, QStringLiteral("SELECT id FROM people WHERE lower(email) = lower(?) "
                                           "ORDER BY id LIMIT 1"))
        , m_findByName(db, QStringLiteral("SELECT id FROM people WHERE sort_name = ? AND "
                                          "COALESCE(organisation_id, 0) = ? ORDER BY id LIMIT 1"))
        , m_loadPerson(db, u"SELECT "_qs % columnList() %
                               u", organisation_id, is_contact FROM people WHERE id = ?"_qs)
        , m_insertPerson(db,
                         u"INSERT INTO people ("_qs % columnList() %
                             u", organisation_id, is_contact, search_text, sort_name) VALUES ("_qs %
                             placeholders(PersonColumnCount + 4) % u") RETURNING id"_qs)
        , m_updatePerson(db, u"UPDATE people SET "_qs % assignmentList() %
                                 u", organisation_id = ?, is_contact = ?, search_text = ?,"
                                 u" sort_name = ? WHERE id = ?"_qs)
        , m_participationExists(db, QStringLiteral("SELECT id FROM participations "
                                                   "WHERE event_id = ? AND person_id = ?"))
        , m_insertParticipation(
              db, QStringLiteral("INSERT INTO participations (event_id, person_id, role,"
                                 " status, delegation, arrival, departure, dietary_needs,"
                                 " accessibility_needs, notes)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        , m_insertOrganisation(db, QStringLiteral("INSERT INTO organisations (name, search_text)"
                                                  " VALUES (?, ?) RETURNING id"))
    {
        for (const PreparedStatement *statement :
             {&m_findByEmail, &m_findByName, &m_loadPerson, &m_insertPerson, &m_updatePerson,
              &m_participationExists, &m_insertParticipation, &m_insertOrganisation}) {
            if (!statement->isValid() && m_error.isEmpty())
                m_error = statement->error();
        }
        QSqlQuery organisations(db);
        organisations.setForwardOnly(true);
        organisations.exec(QStringLiteral("SELECT id, name, short_name FROM organisations"));
        while (organisations.next()) {
            const int id = organisations.value(0).toInt();
            m_organisations.insert(foldForSearch(organisations.value(1).toString()), id);
            const QString shortName = foldForSearch(organisations.value(2).toString());
            if (!shortName.isEmpty() && !m_organisations.contains(shortName))
                m_organisations.insert(shortName, id);
        }
    }

    QString error() const { return m_error; }

    // Writes one valid row; false (with error()) when the database refused.
    bool write(const Row &row)
    {
        const qint64 organisationId = organisationFor(row.organisation);
        if (organisationId < 0)
            return false;
        qint64 personId = findPerson(row, organisationId);
        if (personId > 0) {
            ++m_report.matched;
            if (!updatePerson(personId, row, organisationId))
                return false;
        } else {
            personId = insertPerson(row, organisationId);
            if (personId < 0)
                return false;
            ++m_report.created;
            if (m_settings.target == ImportTarget::Participants)
                return insertParticipation(personId, row);
            return true;
        }
        if (m_settings.target == ImportTarget::Contacts)
            return true;
        m_participationExists.bind(1, qint64(m_settings.eventId));
        m_participationExists.bind(2, personId);
        if (m_participationExists.execForInt() > 0) {
            ++m_report.skipped;
            return true;
        }
        return insertParticipation(personId, row);
    }

private:
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

    static QString placeholders(int count)
    {
        QStringList marks(count, QStringLiteral("?"));
        return marks.join(u", ");
    }

    bool fail(const PreparedStatement &statement)
    {
        m_error = statement.error();
        return false;
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
        const qint64 id = m_insertOrganisation.execForInt();
        if (id < 0) {
            fail(m_insertOrganisation);
            return -1;
        }
        m_organisations.insert(folded, id);
        ++m_report.organisationsCreated;
        return id;
    }

    // By email when the row has one, else by name and organisation.
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

    void bindPerson(PreparedStatement &statement,
                    const std::array<QString, PersonColumnCount> &values, qint64 organisationId,
                    bool contact)
    {
        for (int column = 0; column < PersonColumnCount; ++column)
            statement.bind(column + 1, values[column]);
        if (organisationId > 0)
            statement.bind(PersonColumnCount + 1, organisationId);
        else
            statement.bindNull(PersonColumnCount + 1);
        statement.bind(PersonColumnCount + 2, qint64(contact ? 1 : 0));
        statement.bind(
            PersonColumnCount + 3,
            searchTextOf({values[FirstNameColumn], values[LastNameColumn], values[EmailColumn],
                          values[FunctionColumn], values[CityColumn]}));
        statement.bind(PersonColumnCount + 4,
                       sortNameOf(values[FirstNameColumn], values[LastNameColumn]));
    }

    qint64 insertPerson(const Row &row, qint64 organisationId)
    {
        bindPerson(m_insertPerson, row.person, organisationId,
                   m_settings.target == ImportTarget::Contacts);
        const qint64 id = m_insertPerson.execForInt();
        if (id < 0)
            fail(m_insertPerson);
        return id;
    }

    // Fills in what the stored person lacks; replaces differing values only
    // when the user chose so.
    bool updatePerson(qint64 id, const Row &row, qint64 organisationId)
    {
        m_loadPerson.bind(1, id);
        if (!m_loadPerson.exec() || !m_loadPerson.next())
            return fail(m_loadPerson);
        std::array<QString, PersonColumnCount> stored;
        for (int column = 0; column < PersonColumnCount; ++column)
            stored[column] = m_loadPerson.textColumn(column);
        const qint64 storedOrganisation = m_loadPerson.isNullColumn(PersonColumnCount)
                                              ? 0
                                              : m_loadPerson.intColumn(PersonColumnCount);
        const bool storedContact = m_loadPerson.intColumn(PersonColumnCount + 1) != 0;
        m_loadPerson.finish();

        std::array<QString, PersonColumnCount> merged = stored;
        bool changed = false;
        for (int column = 0; column < PersonColumnCount; ++column) {
            const QString &value = row.person[column];
            const bool same = column == EmailColumn
                                  ? value.compare(stored[column], Qt::CaseInsensitive) == 0
                                  : value == stored[column];
            if (value.isEmpty() || same)
                continue;
            if (stored[column].isEmpty() || m_settings.overwriteStoredValues) {
                if (!stored[column].isEmpty())
                    ++m_report.storedValuesReplaced;
                merged[column] = value;
                changed = true;
            } else {
                ++m_report.storedValuesKept;
            }
        }
        qint64 mergedOrganisation = storedOrganisation;
        if (organisationId > 0 && organisationId != storedOrganisation) {
            if (storedOrganisation == 0 || m_settings.overwriteStoredValues) {
                if (storedOrganisation != 0)
                    ++m_report.storedValuesReplaced;
                mergedOrganisation = organisationId;
                changed = true;
            } else {
                ++m_report.storedValuesKept;
            }
        }
        const bool contact = storedContact || m_settings.target == ImportTarget::Contacts;
        changed = changed || contact != storedContact;
        if (!changed)
            return true;
        bindPerson(m_updatePerson, merged, mergedOrganisation, contact);
        m_updatePerson.bind(PersonColumnCount + 5, id);
        if (!m_updatePerson.exec())
            return fail(m_updatePerson);
        m_updatePerson.finish();
        return true;
    }

    bool insertParticipation(qint64 personId, const Row &row)
    {
        const auto bindDateTime = [this](int index, const QDateTime &value) {
            if (value.isValid())
                m_insertParticipation.bind(index, value.toString(u"yyyy-MM-ddTHH:mm"));
            else
                m_insertParticipation.bindNull(index);
        };
        m_insertParticipation.bind(1, qint64(m_settings.eventId));
        m_insertParticipation.bind(2, personId);
        m_insertParticipation.bind(3, row.role);
        m_insertParticipation.bind(4, row.status);
        m_insertParticipation.bind(5, row.delegation);
        bindDateTime(6, row.arrival);
        bindDateTime(7, row.departure);
        m_insertParticipation.bind(8, row.dietaryNeeds);
        m_insertParticipation.bind(9, row.accessibilityNeeds);
        m_insertParticipation.bind(10, row.participationNotes);
        if (!m_insertParticipation.exec())
            return fail(m_insertParticipation);
        m_insertParticipation.finish();
        return true;
    }

    QSqlDatabase m_db;
    const ImportSettings &m_settings;
    ImportReport &m_report;
    PreparedStatement m_findByEmail;
    PreparedStatement m_findByName;
    PreparedStatement m_loadPerson;
    PreparedStatement m_insertPerson;
    PreparedStatement m_updatePerson;
    PreparedStatement m_participationExists;
    PreparedStatement m_insertParticipation;
    PreparedStatement m_insertOrganisation;
    QHash<QString, qint64> m_organisations; // folded name and short name → id
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
        for (int column = 0; column < record.fields.size(); ++column) {
            qsizetype bad = 0;
            const std::optional<QString> name =
                TextEncodings::decode(record.fields[column], m_settings.format.encoding, &bad);
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
        if (record.fields.size() != m_report.headers.size()) {
            problem(-1, tr("%n cell(s) where the header has %1", nullptr, int(record.fields.size()))
                            .arg(m_report.headers.size()));
            ++m_report.invalid;
            return std::nullopt;
        }
        Row row;
        for (int column = 0; column < record.fields.size(); ++column) {
            const ImportField field = m_report.mapping[column];
            if (field == ImportField::Ignore)
                continue;
            qsizetype bad = 0;
            const std::optional<QString> text =
                TextEncodings::decode(record.fields[column], m_settings.format.encoding, &bad);
            if (!text) {
                problem(column,
                        tr("byte 0x%1 is not valid %2; is the file in another encoding?")
                            .arg(uint(uchar(record.fields[column][bad])), 2, 16, QChar(u'0'))
                            .arg(TextEncodings::displayName(m_settings.format.encoding)));
                continue;
            }
            setField(row, field, text->trimmed(), column, problem);
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
                if (const auto code = ImportFields::roleCode(value))
                    row.role = *code;
                else
                    problem(column, tr("unknown role \"%1\"; known are: %2")
                                        .arg(value, labels(Vocabulary::ParticipantRole)));
            }
            break;
        case ImportField::Status:
            if (!value.isEmpty()) {
                if (const auto code = ImportFields::statusCode(value))
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

    static QString labels(Vocabulary vocabulary)
    {
        QStringList labels;
        for (const QString &code : vocabularyCodes(vocabulary))
            labels.append(vocabularyLabel(vocabulary, code));
        return labels.join(u", ");
    }

    const ImportSettings &m_settings;
    ImportReport &m_report;
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

    Transaction transaction(db);
    // A larger page cache for the indexes that grow with every row.
    sql::run(db, QStringLiteral("PRAGMA cache_size = -65536"));
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
        if (row && writing && !writer.write(*row)) {
            writeError = tr("Line %1: the database refused the row: %2")
                             .arg(record.line)
                             .arg(writer.error());
            return false;
        }
        return !progress || progress(file.pos(), file.size());
    });
    sql::run(db, QStringLiteral("PRAGMA cache_size = -2000"));

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
