#include "csvinput.h"

#include "csv/csvformat.h"
#include "csv/csvreader.h"
#include "csv/textencoding.h"
#include "import/importfields.h"

#include <QBuffer>

namespace ep::test {

void exerciseCsvInput(QByteArrayView bytes)
{
    QByteArray data = bytes.toByteArray();
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    const CsvFormat detected = CsvFormat::detect(&buffer);
    for (char delimiter : {',', ';', '\t'}) {
        buffer.seek(0);
        // A small record limit, so that the limit's path is reached too.
        CsvReader reader(delimiter, 4096);
        reader.read(&buffer, [](const CsvReader::Record &record) {
            for (qsizetype column = 0; column < record.size(); ++column) {
                for (TextEncoding encoding :
                     {TextEncoding::Utf8, TextEncoding::Windows1250, TextEncoding::Windows1252}) {
                    qsizetype bad = -1;
                    const auto text = TextEncodings::decode(record.field(column), encoding, &bad);
                    if (text)
                        ImportFields::fieldForHeader(*text);
                    else if (bad < 0 || bad >= record.field(column).size())
                        qFatal("a refused field must name a bad byte inside it");
                }
            }
            return true;
        });
    }
    CsvFormat::preview(&buffer, detected, 5);
}

} // namespace ep::test
