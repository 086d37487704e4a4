#include "csv/textencoding.h"

#include <algorithm>
#include <array>

namespace ep {
namespace {

// Bytes 0x80–0xFF of the two Windows code pages, from the Unicode
// consortium's mapping tables; 0 marks a byte the code page leaves undefined.
// windows-1252 equals ISO 8859-1 from 0xA0 on.
constexpr std::array<char16_t, 32> windows1252Low = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

constexpr std::array<char16_t, 128> windows1250 = {
    0x20AC, 0,      0x201A, 0,      0x201E, 0x2026, 0x2020, 0x2021, // 80
    0,      0x2030, 0x0160, 0x2039, 0x015A, 0x0164, 0x017D, 0x0179, // 88
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90
    0,      0x2122, 0x0161, 0x203A, 0x015B, 0x0165, 0x017E, 0x017A, // 98
    0x00A0, 0x02C7, 0x02D8, 0x0141, 0x00A4, 0x0104, 0x00A6, 0x00A7, // A0
    0x00A8, 0x00A9, 0x015E, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x017B, // A8
    0x00B0, 0x00B1, 0x02DB, 0x0142, 0x00B4, 0x00B5, 0x00B6, 0x00B7, // B0
    0x00B8, 0x0105, 0x015F, 0x00BB, 0x013D, 0x02DD, 0x013E, 0x017C, // B8
    0x0154, 0x00C1, 0x00C2, 0x0102, 0x00C4, 0x0139, 0x0106, 0x00C7, // C0
    0x010C, 0x00C9, 0x0118, 0x00CB, 0x011A, 0x00CD, 0x00CE, 0x010E, // C8
    0x0110, 0x0143, 0x0147, 0x00D3, 0x00D4, 0x0150, 0x00D6, 0x00D7, // D0
    0x0158, 0x016E, 0x00DA, 0x0170, 0x00DC, 0x00DD, 0x0162, 0x00DF, // D8
    0x0155, 0x00E1, 0x00E2, 0x0103, 0x00E4, 0x013A, 0x0107, 0x00E7, // E0
    0x010D, 0x00E9, 0x0119, 0x00EB, 0x011B, 0x00ED, 0x00EE, 0x010F, // E8
    0x0111, 0x0144, 0x0148, 0x00F3, 0x00F4, 0x0151, 0x00F6, 0x00F7, // F0
    0x0159, 0x016F, 0x00FA, 0x0171, 0x00FC, 0x00FD, 0x0163, 0x02D9, // F8
};

char16_t windowsCharacter(unsigned char byte, TextEncoding encoding)
{
    if (byte < 0x80)
        return byte;
    if (encoding == TextEncoding::Windows1250)
        return windows1250[byte - 0x80];
    return byte < 0xA0 ? windows1252Low[byte - 0x80] : char16_t(byte);
}

// Bytes that in windows-1250 are Polish letters, but in windows-1252 are
// symbols or letters a German or English text hardly has (ł is ³ there, ą ¹,
// ż ¿, ś œ, ź Ÿ, ę ê, ć æ, ń ñ, Ł £, Ś Œ, Ź \u008F, Ż ¯, Ą ¥).
bool isPolishOnlyIn1250(unsigned char byte)
{
    switch (byte) {
    case 0xB3:
    case 0xB9:
    case 0xBF:
    case 0x9C:
    case 0x9F:
    case 0xEA:
    case 0xE6:
    case 0xF1:
    case 0xA3:
    case 0x8C:
    case 0x8F:
    case 0xAF:
    case 0xA5:
    case 0xCA:
    case 0xC6:
    case 0xD1:
        return true;
    default:
        return false;
    }
}

// The offset of the first byte that does not belong to well-formed UTF-8
// (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF), or -1.
// With `truncatedTail`, a sequence cut off by the end of `bytes` is fine.
qsizetype firstInvalidUtf8(QByteArrayView bytes, bool truncatedTail)
{
    const auto byteAt = [&bytes](qsizetype i) {
        return static_cast<unsigned char>(bytes[i]);
    };
    qsizetype i = 0;
    while (i < bytes.size()) {
        const unsigned char lead = byteAt(i);
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char min = 0x80;
        unsigned char max = 0xBF; // the allowed range of the second byte
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0)
                min = 0xA0; // no overlong forms
            if (lead == 0xED)
                max = 0x9F; // no surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0)
                min = 0x90;
            if (lead == 0xF4)
                max = 0x8F; // nothing above U+10FFFF
        } else {
            return i;
        }
        for (int k = 1; k < length; ++k) {
            if (i + k >= bytes.size())
                return truncatedTail ? -1 : i;
            const unsigned char next = byteAt(i + k);
            const unsigned char low = k == 1 ? min : 0x80;
            const unsigned char high = k == 1 ? max : 0xBF;
            if (next < low || next > high)
                return i;
        }
        i += length;
    }
    return -1;
}

} // namespace

QString TextEncodings::code(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("utf-8");
    case TextEncoding::Windows1250:
        return QStringLiteral("windows-1250");
    case TextEncoding::Windows1252:
        break;
    }
    return QStringLiteral("windows-1252");
}

std::optional<TextEncoding> TextEncodings::fromCode(const QString &code)
{
    for (TextEncoding encoding :
         {TextEncoding::Utf8, TextEncoding::Windows1250, TextEncoding::Windows1252}) {
        if (code.compare(TextEncodings::code(encoding), Qt::CaseInsensitive) == 0)
            return encoding;
    }
    if (code.compare(u"utf8", Qt::CaseInsensitive) == 0)
        return TextEncoding::Utf8;
    if (code.compare(u"cp1250", Qt::CaseInsensitive) == 0)
        return TextEncoding::Windows1250;
    if (code.compare(u"cp1252", Qt::CaseInsensitive) == 0)
        return TextEncoding::Windows1252;
    return std::nullopt;
}

QString TextEncodings::displayName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return tr("UTF-8 (Unicode)");
    case TextEncoding::Windows1250:
        return tr("Windows-1250 (Central European, e.g. Polish Excel)");
    case TextEncoding::Windows1252:
        break;
    }
    return tr("Windows-1252 (Western European, e.g. German Excel)");
}

std::optional<QString> TextEncodings::decode(QByteArrayView bytes, TextEncoding encoding,
                                             qsizetype *badOffset)
{
    // Plain ASCII reads the same in all three encodings.
    unsigned char bits = 0;
    for (char byte : bytes)
        bits |= static_cast<unsigned char>(byte);
    if (bits < 0x80)
        return QString::fromLatin1(bytes);
    if (encoding == TextEncoding::Utf8) {
        const qsizetype bad = firstInvalidUtf8(bytes, false);
        if (bad < 0)
            return QString::fromUtf8(bytes);
        if (badOffset)
            *badOffset = bad;
        return std::nullopt;
    }
    QString text(bytes.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char16_t character = windowsCharacter(static_cast<unsigned char>(bytes[i]), encoding);
        if (character == 0 && bytes[i] != 0) {
            if (badOffset)
                *badOffset = i;
            return std::nullopt;
        }
        text[i] = QChar(character);
    }
    return text;
}

TextEncoding TextEncodings::guess(QByteArrayView sample)
{
    // A sample may end in the middle of a character: that is still UTF-8.
    if (sample.startsWith("\xEF\xBB\xBF") || firstInvalidUtf8(sample, true) < 0)
        return TextEncoding::Utf8;
    for (char byte : sample) {
        if (isPolishOnlyIn1250(static_cast<unsigned char>(byte)))
            return TextEncoding::Windows1250;
    }
    return TextEncoding::Windows1252;
}

} // namespace ep
