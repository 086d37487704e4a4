#pragma once

#include <QIODevice>
#include <QStringList>

namespace ep {

// Writes RFC 4180 CSV: fields quoted where they hold the delimiter, a quote or
// a line break, CRLF line ends, UTF-8. A cell a spreadsheet would run as a
// formula (starting with = + - @, tab or carriage return) is prefixed with an
// apostrophe, so it shows as the text it is.
class CsvWriter final
{
public:
    explicit CsvWriter(QIODevice *device, QChar delimiter = u',');

    void writeBom();
    void writeRow(const QStringList &cells);

    static QString escapedCell(const QString &cell, QChar delimiter = u',');
    // The inverse of the apostrophe escapedCell() puts before a formula-like
    // cell, for reading back what was exported: "'+49 201 …" → "+49 201 …".
    // Any other text is returned as it is.
    static QString withoutFormulaGuard(const QString &cell);

private:
    QIODevice *m_device;
    QChar m_delimiter;
};

} // namespace ep
