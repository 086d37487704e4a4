#include "import/signedsheetreader.h"

#include "csv/csvformat.h"
#include "csv/csvreader.h"
#include "csv/textencoding.h"
#include "domain/searchtext.h"

#include <QIODevice>
#include <QRegularExpression>

namespace ep {
namespace {

enum class SheetColumn
{
    Number,
    Present,
    FirstName,
    LastName,
    Name,
    Email,
};

// The headings each column is known by, folded (lower case, no diacritics,
// no dots).
std::optional<SheetColumn> columnNamed(const QString &heading)
{
    static const QList<std::pair<SheetColumn, QStringList>> names{
        {SheetColumn::Number,
         {u"no"_qs, u"nr"_qs, u"lp"_qs, u"number"_qs, u"nummer"_qs, u"numer"_qs, u"#"_qs, u"row"_qs,
          u"zeile"_qs, u"wiersz"_qs}},
        {SheetColumn::Present,
         {u"present"_qs, u"anwesend"_qs, u"obecny"_qs, u"obecna"_qs, u"obecnosc"_qs,
          u"signature"_qs, u"signed"_qs, u"unterschrift"_qs, u"podpis"_qs, u"attended"_qs}},
        {SheetColumn::FirstName, {u"first name"_qs, u"vorname"_qs, u"imie"_qs}},
        {SheetColumn::LastName, {u"last name"_qs, u"nachname"_qs, u"nazwisko"_qs}},
        {SheetColumn::Name, {u"name"_qs, u"imie i nazwisko"_qs}},
        {SheetColumn::Email, {u"email"_qs, u"e-mail"_qs, u"e mail"_qs}},
    };
    QString folded = foldForSearch(heading);
    folded.remove(u'.');
    folded = folded.simplified();
    for (const auto &[column, known] : names) {
        if (known.contains(folded))
            return column;
    }
    return std::nullopt;
}

bool isNo(const QString &cell)
{
    static const QStringList no{u""_qs,  u"no"_qs, u"nein"_qs, u"nie"_qs,
                                u"0"_qs, u"-"_qs,  u"false"_qs};
    return no.contains(foldForSearch(cell).trimmed());
}

} // namespace

QList<SignedRow> SignedSheetReader::read(QIODevice *device, QString *problem)
{
    const CsvFormat format = CsvFormat::detect(device);
    QHash<SheetColumn, qsizetype> columns;
    QList<SignedRow> rows;
    QString failure;
    const auto cell = [&columns](const QStringList &fields, SheetColumn column) {
        const qsizetype index = columns.value(column, -1);
        return index >= 0 && index < fields.size() ? fields[index].trimmed() : QString();
    };
    CsvReader reader(format.delimiter);
    const CsvReader::Status status = reader.read(device, [&](const CsvReader::Record &record) {
        QStringList fields;
        for (qsizetype index = 0; index < record.size(); ++index) {
            const std::optional<QString> text =
                TextEncodings::decode(record.field(index), format.encoding);
            if (!text) {
                failure = tr("line %1, column %2: characters the file's encoding does not have")
                              .arg(record.line)
                              .arg(index + 1);
                return false;
            }
            fields.append(*text);
        }
        if (!columns.contains(SheetColumn::Number)) {
            for (qsizetype index = 0; index < fields.size(); ++index) {
                if (const std::optional<SheetColumn> column = columnNamed(fields[index]))
                    columns.insert(*column, index);
            }
            if (!columns.contains(SheetColumn::Number))
                columns.clear();
            return true;
        }
        const QString numberText = cell(fields, SheetColumn::Number);
        if (numberText.isEmpty())
            return true;
        bool isNumber = false;
        const int number = numberText.toInt(&isNumber);
        if (!isNumber || number < 1) {
            failure = tr("line %1: \"%2\" is no row number of the sheet")
                          .arg(record.line)
                          .arg(numberText);
            return false;
        }
        SignedRow row{record.line,
                      number,
                      true,
                      cell(fields, SheetColumn::FirstName),
                      cell(fields, SheetColumn::LastName),
                      cell(fields, SheetColumn::Email)};
        if (columns.contains(SheetColumn::Present))
            row.present = !isNo(cell(fields, SheetColumn::Present));
        if (row.firstName.isEmpty() && row.lastName.isEmpty()) {
            // "Anna Nowak" in one column: the last word is the last name.
            const QString name = cell(fields, SheetColumn::Name);
            const qsizetype space = name.lastIndexOf(u' ');
            row.firstName = space < 0 ? QString() : name.left(space).trimmed();
            row.lastName = name.mid(space + 1).trimmed();
        }
        rows.append(row);
        return true;
    });
    if (failure.isEmpty() && status != CsvReader::Status::Done)
        failure = tr("line %1: not a CSV file that can be read").arg(reader.problemLine());
    if (failure.isEmpty() && !columns.contains(SheetColumn::Number))
        failure = tr("no column \"No.\" (\"Nr.\", \"Lp.\") with the sheet's row numbers");
    if (problem)
        *problem = failure;
    return failure.isEmpty() ? rows : QList<SignedRow>();
}

} // namespace ep
