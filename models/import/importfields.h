#pragma once

#include "domain/field.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ep {

enum class ImportTarget
{
    Participants,
    Contacts
};

// How the import reads a spreadsheet's columns: which field a column holds,
// by the names spreadsheets give them (FieldDescription::spreadsheetNames),
// and the words they use for roles and statuses, in English, German and
// Polish, with the variants that Excel lists, online forms and ticketing
// tools write.
class ImportFields final
{
public:
    // The fields a target can take, in the order the wizard offers them.
    static QList<Field> fieldsOf(ImportTarget target);

    // The field a column named `header` holds, case, diacritics and
    // punctuation aside ("E-Mail-Adresse", "Imię", "Company *"); Ignore when
    // it is none of them.
    static Field fieldForHeader(const QString &header);

    // A field for each column: by name, with "Name" read as the last name
    // when a first-name column exists and as the full name otherwise, no
    // field taken twice, and only the fields `target` takes.
    static QList<Field> guessMapping(const QStringList &headers, ImportTarget target);

    // The vocabulary code of a role or status as a spreadsheet writes it
    // ("Delegierte", "bestätigt", "Udział potwierdzony", "confirmed"…).
    static std::optional<QString> roleCode(const QString &value);
    static std::optional<QString> statusCode(const QString &value);

    // Folds a header or value for comparison: lower case, no diacritics,
    // punctuation as spaces, text in parentheses and marks like "*" removed.
    static QString normalized(const QString &text);
};

} // namespace ep
