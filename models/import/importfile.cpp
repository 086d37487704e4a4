#include "import/importfile.h"

#include <QFile>
#include <QFileInfo>

namespace ep {

ImportFile::ImportFile(const QString &path)
    : m_path(path)
{}

bool ImportFile::open()
{
    const QFileInfo info(m_path);
    QFile input(m_path);
    if (!input.open(QIODevice::ReadOnly)) {
        m_error = tr("%1 cannot be opened: %2").arg(m_path, input.errorString());
        return false;
    }
    if (info.isDir()) {
        m_error = tr("%1 is a folder, not a spreadsheet's CSV file.").arg(m_path);
        return false;
    }
    return info.isFile() || copy(input);
}

bool ImportFile::copy(QIODevice &input)
{
    if (!m_copy.open()) {
        m_error = tr("%1 cannot be read: no temporary file for it (%2).")
                      .arg(m_path, m_copy.errorString());
        return false;
    }
    constexpr qint64 chunk = 64 * 1024;
    QByteArray buffer(chunk, Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        const qint64 read = input.read(buffer.data(), chunk);
        if (read < 0) {
            m_error = tr("%1 cannot be read: %2").arg(m_path, input.errorString());
            return false;
        }
        if (read == 0)
            break;
        if (m_copy.write(buffer.constData(), read) != read) {
            m_error = tr("%1 cannot be read: its temporary copy cannot be written (%2).")
                          .arg(m_path, m_copy.errorString());
            return false;
        }
        // A NUL byte at the start is a file the import refuses anyway, by its
        // start (ImportMessages::binaryProblem): no need to read on.
        if (total == 0 && buffer.first(read).contains('\0'))
            break;
        total += read;
        if (total > maxPipedSize) {
            m_error = tr("%1 goes on beyond %2 MiB; that is not a spreadsheet's CSV file.")
                          .arg(m_path)
                          .arg(maxPipedSize / (1024 * 1024));
            return false;
        }
    }
    m_copy.close();
    m_copied = true;
    return true;
}

} // namespace ep
