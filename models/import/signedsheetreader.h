#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QIODevice;

namespace ep {

// One row of a signed sign-in sheet, as typed into a spreadsheet.
struct SignedRow
{
    qint64 line = 0; // in the file
    int number = 0;  // as printed on the sheet
    bool present = true;
    // A blank row's walk-in; empty for a printed name.
    QString firstName;
    QString lastName;
    QString email;
};

// Reads the attendance of one sheet from a CSV file (any delimiter and
// encoding the import reads): a header row naming a column "No." ("Nr.",
// "Lp.", "Number" …) and optionally "Present" ("Anwesend", "Obecny",
// "Signature" …: a row counts unless that cell is empty, "no", "nein", "nie",
// "0", "-"), and for blank rows "First name", "Last name" (or "Name"),
// "Email" in German, Polish or English. Rows without a number are skipped.
class SignedSheetReader final
{
    Q_DECLARE_TR_FUNCTIONS(SignedSheetReader)

public:
    // The rows, or none and `problem`: one sentence naming the file's line.
    static QList<SignedRow> read(QIODevice *device, QString *problem);
};

} // namespace ep
