#include "csv/csvwriter.h"

namespace ep {

CsvWriter::CsvWriter(QIODevice *device, QChar delimiter)
    : m_device(device)
    , m_delimiter(delimiter)
{}

void CsvWriter::writeBom()
{
    m_device->write("\xEF\xBB\xBF");
}

namespace {

// What a spreadsheet reads as the start of a formula.
bool startsLikeAFormula(QStringView text)
{
    return !text.isEmpty() && QStringView(u"=+-@\t\r").contains(text.front());
}

} // namespace

QString CsvWriter::withoutFormulaGuard(const QString &cell)
{
    if (cell.startsWith(u'\'') && startsLikeAFormula(QStringView(cell).mid(1)))
        return cell.mid(1);
    return cell;
}

QString CsvWriter::escapedCell(const QString &cell, QChar delimiter)
{
    QString value = cell;
    if (startsLikeAFormula(value))
        value.prepend(u'\'');
    const bool needsQuotes = value.contains(delimiter) || value.contains(u'"') ||
                             value.contains(u'\n') || value.contains(u'\r');
    if (!needsQuotes)
        return value;
    value.replace(u'"', QStringLiteral("\"\""));
    return u'"' % value % u'"';
}

void CsvWriter::writeRow(const QStringList &cells)
{
    QStringList escaped;
    escaped.reserve(cells.size());
    for (const QString &cell : cells)
        escaped.append(escapedCell(cell, m_delimiter));
    m_device->write((escaped.join(m_delimiter) % u"\r\n").toUtf8());
}

} // namespace ep
