#include "export/participantlist.h"

#include "csv/csvwriter.h"
#include "domain/documentlanguage.h"
#include "domain/searchtext.h"
#include "domain/vocabulary.h"
#include "export/contactlist.h"
#include "storage/searchindex.h"

#include <QBuffer>
#include <QCoreApplication>

#include <algorithm>

namespace ep {
namespace {

// A CSV writer into `device` in the form `options` asks for, the header row
// naming `fields` in the document's language already written.
CsvWriter startCsv(QIODevice *device, const CsvOptions &options, const QList<Field> &fields,
                   const DocumentLanguage &language)
{
    CsvWriter csv(device, options.delimiter);
    if (options.bom)
        csv.writeBom();
    QStringList header;
    for (Field field : fields)
        header.append(fieldLabel(field, language));
    csv.writeRow(header);
    return csv;
}

} // namespace

bool byName(const ParticipantRow &a, const ParticipantRow &b)
{
    return std::pair(foldForSearch(a.person.lastName), foldForSearch(a.person.firstName)) <
           std::pair(foldForSearch(b.person.lastName), foldForSearch(b.person.firstName));
}

bool ParticipantFilter::accepts(const Participation &participation) const
{
    return (statuses.isEmpty() || statuses.contains(participation.status)) &&
           (roles.isEmpty() || roles.contains(participation.role));
}

QList<Field> defaultParticipantColumns()
{
    return fieldsWith(FieldUse::DefaultListColumn);
}

QString participantCell(const ParticipantRow &row, Field field, FieldStyle style,
                        const DocumentLanguage &language)
{
    return fieldText(field, row.person, row.organisation, &row.participation, language, style);
}

QList<ParticipantRow> participantRows(const EventDocument &document,
                                      const ParticipantFilter &filter, OrganisationNames names)
{
    struct Keyed
    {
        QString delegation;
        QString sortName;
        ParticipantRow row;
    };
    QList<Keyed> keyed;
    for (const Participation &participation : document.event.participants) {
        const Person *person = document.person(participation.personId);
        if (!person || !filter.accepts(participation))
            continue;
        keyed.append({foldForSearch(participation.delegation),
                      sortNameOf(person->firstName, person->lastName),
                      {*person, document.organisationNameOf(person->id, names), participation}});
    }
    std::stable_sort(keyed.begin(), keyed.end(), [](const Keyed &a, const Keyed &b) {
        return std::tie(a.delegation, a.sortName) < std::tie(b.delegation, b.sortName);
    });
    QList<ParticipantRow> rows;
    rows.reserve(keyed.size());
    for (Keyed &entry : keyed)
        rows.append(std::move(entry.row));
    return rows;
}

ParticipantsCsvWriter::ParticipantsCsvWriter(QIODevice *device, const DocumentLanguage &language,
                                             const CsvOptions &options, const QList<Field> &columns)
    : m_language(language)
{
    for (Field column : columns) {
        if (column == Field::Name)
            m_fields += {Field::FirstName, Field::LastName};
        else
            m_fields.append(column);
    }
    if (m_fields.isEmpty())
        m_fields = fieldsWith(FieldUse::InParticipantsCsv);
    m_csv.emplace(startCsv(device, options, m_fields, language));
}

void ParticipantsCsvWriter::write(const ParticipantRow &row)
{
    m_cells.clear();
    for (Field field : std::as_const(m_fields))
        m_cells.append(participantCell(row, field, FieldStyle::Csv, m_language));
    m_csv->writeRow(m_cells);
}

QByteArray participantsCsv(const QList<ParticipantRow> &rows, const DocumentLanguage &language,
                           const CsvOptions &options, const QList<Field> &columns)
{
    QByteArray bytes;
    QBuffer device(&bytes);
    device.open(QIODevice::WriteOnly);
    ParticipantsCsvWriter csv(&device, language, options, columns);
    for (const ParticipantRow &row : rows)
        csv.write(row);
    return bytes;
}

QByteArray contactsCsv(const ContactList &contacts, const DocumentLanguage &language,
                       const CsvOptions &options)
{
    QByteArray bytes;
    QBuffer device(&bytes);
    device.open(QIODevice::WriteOnly);
    const QList<Field> fields = fieldsWith(FieldUse::InContactsCsv);
    CsvWriter csv = startCsv(&device, options, fields, language);
    QStringList cells;
    for (const Person &person : contacts.people) {
        // A contact list names the organisation in full, for an address.
        const QString organisation = contacts.organisations.value(person.organisationId).name;
        cells.clear();
        for (Field field : fields)
            cells.append(
                fieldText(field, person, organisation, nullptr, language, FieldStyle::Csv));
        csv.writeRow(cells);
    }
    return bytes;
}

} // namespace ep
