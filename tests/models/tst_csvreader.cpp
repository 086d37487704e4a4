#include "csv/csvreader.h"

#include <QBuffer>
#include <QTest>

using namespace ep;

Q_DECLARE_METATYPE(ep::CsvReader::Status)

namespace {

struct Parsed
{
    CsvReader::Status status;
    QList<QStringList> records;
    QList<qint64> lines;
    qint64 problemLine;
};

Parsed parse(QByteArray bytes, char delimiter = ',',
             qsizetype maxRecordSize = CsvReader::defaultMaxRecordSize)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(delimiter, maxRecordSize);
    Parsed parsed;
    parsed.status = reader.read(&buffer, [&](const CsvReader::Record &record) {
        QStringList fields;
        for (const QByteArray &field : record.fields())
            fields.append(QString::fromUtf8(field));
        parsed.records.append(fields);
        parsed.lines.append(record.line);
        return true;
    });
    parsed.problemLine = reader.problemLine();
    return parsed;
}

} // namespace

// RFC 4180 and what spreadsheets make of it, one case per row (the shape of
// DB Browser for SQLite's TestImport).
class CsvReaderTest : public QObject
{
    Q_OBJECT

private slots:
    void records_data();
    void records();
    void lineNumbersCountLineBreaksInsideQuotes();
    void problems_data();
    void problems();
    void readsAcrossChunkBoundaries();
    void handlerCanCancel();
};

void CsvReaderTest::records_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<QList<QStringList>>("expected");

    const QList<QStringList> twoRows{{u"a"_qs, u"b"_qs}, {u"c"_qs, u"d"_qs}};
    QTest::newRow("LF") << QByteArray("a,b\nc,d\n") << ',' << twoRows;
    QTest::newRow("CRLF") << QByteArray("a,b\r\nc,d\r\n") << ',' << twoRows;
    QTest::newRow("CR alone") << QByteArray("a,b\rc,d\r") << ',' << twoRows;
    QTest::newRow("no line break at the end") << QByteArray("a,b\r\nc,d") << ',' << twoRows;
    QTest::newRow("blank lines ignored")
        << QByteArray("\r\na,b\r\n\r\n\nc,d\n\n") << ',' << twoRows;
    QTest::newRow("semicolon") << QByteArray("a;b\nc;d") << ';' << twoRows;
    QTest::newRow("tab") << QByteArray("a\tb\nc\td") << '\t' << twoRows;
    QTest::newRow("comma inside a semicolon file")
        << QByteArray("a,1;b\n") << ';' << QList<QStringList>{{u"a,1"_qs, u"b"_qs}};
    QTest::newRow("quoted delimiter") << QByteArray("\"Nowak, Anna\",b\n") << ','
                                      << QList<QStringList>{{u"Nowak, Anna"_qs, u"b"_qs}};
    QTest::newRow("doubled quotes") << QByteArray("\"say \"\"hi\"\"\",x\n") << ','
                                    << QList<QStringList>{{u"say \"hi\""_qs, u"x"_qs}};
    QTest::newRow("line breaks inside quotes")
        << QByteArray("\"one\r\ntwo\nthree\",x\r\ny,z\r\n") << ','
        << QList<QStringList>{{u"one\r\ntwo\nthree"_qs, u"x"_qs}, {u"y"_qs, u"z"_qs}};
    QTest::newRow("empty fields") << QByteArray(",,\n\"\",x,\n") << ','
                                  << QList<QStringList>{{QString(), QString(), QString()},
                                                        {QString(), u"x"_qs, QString()}};
    QTest::newRow("a lone empty quoted field is a record")
        << QByteArray("\"\"\n") << ',' << QList<QStringList>{{QString()}};
    QTest::newRow("spaces kept") << QByteArray(" a , b \n") << ','
                                 << QList<QStringList>{{u" a "_qs, u" b "_qs}};
    QTest::newRow("leading zeros kept")
        << QByteArray("00123,0049\n") << ',' << QList<QStringList>{{u"00123"_qs, u"0049"_qs}};
    QTest::newRow("UTF-8 BOM dropped") << QByteArray("\xEF\xBB\xBFVorname;Nachname\n") << ';'
                                       << QList<QStringList>{{u"Vorname"_qs, u"Nachname"_qs}};
    QTest::newRow("quote in an unquoted field kept")
        << QByteArray("5\" screen,x\n") << ',' << QList<QStringList>{{u"5\" screen"_qs, u"x"_qs}};
    QTest::newRow("text after a closing quote kept")
        << QByteArray("\"a\"b,c\n") << ',' << QList<QStringList>{{u"ab"_qs, u"c"_qs}};
    QTest::newRow("formula text stays text")
        << QByteArray("=SUM(A1),@cmd,+1,-2\n") << ','
        << QList<QStringList>{{u"=SUM(A1)"_qs, u"@cmd"_qs, u"+1"_qs, u"-2"_qs}};
    QTest::newRow("diacritics pass as bytes")
        << QByteArray("Łódź,Müller\n") << ',' << QList<QStringList>{{u"Łódź"_qs, u"Müller"_qs}};
    QTest::newRow("empty input") << QByteArray() << ',' << QList<QStringList>{};
}

