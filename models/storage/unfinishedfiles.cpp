#include "storage/unfinishedfiles.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

namespace ep {
namespace {

// The settings' group: one key per file, its path; the value, the writer.
constexpr auto group = "unfinishedFiles";

// A process told apart from a later one with the same id: its id and its
// start in clock ticks since boot (field 22 of /proc/PID/stat). Empty when
// the process does not run.
QString processStamp(qint64 pid)
{
    QFile stat(u"/proc/"_qs % QString::number(pid) % u"/stat"_qs);
    if (!stat.open(QIODevice::ReadOnly))
        return {};
    // The command name (field 2) is in parentheses and may hold spaces.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    constexpr int startTime = 22 - 3; // the fields after the name begin with field 3
    return fields.size() > startTime
               ? QString::number(pid) % u':' % QString::fromLatin1(fields[startTime])
               : QString();
}

// Settings keys may not hold '/' as text; a path becomes one key.
QString keyOf(const QString &path)
{
    return QString::fromLatin1(path.toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}

QString pathOf(const QString &key)
{
    return QString::fromUtf8(QByteArray::fromBase64(key.toLatin1(), QByteArray::Base64UrlEncoding));
}

} // namespace

UnfinishedFile::UnfinishedFile(QString path)
    : m_path(QFileInfo(path).absoluteFilePath())
{
    QSettings settings;
    settings.beginGroup(QLatin1String(group));
    settings.setValue(keyOf(m_path), processStamp(QCoreApplication::applicationPid()));
}

UnfinishedFile::~UnfinishedFile()
{
    QSettings settings;
    settings.beginGroup(QLatin1String(group));
    settings.remove(keyOf(m_path));
}

int UnfinishedFile::removeAbandoned()
{
    QSettings settings;
    settings.beginGroup(QLatin1String(group));
    int removed = 0;
    for (const QString &key : settings.childKeys()) {
        const QString writer = settings.value(key).toString();
        if (!writer.isEmpty() && processStamp(writer.section(u':', 0, 0).toLongLong()) == writer)
            continue; // still being written
        const QString path = pathOf(key);
        if (QFile::exists(path))
            ++removed;
        for (const QString &file : Database::fileWithCompanions(path))
            QFile::remove(file);
        settings.remove(key);
    }
    return removed;
}

} // namespace ep
