#include "csvwriter.h"

namespace ep {

CsvWriter::CsvWriter(QIODevice *device, QChar delimiter)
    : m_device(device)
    , m_delimiter(delimiter)
{}

void CsvWriter::writeBom()
{
    m_device->write("\xEF\xBB\xBF");
}

QString CsvWriter::escapedCell(const QString &cell, QChar delimiter)
{
    QString value = cell;
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!value.isEmpty() && formulaStarts.contains(value.front()))
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
