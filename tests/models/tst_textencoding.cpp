#include "csv/textencoding.h"

#include <QStringDecoder>
#include <QTest>

using namespace ep;

Q_DECLARE_METATYPE(ep::TextEncoding)

class TextEncodingTest : public QObject
{
    Q_OBJECT

private slots:
    void decodesPolishAndGermanLetters();
    void tablesAgreeWithIcu_data();
    void tablesAgreeWithIcu();
    void undefinedBytesAreRefusedWithTheirOffset();
    void invalidUtf8_data();
    void invalidUtf8();
    void guess_data();
    void guess();
    void codes();
};

void TextEncodingTest::decodesPolishAndGermanLetters()
{
    // "Łódź, Żółć, Ślęza" in windows-1250; "Müller, Straße, 5 €" in windows-1252.
    QCOMPARE(TextEncodings::decode("\xA3\xF3\x64\x9F, \xAF\xF3\xB3\xE6, \x8C\x6C\xEA\x7A\x61",
                                   TextEncoding::Windows1250),
             u"Łódź, Żółć, Ślęza"_qs);
    QCOMPARE(TextEncodings::decode("M\xFCller, Stra\xDF"
                                   "e, 5 \x80",
                                   TextEncoding::Windows1252),
             u"Müller, Straße, 5 €"_qs);
    QCOMPARE(TextEncodings::decode("\xC5\x81\xC3\xB3\x64\xC5\xBA", TextEncoding::Utf8), u"Łódź"_qs);
}

void TextEncodingTest::tablesAgreeWithIcu_data()
{
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<QByteArray>("name");
    QTest::newRow("windows-1250") << TextEncoding::Windows1250 << QByteArray("windows-1250");
    QTest::newRow("windows-1252") << TextEncoding::Windows1252 << QByteArray("windows-1252");
}

void TextEncodingTest::tablesAgreeWithIcu()
{
    QFETCH(TextEncoding, encoding);
    QFETCH(QByteArray, name);
    QStringDecoder icu(name.constData());
    if (!icu.isValid())
        QSKIP("this Qt has no ICU codecs to compare with");
    for (int byte = 0x20; byte <= 0xFF; ++byte) {
        const QByteArray one(1, char(byte));
        const std::optional<QString> ours = TextEncodings::decode(one, encoding);
        QStringDecoder reference(name.constData());
        const QString theirs = reference.decode(one);
        if (!ours) // undefined here: ICU maps such bytes to C1 controls or U+FFFD
            QVERIFY2(theirs.isEmpty() || theirs.at(0).unicode() < 0xA0 ||
                         theirs.at(0) == QChar::ReplacementCharacter,
                     qPrintable(QString::number(byte, 16)));
        else
            QVERIFY2(*ours == theirs, qPrintable(u"byte 0x"_qs % QString::number(byte, 16)));
    }
}

void TextEncodingTest::undefinedBytesAreRefusedWithTheirOffset()
{
    qsizetype offset = -1;
    QVERIFY(!TextEncodings::decode("abc\x81x", TextEncoding::Windows1252, &offset));
    QCOMPARE(offset, 3);
    QVERIFY(!TextEncodings::decode("ab\x98", TextEncoding::Windows1250, &offset));
    QCOMPARE(offset, 2);
}

void TextEncodingTest::invalidUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qsizetype>("offset");
    QTest::newRow("Latin-1 umlaut") << QByteArray("M\xFCller") << qsizetype(1);
    QTest::newRow("cut sequence") << QByteArray("ab\xC5") << qsizetype(2);
    QTest::newRow("overlong slash") << QByteArray("a\xC0\xAF") << qsizetype(1);
    QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << qsizetype(0);
    QTest::newRow("beyond U+10FFFF") << QByteArray("x\xF4\x90\x80\x80") << qsizetype(1);
    QTest::newRow("stray continuation") << QByteArray("ok\x80") << qsizetype(2);
}

void TextEncodingTest::invalidUtf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qsizetype, offset);
    qsizetype found = -1;
    QVERIFY(!TextEncodings::decode(bytes, TextEncoding::Utf8, &found));
    QCOMPARE(found, offset);
}

void TextEncodingTest::guess_data()
{
    QTest::addColumn<QByteArray>("sample");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::newRow("ASCII") << QByteArray("Name;Email\nNowak;a@b.org\n") << TextEncoding::Utf8;
    QTest::newRow("UTF-8") << QByteArray("Imi\xC4\x99;Nazwisko\n") << TextEncoding::Utf8;
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF"
                                       "a")
                         << TextEncoding::Utf8;
    QTest::newRow("UTF-8 cut in a letter") << QByteArray("\xC5\x81\xC3") << TextEncoding::Utf8;
    QTest::newRow("German windows-1252") << QByteArray("M\xFCller;Stra\xDF"
                                                       "e\n")
                                         << TextEncoding::Windows1252;
    QTest::newRow("Polish windows-1250")
        << QByteArray("\xA3ukasz;W\xF3jcik;\xB3\xB9\n") << TextEncoding::Windows1250;
    QTest::newRow("Polish with German letters")
        << QByteArray("M\xFCller;Kie\xB3\x62\x61sa\n") << TextEncoding::Windows1250;
}

void TextEncodingTest::guess()
{
    QFETCH(QByteArray, sample);
    QFETCH(TextEncoding, encoding);
    QCOMPARE(TextEncodings::guess(sample), encoding);
}

void TextEncodingTest::codes()
{
    for (TextEncoding encoding :
         {TextEncoding::Utf8, TextEncoding::Windows1250, TextEncoding::Windows1252}) {
        QCOMPARE(TextEncodings::fromCode(TextEncodings::code(encoding)), encoding);
    }
    QCOMPARE(TextEncodings::fromCode(u"CP1250"_qs), TextEncoding::Windows1250);
    QVERIFY(!TextEncodings::fromCode(u"latin2"_qs));
}

QTEST_GUILESS_MAIN(TextEncodingTest)
#include "tst_textencoding.moc"
