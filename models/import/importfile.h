#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTemporaryFile>

namespace ep {

// The spreadsheet a command names, readable as often as importing it takes
// (detecting its format, then reading its rows): a regular file as it is; a
// pipe, a FIFO or a device — `import … <(…)`, `mkfifo` — read once into a
// temporary file, which is read from then on. Read twice, a pipe gives its
// rows to the first reader and nothing (or a wait for ever) to the second.
class ImportFile final
{
    Q_DECLARE_TR_FUNCTIONS(SpreadsheetImport)

public:
    // More is not a spreadsheet's CSV but an endless stream (/dev/zero, `yes`).
    static constexpr qint64 maxPipedSize = qint64(1) << 30;

    explicit ImportFile(const QString &path);
    Q_DISABLE_COPY_MOVE(ImportFile)

    // Opens the file, reading a pipe to its end; false with error() when it
    // cannot be read.
    bool open();
    QString error() const { return m_error; }
    // The regular file to import: the one named, or the copy of a pipe.
    QString path() const { return m_copied ? m_copy.fileName() : m_path; }
    bool isCopy() const { return m_copied; }

private:
    bool copy(QIODevice &input);

    QString m_path;
    QTemporaryFile m_copy;
    bool m_copied = false;
    QString m_error;
};

} // namespace ep
