#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ep {

// The encodings of the spreadsheets officers receive: UTF-8 (with or without
// a byte order mark) from online forms and newer Excel, windows-1252 from
// German and windows-1250 from Polish Excel.
enum class TextEncoding
{
    Utf8,
    Windows1250,
    Windows1252
};

class TextEncodings final
{
    Q_DECLARE_TR_FUNCTIONS(TextEncodings)

public:
    // "utf-8", "windows-1250", "windows-1252": for the command line and settings.
    static QString code(TextEncoding encoding);
    static std::optional<TextEncoding> fromCode(const QString &code);
    // "UTF-8", "Windows-1250 (Central European, Polish Excel)" …
    static QString displayName(TextEncoding encoding);

    // `bytes` as text, or nothing when they hold a byte (sequence) that the
    // encoding does not define; `badOffset` then receives its offset.
    static std::optional<QString> decode(QByteArrayView bytes, TextEncoding encoding,
                                         qsizetype *badOffset = nullptr);

    // The encoding `sample` most likely has: UTF-8 when it is valid UTF-8
    // (a BOM decides at once), else windows-1250 when it holds letters that
    // only make sense as Polish ones in that encoding, else windows-1252.
    static TextEncoding guess(QByteArrayView sample);
};

} // namespace ep
