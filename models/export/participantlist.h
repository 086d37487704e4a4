#pragma once

#include "csv/csvwriter.h"
#include "domain/documentlanguage.h"
#include "domain/field.h"
#include "export/eventdocument.h"

#include <QStringList>

#include <optional>

namespace ep {

struct ContactList;

// Which participants a list or sheet holds; an empty list lets every value pass.
struct ParticipantFilter
{
    QStringList statuses; // Vocabulary::ParticipantStatus codes
    QStringList roles;    // Vocabulary::ParticipantRole codes

    bool accepts(const Participation &participation) const;
};

// One participant as lists and exports show them.
struct ParticipantRow
{
    Person person;
    QString organisation; // the person's organisation, named as the list asks
    Participation participation;
};

// Whether `a` comes before `b` by last name, then first name, diacritics
// folded: the order of sign-in sheets, badges and a hotel's guests.
bool byName(const ParticipantRow &a, const ParticipantRow &b);

// The columns of a participant list unless the officer chose others.
QList<Field> defaultParticipantColumns();
// The text of `row` in `field`, written as `style` says.
QString participantCell(const ParticipantRow &row, Field field, FieldStyle style,
                        const DocumentLanguage &language);

// The participants of `document` that pass `filter`, sorted by delegation,
// then by name as the people list sorts (people.sort_name: last name, then
// first name, diacritics folded: Łukasz between Lars and Lutz); their
// organisations named as `names` says. ParticipantReader reads them in the
// same order from the database.
QList<ParticipantRow> participantRows(const EventDocument &document,
                                      const ParticipantFilter &filter = {},
                                      OrganisationNames names = OrganisationNames::Full);

// How a CSV export is written: comma without BOM is RFC 4180 as most tools
// read it; semicolon with BOM is what German and Polish Excel open directly.
struct CsvOptions
{
    QChar delimiter = u',';
    bool bom = false;

    static CsvOptions forExcel() { return {u';', true}; }
};

// The participants CSV: a header row naming `columns` in the document's
// language (the names the import recognises), a row per participant; roles
// and statuses as labels in that language, arrival and departure as ISO 8601
// "2026-11-26 14:30", which every spreadsheet reads as a date whatever its
// locale. A name is written as first and last name, so the file imports
// back. Without columns, those of the command-line contract: first name,
// last name, organisation, delegation, role, status, email, phone, dietary
// needs, accessibility needs, arrival, departure, notes.
QByteArray participantsCsv(const QList<ParticipantRow> &rows, const DocumentLanguage &language,
                           const CsvOptions &options, const QList<Field> &columns = {});

// The participants CSV written a row at a time into a device, as
// participantsCsv() writes it: the header when made, then a row per write().
class ParticipantsCsvWriter final
{
public:
    ParticipantsCsvWriter(QIODevice *device, const DocumentLanguage &language,
                          const CsvOptions &options, const QList<Field> &columns = {});
    void write(const ParticipantRow &row);
    // The fields of its columns, a name as first and last name.
    const QList<Field> &fields() const { return m_fields; }

private:
    DocumentLanguage m_language;
    QList<Field> m_fields;
    std::optional<CsvWriter> m_csv;
    QStringList m_cells;
};

// The contact people CSV: title, first name, last name, organisation,
// function, email, phone, street, postal code, city, country, languages,
// notes (again the import's names).
QByteArray contactsCsv(const ContactList &contacts, const DocumentLanguage &language,
                       const CsvOptions &options);

} // namespace ep
