#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <list>

struct zip;
struct zip_source;

namespace ep {

// A ZIP archive made in memory with libzip (Debian's libzip-dev): members
// added by name, the archive's bytes when finished, for the caller to write
// whole (writeWholeFile()). Names are UTF-8, folders written as "agenda/…";
// every member dated `modified`.
class EvidenceArchive final
{
public:
    explicit EvidenceArchive(QDateTime modified = QDateTime::currentDateTime());
    ~EvidenceArchive();
    Q_DISABLE_COPY_MOVE(EvidenceArchive)

    // False (see error()) when libzip refuses the member.
    bool add(const QString &name, const QByteArray &contents);
    // The whole archive; empty when it could not be made (see error()).
    QByteArray finish();
    QString error() const { return m_error; }

private:
    void fail(const QString &reason);

    zip_source *m_source = nullptr; // the archive's bytes, kept after zip_close()
    zip *m_zip = nullptr;
    std::list<QByteArray> m_contents; // libzip reads them only when the archive closes
    QDateTime m_modified;
    QString m_error;
};

} // namespace ep
