#include "documents/evidencearchive.h"

#include <zip.h>

namespace ep {

EvidenceArchive::EvidenceArchive(QDateTime modified)
    : m_modified(std::move(modified))
{
    zip_error_t error;
    zip_error_init(&error);
    m_source = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (m_source)
        m_zip = zip_open_from_source(m_source, ZIP_TRUNCATE, &error);
    if (!m_zip) {
        fail(QString::fromUtf8(zip_error_strerror(&error)));
        if (m_source)
            zip_source_free(m_source);
        m_source = nullptr;
    } else {
        zip_source_keep(m_source); // for finish() to read after zip_close()
    }
    zip_error_fini(&error);
}

EvidenceArchive::~EvidenceArchive()
{
    if (m_zip)
        zip_discard(m_zip);
    if (m_source)
        zip_source_free(m_source);
}

void EvidenceArchive::fail(const QString &reason)
{
    if (m_error.isEmpty())
        m_error = reason;
}

bool EvidenceArchive::add(const QString &name, const QByteArray &contents)
{
    if (!m_zip)
        return false;
    const QByteArray &kept = m_contents.emplace_back(contents);
    zip_source_t *member = zip_source_buffer(m_zip, kept.constData(), zip_uint64_t(kept.size()), 0);
    const zip_int64_t index =
        member ? zip_file_add(m_zip, name.toUtf8().constData(), member, ZIP_FL_ENC_UTF_8) : -1;
    if (index < 0) {
        if (member)
            zip_source_free(member);
        fail(QString::fromUtf8(zip_strerror(m_zip)));
        return false;
    }
    zip_file_set_mtime(m_zip, zip_uint64_t(index), time_t(m_modified.toSecsSinceEpoch()), 0);
    return true;
}

QByteArray EvidenceArchive::finish()
{
    if (!m_zip || !m_error.isEmpty())
        return {};
    if (zip_close(m_zip) < 0) {
        fail(QString::fromUtf8(zip_strerror(m_zip)));
        return {};
    }
    m_zip = nullptr;
    QByteArray bytes;
    if (zip_source_open(m_source) < 0) {
        fail(QString::fromUtf8(zip_error_strerror(zip_source_error(m_source))));
        return {};
    }
    zip_source_seek(m_source, 0, SEEK_END);
    const zip_int64_t size = zip_source_tell(m_source);
    zip_source_seek(m_source, 0, SEEK_SET);
    bytes.resize(qsizetype(std::max<zip_int64_t>(size, 0)));
    const zip_int64_t read = zip_source_read(m_source, bytes.data(), zip_uint64_t(bytes.size()));
    zip_source_close(m_source);
    if (read != size) {
        fail(QString::fromUtf8(zip_error_strerror(zip_source_error(m_source))));
        return {};
    }
    return bytes;
}

} // namespace ep
