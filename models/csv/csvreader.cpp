#include "csv/csvreader.h"

#include <QIODevice>

namespace ep {

CsvReader::CsvReader(char delimiter, qsizetype maxRecordSize)
    : m_delimiter(delimiter)
    , m_maxRecordSize(maxRecordSize)
{
    for (char c : {delimiter, '"', '\n', '\r', '\0'})
        m_special[static_cast<unsigned char>(c)] = true;
}

void CsvReader::endField()
{
    m_record.ends.append(m_record.data.size());
}

bool CsvReader::endRecord(const RecordHandler &handler)
{
    endField();
    const bool blankLine = !m_recordHasContent;
    bool goOn = true;
    if (!blankLine)
        goOn = handler(m_record);
    // Room kept for the next record (unless the handler kept a copy).
    m_record.data.resize(0);
    m_record.ends.resize(0);
    m_recordSize = 0;
    m_recordHasContent = false;
    m_state = State::FieldStart;
    return goOn;
}

CsvReader::Status CsvReader::read(QIODevice *device, const RecordHandler &handler)
{
    static constexpr qint64 chunkSize = 64 * 1024;
    bool atStart = true;
    m_record.line = m_line;
    QByteArray chunk(chunkSize, Qt::Uninitialized);
    for (;;) {
        chunk.resize(chunkSize);
        const qint64 got = device->read(chunk.data(), chunkSize);
        if (got < 0)
            return Status::ReadError;
        if (got == 0)
            break;
        chunk.resize(got);
        qsizetype i = 0;
        if (atStart) {
            atStart = false;
            if (chunk.startsWith("\xEF\xBB\xBF"))
                i = 3;
        }
        for (; i < chunk.size(); ++i) {
            // Most bytes are text inside a field: take a run of them at once.
            if ((m_state == State::Unquoted || m_state == State::Quoted) && !m_skipLineFeed) {
                qsizetype end = i;
                while (end < chunk.size() && !isSpecial(chunk[end]))
                    ++end;
                if (end > i) {
                    m_recordSize += end - i;
                    if (m_recordSize > m_maxRecordSize) {
                        m_problemLine = m_record.line;
                        return Status::RecordTooLong;
                    }
                    m_record.data.append(chunk.constData() + i, end - i);
                    i = end;
                    if (i == chunk.size())
                        break;
                }
            }
            const char c = chunk[i];
            if (c == '\0') {
                m_problemLine = m_line;
                return Status::NotText;
            }
            if (m_skipLineFeed) {
                m_skipLineFeed = false;
                if (c == '\n')
                    continue;
            }
            if (++m_recordSize > m_maxRecordSize) {
                m_problemLine = m_record.line;
                return Status::RecordTooLong;
            }
            const bool lineBreak = c == '\n' || c == '\r';
            switch (m_state) {
            case State::FieldStart:
            case State::Unquoted:
            case State::QuoteInQuoted:
                if (c == m_delimiter) {
                    m_recordHasContent = true;
                    endField();
                    m_state = State::FieldStart;
                } else if (lineBreak) {
                    m_skipLineFeed = c == '\r';
                    ++m_line;
                    if (!endRecord(handler))
                        return Status::Cancelled;
                    m_record.line = m_line;
                } else if (c == '"' && m_state == State::FieldStart) {
                    m_recordHasContent = true;
                    m_state = State::Quoted;
                } else if (c == '"' && m_state == State::QuoteInQuoted) {
                    m_record.data.append('"'); // a doubled quote inside quotes
                    m_state = State::Quoted;
                } else {
                    m_recordHasContent = true;
                    m_record.data.append(c);
                    m_state = State::Unquoted;
                }
                break;
            case State::Quoted:
                if (c == '"') {
                    m_state = State::QuoteInQuoted;
                } else {
                    if (c == '\n')
                        ++m_line;
                    m_record.data.append(c);
                }
                break;
            }
        }
    }
    if (m_state == State::Quoted) {
        m_problemLine = m_record.line;
        return Status::UnclosedQuote;
    }
    if (m_recordHasContent) {
        if (!endRecord(handler))
            return Status::Cancelled;
    }
    return Status::Done;
}

} // namespace ep
