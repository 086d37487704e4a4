#include "storage/upgradebackup.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace ep::upgradebackup {
namespace {

// NAME.schema-vN-backup-, the part all copies of a version share.
QString prefixOf(const QFileInfo &file, int version)
{
    return file.completeBaseName() % u".schema-v" % QString::number(version) % u"-backup-";
}

QString suffixOf(const QFileInfo &file)
{
    return file.suffix().isEmpty() ? QStringLiteral("sqlite") : file.suffix();
}

} // namespace

QString newPath(const QString &path, int version)
{
    const QFileInfo file(path);
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString base = file.absoluteDir().filePath(prefixOf(file, version) % stamp);
    QString candidate = base % u'.' % suffixOf(file);
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = base % u'-' % QString::number(n) % u'.' % suffixOf(file);
    return candidate;
}

QString current(const QString &path, int version)
{
    const QFileInfo file(path);
    const QFileInfo log(path % u"-wal"_qs);
    if (log.exists() && log.size() > 0)
        return {};
    // Complete copies only: one being written is named *.partial.
    const QFileInfoList copies = file.absoluteDir().entryInfoList(
        {prefixOf(file, version) % u"*." % suffixOf(file)}, QDir::Files, QDir::Time);
    if (copies.isEmpty() || copies.first().lastModified() <= file.lastModified())
        return {};
    return copies.first().absoluteFilePath();
}

} // namespace ep::upgradebackup
