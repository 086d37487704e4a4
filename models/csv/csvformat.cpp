#include "csv/csvformat.h"

#include "csv/csvreader.h"
#include "import/importfields.h"

#include <QBuffer>

#include <algorithm>
#include <map>

namespace ep {
namespace {

constexpr qint64 sampleSize = 64 * 1024;
constexpr int sampleRecords = 20;

QList<CsvReader::Record> recordsOf(QByteArray sample, char delimiter, int count)
{
    QBuffer buffer(&sample);
    buffer.open(QIODevice::ReadOnly);
    QList<CsvReader::Record> records;
    CsvReader reader(delimiter);
    reader.read(&buffer, [&](const CsvReader::Record &record) {
        records.append(record);
        return records.size() < count;
    });
    return records;
}

// How well `delimiter` splits the records: the share of records with the
// most common number of fields, when that number is more than one.
std::pair<double, qsizetype> scoreOf(const QList<CsvReader::Record> &records)
{
    std::map<qsizetype, int> counts;
    for (const CsvReader::Record &record : records)
        ++counts[record.size()];
    if (counts.empty())
        return {0.0, 0};
    const auto modal = std::max_element(counts.begin(), counts.end(), [](auto a, auto b) {
        return a.second < b.second || (a.second == b.second && a.first < b.first);
    });
    if (modal->first < 2)
        return {0.0, modal->first};
    return {double(modal->second) / double(records.size()), modal->first};
}

} // namespace

QString CsvFormat::delimiterName(char delimiter)
{
    return delimiter == '\t' ? QStringLiteral("tab") : QString(QLatin1Char(delimiter));
}

std::optional<char> CsvFormat::delimiterFromName(const QString &name)
{
    if (name == u"," || name.compare(u"comma", Qt::CaseInsensitive) == 0)
        return ',';
    if (name == u";" || name.compare(u"semicolon", Qt::CaseInsensitive) == 0)
        return ';';
    if (name == u"\t" || name.compare(u"tab", Qt::CaseInsensitive) == 0)
        return '\t';
    return std::nullopt;
}

CsvFormat CsvFormat::detect(QIODevice *device)
{
    const qint64 start = device->pos();
    QByteArray sample = device->read(sampleSize);
    device->seek(start);

    CsvFormat format;
    format.encoding = TextEncodings::guess(sample);

    // The sample may end inside a record: that record is not counted.
    const bool cut = sample.size() == sampleSize;
    double bestScore = -1;
    qsizetype bestColumns = 0;
    for (char delimiter : {',', ';', '\t'}) {
        QList<CsvReader::Record> records = recordsOf(sample, delimiter, sampleRecords + 1);
        if (cut && records.size() > 1)
            records.removeLast();
        const auto [score, columns] = scoreOf(records);
        if (score > bestScore || (score == bestScore && columns > bestColumns)) {
            bestScore = score;
            bestColumns = columns;
            format.delimiter = delimiter;
        }
    }

    const QList<CsvReader::Record> records = recordsOf(sample, format.delimiter, 10);
    for (int index = 0; index < records.size(); ++index) {
        for (qsizetype column = 0; column < records[index].size(); ++column) {
            const QString name =
                TextEncodings::decode(records[index].field(column), format.encoding)
                    .value_or(QString());
            if (ImportFields::fieldForHeader(name) != Field::Ignore ||
                ImportFields::normalized(name) == u"name") {
                format.headerRecord = index;
                return format;
            }
        }
    }
    format.headerRecord = 0;
    return format;
}

QList<QStringList> CsvFormat::preview(QIODevice *device, const CsvFormat &format, int count)
{
    device->seek(0);
    QList<QStringList> rows;
    CsvReader reader(format.delimiter);
    reader.read(device, [&](const CsvReader::Record &record) {
        QStringList cells;
        for (qsizetype column = 0; column < record.size(); ++column) {
            const QByteArrayView field = record.field(column);
            cells.append(TextEncodings::decode(field, format.encoding)
                             .value_or(QString::fromUtf8(field))); // shows U+FFFD where bad
        }
        rows.append(cells);
        return rows.size() < count;
    });
    device->seek(0);
    return rows;
}

} // namespace ep
