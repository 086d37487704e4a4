#pragma once

#include "domain/vocabulary.h"

#include <QDateTime>
#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ep {

class DocumentLanguage;
struct Participation;
struct Person;

// A field of a person or of a participation: what a column of a participant
// or contact list, an export, a table or an imported spreadsheet holds.
// Each is described once, in field.cpp; the import, the CSV exports, the
// PDF participant list, the tables and the repositories take their columns
// from those descriptions. README "Development" says how to add one.
enum class Field
{
    Ignore, // a spreadsheet column that is not imported
    Title,
    Name, // "Dr. Jürgen Müller": title, first and last name, as lists name a person
    FirstName,
    LastName,
    FullName, // "Anna Maria Nowak" in one spreadsheet column: the last word is the last name
    Organisation,
    Position,
    Delegation,
    Role,
    Status,
    Email,
    Phone,
    Street,
    PostalCode,
    City,
    Country,
    Languages,
    DietaryNeeds,
    AccessibilityNeeds,
    Arrival,
    Departure,
    Hotel,
    Room,
    Notes, // the participation's; the person's where there is no participation (contacts)
    ConsentPurpose,
    ConsentSource,
};

// Where a field appears, besides the form of its record.
enum class FieldUse
{
    ImportedWithParticipants = 0x1, // a column the import of an event's participants takes
    ImportedWithContacts = 0x2,     // a column the import of contact people takes
    InParticipantsCsv = 0x4,        // a column of the participants CSV unless others are chosen
    InContactsCsv = 0x8,            // a column of the contact people CSV
    ListColumn = 0x10,              // a column to choose for a participant list (PDF and CSV)
    DefaultListColumn = 0x20,       // chosen for a participant list unless others are
    Searched = 0x40,                // the People search finds a person by it
};
Q_DECLARE_FLAGS(FieldUses, FieldUse)
Q_DECLARE_OPERATORS_FOR_FLAGS(FieldUses)

struct FieldDescription
{
    Field field;
    const char *key;   // "first_name": settings, the command line's --columns
    const char *label; // untranslated; translated in the context "Field"
    // The column of the people or participations table that stores it, and
    // the member of the record that holds it; none for a field made of
    // others (Name) or stored as a reference (Organisation).
    const char *column = nullptr;
    QString Person::*personText = nullptr;
    QString Participation::*participationText = nullptr;
    QDateTime Participation::*participationMoment = nullptr;
    // participationText holds a code of this vocabulary (role, status).
    std::optional<Vocabulary> vocabulary = std::nullopt;
    FieldUses uses = {};
    // How spreadsheets, online forms and ticketing tools head this column in
    // English, German and Polish, folded as ImportFields::normalized() folds
    // ("e mail adresse" for "E-Mail-Adresse").
    QStringList spreadsheetNames = {};
    double listWidth = 30;   // millimetres the column wants on an A4 participant list
    bool wholeLines = false; // a phone number or a date reads badly when wrapped
    bool wholeWords = false; // long words (German compounds) are not to be cut
};

// Every field, in the order lists, exports and the import wizard name them.
const QList<FieldDescription> &fieldDescriptions();
const FieldDescription &describe(Field field);
// The fields with `use`, in that order.
QList<Field> fieldsWith(FieldUse use);
QString fieldKey(Field field);
std::optional<Field> fieldFromKey(const QString &key);
// The keys of the fields with `use`: "name, organisation, …" for a message.
QStringList fieldKeys(FieldUse use);

// The label in the window's language, and in a document's.
QString fieldLabel(Field field);
QString fieldLabel(Field field, const DocumentLanguage &language);

// The stored text columns of a person (table people) and of a participation
// (table participations), in the order of fieldDescriptions(): what the
// repositories read and write, and the import writes.
QList<const FieldDescription *> personTextColumns();
QList<const FieldDescription *> participationColumns();

// How a value is written in a document's language.
enum class FieldStyle
{
    Csv,      // dates and times as 2026-11-26 14:30, which every spreadsheet reads
    Document, // dates and times as the language writes them
};

// The text of `field` for `person`, whose organisation lists name as
// `organisation`, taking part as `participation` (null for a person on a
// contact list): in the window's language and conventions, and in a
// document's language.
QString fieldText(Field field, const Person &person, const QString &organisation,
                  const Participation *participation);
QString fieldText(Field field, const Person &person, const QString &organisation,
                  const Participation *participation, const DocumentLanguage &language,
                  FieldStyle style);

} // namespace ep