void CsvReaderTest::records()
{
    QFETCH(QByteArray, input);
    QFETCH(char, delimiter);
    QFETCH(QList<QStringList>, expected);
    const Parsed parsed = parse(input, delimiter);
    QCOMPARE(parsed.status, CsvReader::Status::Done);
    QCOMPARE(parsed.records, expected);
}

void CsvReaderTest::lineNumbersCountLineBreaksInsideQuotes()
{
    const Parsed parsed = parse("h1,h2\r\n\"multi\r\nline\",x\r\n\r\nlast,row\r\n");
    QCOMPARE(parsed.lines, (QList<qint64>{1, 2, 5}));
}

void CsvReaderTest::problems_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<CsvReader::Status>("status");
    QTest::addColumn<qint64>("line");
    QTest::newRow("NUL byte") << QByteArray("a,b\nc,\0d\n", 9) << CsvReader::Status::NotText
                              << qint64(2);
    QTest::newRow("UTF-16") << QByteArray("\xFF\xFE"
                                          "a\0,\0b\0",
                                          8)
                            << CsvReader::Status::NotText << qint64(1);
    QTest::newRow("unclosed quote")
        << QByteArray("a,b\n\"c,d\ne,f\n") << CsvReader::Status::UnclosedQuote << qint64(2);
    QTest::newRow("record too long") << QByteArray("a,b\n") + QByteArray(2000, 'x') + "\n"
                                     << CsvReader::Status::RecordTooLong << qint64(2);
}

void CsvReaderTest::problems()
{
    QFETCH(QByteArray, input);
    QFETCH(CsvReader::Status, status);
    QFETCH(qint64, line);
    const Parsed parsed = parse(input, ',', 1000);
    QCOMPARE(parsed.status, status);
    QCOMPARE(parsed.problemLine, line);
}

void CsvReaderTest::readsAcrossChunkBoundaries()
{
    // Quotes, CRLF pairs and fields split across the reader's 64 KiB chunks.
    QByteArray input;
    QList<QStringList> expected;
    for (int i = 0; input.size() < 300 * 1024; ++i) {
        const QByteArray name = "\"Nowak, " + QByteArray::number(i) + "\"\"\r\n\"";
        input += name + ",Łódź " + QByteArray::number(i) + "\r\n";
        expected.append(
            {u"Nowak, "_qs % QString::number(i) % u"\"\r\n"_qs, u"Łódź "_qs % QString::number(i)});
    }
    const Parsed parsed = parse(input);
    QCOMPARE(parsed.status, CsvReader::Status::Done);
    QCOMPARE(parsed.records.size(), expected.size());
    QCOMPARE(parsed.records, expected);
}

void CsvReaderTest::handlerCanCancel()
{
    QByteArray input("a\nb\nc\n");
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    int seen = 0;
    CsvReader reader(',');
    QCOMPARE(reader.read(&buffer, [&](const CsvReader::Record &) { return ++seen < 2; }),
             CsvReader::Status::Cancelled);
    QCOMPARE(seen, 2);
}

QTEST_GUILESS_MAIN(CsvReaderTest)
#include "tst_csvreader.moc"
