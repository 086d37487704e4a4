#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <array>
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

    // One record: its fields side by side in one buffer, so that reading a
    // row allocates nothing (an import reads a hundred thousand of them).
    struct Record
    {
        qint64 line = 0;       // the physical line (1-based) the record starts on
        QByteArray data;       // the fields' bytes, one after the other
        QList<qsizetype> ends; // where each field ends in `data`

        qsizetype size() const { return ends.size(); }
        QByteArrayView field(qsizetype index) const
        {
            const qsizetype start = index == 0 ? 0 : ends[index - 1];
            return QByteArrayView(data).sliced(start, ends[index] - start);
        }
        // The fields as byte arrays of their own, e.g. to keep them.
        QList<QByteArray> fields() const
        {
            QList<QByteArray> result;
            for (qsizetype index = 0; index < size(); ++index)
                result.append(field(index).toByteArray());
            return result;
        }
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
    // Bytes that end or start something: the delimiter, a quote, a line
    // break, and NUL (which makes the file not a text file).
    bool isSpecial(char c) const { return m_special[static_cast<unsigned char>(c)]; }
    void endField();

    char m_delimiter;
    qsizetype m_maxRecordSize;
    std::array<bool, 256> m_special{};
    State m_state = State::FieldStart;
    Record m_record;
    qsizetype m_recordSize = 0;
    bool m_recordHasContent = false;
    bool m_skipLineFeed = false; // the last byte was a CR ending a record
    qint64 m_line = 1;
    qint64 m_problemLine = 0;
};

} // namespace ep
