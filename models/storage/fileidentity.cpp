#include "storage/fileidentity.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <optional>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace ep {
namespace {

// Where a file not yet there would be created: its folder's canonical path
// and its name.
QString placeOf(const QString &path)
{
    const QFileInfo info(path);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? QDir::cleanPath(info.absoluteFilePath())
                            : folder % u'/' % info.fileName();
}

struct Identity
{
    QString canonicalPath;
#ifdef Q_OS_UNIX
    dev_t device = 0;
    ino_t inode = 0;
#endif
};

std::optional<Identity> identityOf(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return std::nullopt;
    return Identity{{}, status.st_dev, status.st_ino};
#else
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (canonical.isEmpty())
        return std::nullopt;
    return Identity{canonical};
#endif
}

} // namespace

bool isSameFile(const QString &one, const QString &other)
{
    const std::optional<Identity> first = identityOf(one);
    const std::optional<Identity> second = identityOf(other);
    if (!first && !second)
        return placeOf(one) == placeOf(other);
    if (!first || !second)
        return false;
#ifdef Q_OS_UNIX
    return first->device == second->device && first->inode == second->inode;
#else
    return first->canonicalPath.compare(second->canonicalPath, Qt::CaseInsensitive) == 0;
#endif
}

} // namespace ep
