#include "export/participantlist.h"

#include "csv/csvwriter.h"
#include "domain/documentlanguage.h"
#include "domain/searchtext.h"
#include "domain/vocabulary.h"
#include "export/contactlist.h"
#include "import/importfields.h"

#include <QBuffer>
#include <QCoreApplication>

#include <algorithm>

namespace ep {
namespace {

struct ColumnTerm
{
    ParticipantColumn column;
    const char *key;
    const char *label;
};

// The labels are translated where they are shown: in the document's language.
constexpr ColumnTerm columnTerms[] = {
    {ParticipantColumn::Name, "name", QT_TRANSLATE_NOOP("ParticipantColumn", "Name")},
    {ParticipantColumn::Organisation, "organisation",
     QT_TRANSLATE_NOOP("ParticipantColumn", "Organisation")},
    {ParticipantColumn::Delegation, "delegation",
     QT_TRANSLATE_NOOP("ParticipantColumn", "Delegation")},
    {ParticipantColumn::Role, "role", QT_TRANSLATE_NOOP("ParticipantColumn", "Role")},
    //: the status of a participant (invited, registered, confirmed …)
    {ParticipantColumn::Status, "status", QT_TRANSLATE_NOOP("ParticipantColumn", "Status")},
    {ParticipantColumn::Email, "email", QT_TRANSLATE_NOOP("ParticipantColumn", "Email")},
    {ParticipantColumn::Phone, "phone", QT_TRANSLATE_NOOP("ParticipantColumn", "Phone")},
    {ParticipantColumn::DietaryNeeds, "dietary_needs",
     QT_TRANSLATE_NOOP("ParticipantColumn", "Dietary needs")},
    {ParticipantColumn::AccessibilityNeeds, "accessibility_needs",
     QT_TRANSLATE_NOOP("ParticipantColumn", "Accessibility needs")},
    {ParticipantColumn::Arrival, "arrival", QT_TRANSLATE_NOOP("ParticipantColumn", "Arrival")},
    {ParticipantColumn::Departure, "departure",
     QT_TRANSLATE_NOOP("ParticipantColumn", "Departure")},
    {ParticipantColumn::Notes, "notes", QT_TRANSLATE_NOOP("ParticipantColumn", "Notes")},
};

const ColumnTerm &termOf(ParticipantColumn column)
{
    return *std::find_if(std::begin(columnTerms), std::end(columnTerms),
                         [column](const ColumnTerm &term) { return term.column == column; });
}

QString dateTimeCell(const QDateTime &moment, const DocumentLanguage &language)
{
    if (moment.isNull())
        return {};
    return language.date(moment.date()) % u' ' % language.time(moment.time());
}

QString isoDateTime(const QDateTime &moment)
{
    return moment.isNull() ? QString() : moment.toString(u"yyyy-MM-dd HH:mm"_qs);
}

// A CSV writer into `device` in the form `options` asks for, the header row
// naming `fields` in the document's language already written.
CsvWriter startCsv(QIODevice *device, const CsvOptions &options, const QList<ImportField> &fields,
                   const DocumentLanguage &language)
{
    CsvWriter csv(device, options.delimiter);
    if (options.bom)
        csv.writeBom();
    QStringList header;
    for (ImportField field : fields)
        header.append(ImportFields::label(field, language));
    csv.writeRow(header);
    return csv;
}

} // namespace

bool ParticipantFilter::accepts(const Participation &participation) const
{
    return (statuses.isEmpty() || statuses.contains(participation.status)) &&
           (roles.isEmpty() || roles.contains(participation.role));
}

QList<ParticipantColumn> defaultParticipantColumns()
{
    return {ParticipantColumn::Name, ParticipantColumn::Organisation, ParticipantColumn::Delegation,
            ParticipantColumn::Role, ParticipantColumn::Status,       ParticipantColumn::Email,
            ParticipantColumn::Phone};
}

QString participantColumnKey(ParticipantColumn column)
{
    return QLatin1String(termOf(column).key);
}

std::optional<ParticipantColumn> participantColumnFromKey(const QString &key)
{
    for (const ColumnTerm &term : columnTerms) {
        if (key == QLatin1String(term.key))
            return term.column;
    }
    return std::nullopt;
}

QStringList participantColumnKeys()
{
    QStringList keys;
    for (const ColumnTerm &term : columnTerms)
        keys.append(QLatin1String(term.key));
    return keys;
}

QString participantColumnLabel(ParticipantColumn column, const DocumentLanguage &language)
{
    return language.translate("ParticipantColumn", termOf(column).label);
}

QString participantCell(const ParticipantRow &row, ParticipantColumn column,
                        const DocumentLanguage &language)
{
    const Participation &participation = row.participation;
    switch (column) {
    case ParticipantColumn::Name:
        return row.person.displayName();
    case ParticipantColumn::Organisation:
        return row.organisation;
    case ParticipantColumn::Delegation:
        return participation.delegation;
    case ParticipantColumn::Role:
        return vocabularyLabel(Vocabulary::ParticipantRole, participation.role, language);
    case ParticipantColumn::Status:
        return vocabularyLabel(Vocabulary::ParticipantStatus, participation.status, language);
    case ParticipantColumn::Email:
        return row.person.email;
    case ParticipantColumn::Phone:
        return row.person.phone;
    case ParticipantColumn::DietaryNeeds:
        return participation.dietaryNeeds;
    case ParticipantColumn::AccessibilityNeeds:
        return participation.accessibilityNeeds;
    case ParticipantColumn::Arrival:
        return dateTimeCell(participation.arrival, language);
    case ParticipantColumn::Departure:
        return dateTimeCell(participation.departure, language);
    case ParticipantColumn::Notes:
        break;
    }
    return participation.notes;
}

QList<ParticipantRow> participantRows(const EventDocument &document,
                                      const ParticipantFilter &filter)
{
    struct Keyed
    {
        QString delegation;
        QString lastName;
        QString firstName;
        ParticipantRow row;
    };
    QList<Keyed> keyed;
    for (const Participation &participation : document.event.participants) {
        const Person *person = document.person(participation.personId);
        if (!person || !filter.accepts(participation))
            continue;
        keyed.append({foldForSearch(participation.delegation),
                      foldForSearch(person->lastName),
                      foldForSearch(person->firstName),
                      {*person, document.organisationNameOf(person->id), participation}});
    }
    std::stable_sort(keyed.begin(), keyed.end(), [](const Keyed &a, const Keyed &b) {
        return std::tie(a.delegation, a.lastName, a.firstName) <
               std::tie(b.delegation, b.lastName, b.firstName);
    });
    QList<ParticipantRow> rows;
    rows.reserve(keyed.size());
    for (Keyed &entry : keyed)
        rows.append(std::move(entry.row));
    return rows;
}

QByteArray participantsCsv(const QList<ParticipantRow> &rows, const DocumentLanguage &language,
                           const CsvOptions &options)
{
    QByteArray bytes;
    QBuffer device(&bytes);
    device.open(QIODevice::WriteOnly);
    const QList<ImportField> fields{ImportField::FirstName,    ImportField::LastName,
                                    ImportField::Organisation, ImportField::Delegation,
                                    ImportField::Role,         ImportField::Status,
                                    ImportField::Email,        ImportField::Phone,
                                    ImportField::DietaryNeeds, ImportField::AccessibilityNeeds,
                                    ImportField::Arrival,      ImportField::Departure,
                                    ImportField::Notes};
    CsvWriter csv = startCsv(&device, options, fields, language);
    for (const ParticipantRow &row : rows) {
        const Participation &participation = row.participation;
        csv.writeRow(
            {row.person.firstName, row.person.lastName, row.organisation, participation.delegation,
             vocabularyLabel(Vocabulary::ParticipantRole, participation.role, language),
             vocabularyLabel(Vocabulary::ParticipantStatus, participation.status, language),
             row.person.email, row.person.phone, participation.dietaryNeeds,
             participation.accessibilityNeeds, isoDateTime(participation.arrival),
             isoDateTime(participation.departure), participation.notes});
    }
    return bytes;
}

QByteArray contactsCsv(const ContactList &contacts, const DocumentLanguage &language,
                       const CsvOptions &options)
{
    QByteArray bytes;
    QBuffer device(&bytes);
    device.open(QIODevice::WriteOnly);
    const QList<ImportField> fields{
        ImportField::Title,        ImportField::FirstName, ImportField::LastName,
        ImportField::Organisation, ImportField::Function,  ImportField::Email,
        ImportField::Phone,        ImportField::Street,    ImportField::PostalCode,
        ImportField::City,         ImportField::Country,   ImportField::Languages,
        ImportField::Notes};
    CsvWriter csv = startCsv(&device, options, fields, language);
    for (const Person &person : contacts.people) {
        const Organisation organisation = contacts.organisations.value(person.organisationId);
        csv.writeRow({person.title, person.firstName, person.lastName, organisation.name,
                      person.function, person.email, person.phone, person.street, person.postalCode,
                      person.city, person.country, person.languages, person.notes});
    }
    return bytes;
}

} // namespace ep
