#pragma once

#include "csv/textencoding.h"

#include <QIODevice>
#include <QStringList>

#include <optional>

namespace ep {

// How a CSV file is written: its encoding, its delimiter and which record
// holds the column names.
struct CsvFormat
{
    TextEncoding encoding = TextEncoding::Utf8;
    char delimiter = ',';
    int headerRecord = 0; // 0-based, counting records, not lines; blank lines do not count

    friend bool operator==(const CsvFormat &, const CsvFormat &) = default;

    // ",", ";", "tab" — the names the command line takes.
    static QString delimiterName(char delimiter);
    static std::optional<char> delimiterFromName(const QString &name);

    // Guesses the format from the start of `device` (which is read from its
    // current position and put back there): the encoding from the bytes, the
    // delimiter that splits the first records most evenly into more than one
    // column, the header as the first of the first ten records that names a
    // column the importer knows.
    static CsvFormat detect(QIODevice *device);

    // The first `count` records of `device` as text in `format` (undecodable
    // bytes shown as U+FFFD), for a preview. `device` is read from the start.
    static QList<QStringList> preview(QIODevice *device, const CsvFormat &format, int count);
};

} // namespace ep
