#include "import/rowreader.h"

#include "csv/csvwriter.h"
#include "csv/textencoding.h"
#include "domain/texthygiene.h"
#include "domain/validation.h"
#include "import/importdates.h"

#include <algorithm>

namespace ep {

RowReader::RowReader(const ImportSettings &settings, ImportReport &report)
    : m_settings(settings)
    , m_report(report)
{}

bool RowReader::takeHeader(const CsvReader::Record &record)
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
        m_report.mapping.append(Field::Ignore);
    m_report.mapping.resize(m_report.headers.size());
    if (!applyColumnFields(record.line))
        return false;
    for (Field field : m_report.mapping)
        m_descriptions.append(&describe(field));
    if (!m_report.mapping.contains(Field::LastName) &&
        !m_report.mapping.contains(Field::FullName)) {
        m_report.fileProblem =
            tr("Line %1: no column holds the last name or the full name of a person. The "
               "columns are: %2.")
                .arg(record.line)
                .arg(m_report.headers.join(u", "));
        return false;
    }
    return true;
}

// The columns the user named (--map, --ignore-column): found by their
// header, case aside; the field they give is taken from the column the
// guess had given it to.
bool RowReader::applyColumnFields(qint64 line)
{
    const QList<Field> allowed = ImportFields::fieldsOf(m_settings.target);
    for (const auto &[name, field] : m_settings.columnFields) {
        qsizetype column = -1;
        for (qsizetype index = 0; index < m_report.headers.size() && column < 0; ++index) {
            if (m_report.headers[index].compare(name.trimmed(), Qt::CaseInsensitive) == 0)
                column = index;
        }
        if (column < 0) {
            m_report.fileProblem = tr("Line %1: no column is named \"%2\". The columns are: %3.")
                                       .arg(line)
                                       .arg(name, m_report.headers.join(u", "));
            return false;
        }
        if (field != Field::Ignore && !allowed.contains(field)) {
            m_report.fileProblem =
                tr("The column \"%1\" cannot be imported as %2 here.").arg(name, fieldKey(field));
            return false;
        }
        if (field != Field::Ignore)
            std::replace(m_report.mapping.begin(), m_report.mapping.end(), field, Field::Ignore);
        m_report.mapping[column] = field;
    }
    return true;
}

std::optional<ImportRow> RowReader::take(const CsvReader::Record &record)
{
    const qsizetype problemsBefore = m_report.problems.size();
    const Problem problem = [&](int column, const QString &reason) {
        m_report.problems.append(
            {record.line, column >= 0 ? columnName(column) : QString(), reason});
    };
    // A row with a cell too many or too few is refused, but its cells are
    // still read, so that the user learns of every problem of the row at once.
    if (record.size() != m_report.headers.size()) {
        problem(-1, tr("%n cell(s) where the header has %1", nullptr, int(record.size()))
                        .arg(m_report.headers.size()));
    }
    ImportRow row;
    row.line = record.line;
    const int cells = int(std::min(record.size(), m_report.headers.size()));
    for (int column = 0; column < cells; ++column) {
        const Field field = m_report.mapping[column];
        if (field == Field::Ignore)
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
        // comes back as it was; control characters do not come in at all.
        const TextLines lines = linesOf(field);
        const QString value = CsvWriter::withoutFormulaGuard(cleanText(*text, lines).trimmed());
        if (const QString tooLong = Validation::lengthProblem(value, Validation::maxLength(lines));
            !tooLong.isEmpty()) {
            problem(column, tooLong);
            continue;
        }
        if (!value.isEmpty())
            row.give(field);
        setField(row, *m_descriptions[column], value, column, problem);
    }
    const Person &person = row.person;
    if (person.lastName.isEmpty()) {
        const int column =
            columnOf(Field::LastName) >= 0 ? columnOf(Field::LastName) : columnOf(Field::FullName);
        problem(column, tr("the last name is missing"));
    }
    if (!person.email.isEmpty() && !Validation::isEmailShaped(person.email))
        problem(columnOf(Field::Email), tr("\"%1\" is not an email address").arg(person.email));
    const Participation &participation = row.participation;
    if (participation.arrival.isValid() && participation.departure.isValid() &&
        participation.departure < participation.arrival)
        problem(columnOf(Field::Departure), tr("the departure is before the arrival"));
    if (m_report.problems.size() > problemsBefore) {
        ++m_report.invalid;
        return std::nullopt;
    }
    return row;
}

void RowReader::reject(const ImportRow &row, Field field, const QString &reason)
{
    const int column = columnOf(field);
    m_report.problems.append({row.line, column >= 0 ? columnName(column) : QString(), reason});
    ++m_report.invalid;
}

QString RowReader::columnName(int column) const
{
    const QString name = m_report.headers.value(column);
    return name.isEmpty() ? tr("column %1").arg(column + 1) : name;
}

void RowReader::setField(ImportRow &row, const FieldDescription &description, const QString &value,
                         int column, const Problem &problem)
{
    const Field field = description.field;
    if (field == Field::FullName) {
        const QStringList words = value.split(u' ', Qt::SkipEmptyParts);
        if (!words.isEmpty() && row.person.lastName.isEmpty()) {
            row.person.lastName = words.last();
            if (row.person.firstName.isEmpty())
                row.person.firstName = words.mid(0, words.size() - 1).join(u' ');
        }
    } else if (field == Field::Organisation) {
        row.organisation = value;
    } else if (description.participationMoment) {
        if (value.isEmpty())
            return;
        const QDateTime moment = parseSpreadsheetDateTime(value);
        if (!moment.isValid())
            problem(column, tr("\"%1\" is not a date (e.g. 2019-07-08 14:30 or "
                               "08.07.2019 14:30)")
                                .arg(value));
        row.participation.*description.participationMoment = moment;
    } else if (description.vocabulary) {
        setCode(row.participation.*description.participationText, description, value, column,
                problem);
    } else if (description.personText &&
               (!description.participationText || m_settings.target == ImportTarget::Contacts)) {
        // Notes are the participation's, but a contact's own.
        row.person.*description.personText = value;
    } else if (description.participationText) {
        row.participation.*description.participationText = value;
    }
}

void RowReader::setCode(QString &code, const FieldDescription &field, const QString &value,
                        int column, const Problem &problem)
{
    if (value.isEmpty())
        return; // the default: delegate, registered
    const bool role = *field.vocabulary == Vocabulary::ParticipantRole;
    QHash<QString, std::optional<QString>> &memory = role ? m_roles : m_statuses;
    auto found = memory.constFind(value);
    if (found == memory.cend())
        found = memory.insert(value, role ? ImportFields::roleCode(value)
                                          : ImportFields::statusCode(value));
    if (found.value())
        code = *found.value();
    else if (role)
        problem(column, tr("unknown role \"%1\"; known are: %2")
                            .arg(value, labels(Vocabulary::ParticipantRole)));
    else
        problem(column, tr("unknown status \"%1\"; known are: %2")
                            .arg(value, labels(Vocabulary::ParticipantStatus)));
}

QString RowReader::labels(Vocabulary vocabulary)
{
    QStringList labels;
    for (const QString &code : vocabularyCodes(vocabulary))
        labels.append(vocabularyLabel(vocabulary, code));
    return labels.join(u", ");
}

} // namespace ep
