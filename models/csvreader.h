#pragma once

#include <QByteArray>
#include <QList>

#include <functional>

class QIODevice;

namespace ep {

// Reads RFC 4180 CSV from a device in chunks and hands each record to a
// callback, so a file of any length is read in constant memory (the shape of
// DB Browser for SQLite's parser). It works on bytes: delimiter, quotes and
// line breaks are ASCII in every encoding it is used with, and the caller
// decodes each field, so a bad byte is reported in its own column.
//
// Quoted fields may hold delimiters, doubled quotes and line breaks; records
// end with CRLF, LF or CR; the last record needs no line break; blank lines
// are skipped; a UTF-8 byte order mark at the start is dropped. Text after a
// closing quote is kept, as spreadsheets do.
class CsvReader final
{
public:
    enum class Status
    {
        Done,
        Cancelled,     // the handler asked to stop
        NotText,       // a NUL byte: a binary file, or UTF-16
        RecordTooLong, // longer than the limit: not a CSV file, or a quote never closed
        UnclosedQuote, // the file ends inside a quoted field
        ReadError,
    };

    struct Record
    {
        qint64 line = 0; // the physical line (1-based) the record starts on
        QList<QByteArray> fields;
    };
    // Returns false to stop reading (Status::Cancelled).
    using RecordHandler = std::function<bool(const Record &record)>;

    static constexpr qsizetype defaultMaxRecordSize = 1024 * 1024;

    explicit CsvReader(char delimiter, qsizetype maxRecordSize = defaultMaxRecordSize);

    Status read(QIODevice *device, const RecordHandler &handler);

    // After a problem: the line it is on (for an unclosed quote or a record
    // too long, the line the record starts on).
    qint64 problemLine() const { return m_problemLine; }

private:
    enum class State
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted
    };

    bool endRecord(const RecordHandler &handler);
    void endField();

    char m_delimiter;
    qsizetype m_maxRecordSize;
    State m_state = State::FieldStart;
    Record m_record;
    QByteArray m_field;
    qsizetype m_recordSize = 0;
    bool m_recordHasContent = false;
    bool m_skipLineFeed = false; // the last byte was a CR ending a record
    qint64 m_line = 1;
    qint64 m_problemLine = 0;
};

} // namespace ep
