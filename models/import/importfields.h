#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ep {

class DocumentLanguage;

// What a column of an imported spreadsheet can hold.
enum class ImportField
{
    Ignore,
    Title,
    FirstName,
    LastName,
    FullName, // "Anna Maria Nowak": the last word is the last name
    Organisation,
    Function,
    Email,
    Phone,
    Street,
    PostalCode,
    City,
    Country,
    Languages,
    Delegation, // participants only, from here on
    Role,
    Status,
    Arrival,
    Departure,
    DietaryNeeds,
    AccessibilityNeeds,
    Notes, // of the participation, or of the person for contacts
};

enum class ImportTarget
{
    Participants,
    Contacts
};

// The names spreadsheets give these columns, and the words they use for
// roles and statuses, in English, German and Polish, with the variants that
// Excel lists, online forms and ticketing tools write.
class ImportFields final
{
    Q_DECLARE_TR_FUNCTIONS(ImportFields)

public:
    // The fields a target can take, in the order the wizard offers them.
    static QList<ImportField> fieldsOf(ImportTarget target);
    static QString label(ImportField field);
    // The label in a document's language: an export's column names.
    static QString label(ImportField field, const DocumentLanguage &language);
    // A stable name for settings and the command line's messages, e.g. "last_name".
    static QString key(ImportField field);
    static std::optional<ImportField> fromKey(const QString &key);

    // The field a column named `header` holds, case, diacritics and
    // punctuation aside ("E-Mail-Adresse", "Imię", "Company *"); Ignore when
    // it is none of them.
    static ImportField fieldForHeader(const QString &header);

    // A field for each column: by name, with "Name" read as the last name
    // when a first-name column exists and as the full name otherwise, no
    // field taken twice, and only the fields `target` takes.
    static QList<ImportField> guessMapping(const QStringList &headers, ImportTarget target);

    // The vocabulary code of a role or status as a spreadsheet writes it
    // ("Delegierte", "bestätigt", "Udział potwierdzony", "confirmed"…).
    static std::optional<QString> roleCode(const QString &value);
    static std::optional<QString> statusCode(const QString &value);

    // Folds a header or value for comparison: lower case, no diacritics,
    // punctuation as spaces, text in parentheses and marks like "*" removed.
    static QString normalized(const QString &text);

private:
    static const char *labelSource(ImportField field);
};

} // namespace ep
