#include "storage/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace ep::privatefiles {
namespace {

constexpr QFile::Permissions ownerFile = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions ownerFolder = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
constexpr QFile::Permissions othersAccess = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                            QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;

} // namespace

bool createEmpty(const QString &path, QString *error)
{
    QFile file(path);
    // Made with its mode (O_CREAT|O_EXCL), never readable by others for a moment.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerFile)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool makeFolder(const QString &path)
{
    const QFileInfo folder(path);
    if (folder.isDir())
        return true;
    const QString above = folder.absolutePath(); // the folder that holds it
    if (above != folder.absoluteFilePath() && !makeFolder(above))
        return false;
    // Another program may have made it meanwhile.
    return QDir().mkdir(folder.absoluteFilePath(), ownerFolder) ||
           QFileInfo(folder.absoluteFilePath()).isDir();
}

bool restrictToOwner(const QString &path)
{
    const QFileInfo info(path);
    const QFile::Permissions mode = info.permissions();
    if (!(mode & othersAccess))
        return true;
    return QFile::setPermissions(path, mode & (info.isDir() ? ownerFolder : ownerFile));
}

OwnerOnlyFiles::OwnerOnlyFiles()
    : m_previous(::umask(077))
{}

OwnerOnlyFiles::~OwnerOnlyFiles()
{
    ::umask(mode_t(m_previous));
}

} // namespace ep::privatefiles
