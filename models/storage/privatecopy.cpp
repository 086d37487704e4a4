#include "storage/privatecopy.h"

#include "storage/database.h"
#include "storage/privatefiles.h"
#include "storage/sql.h"
#include "storage/unfinishedfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ep::privatecopy {
namespace {

QSqlError failure(const QString &text)
{
    return QSqlError(QString(), text, QSqlError::UnknownError);
}

} // namespace

QSqlError write(const QString &path, const std::function<QSqlError(const QString &)> &write)
{
    if (QFileInfo::exists(path))
        return failure(Database::tr("%1 already exists").arg(path));
    const QString partial = path % u".partial"_qs;
    // Recorded until renamed or removed (UnfinishedFile).
    const UnfinishedFile unfinished(partial);
    QFile::remove(partial);
    // The copy holds what the database holds: its owner's alone, whatever
    // the database's own mode (VACUUM INTO writes into an empty file).
    if (QString reason; !privatefiles::createEmpty(partial, &reason))
        return failure(Database::tr("%1 cannot be written: %2").arg(partial, reason));
    QSqlError error = write(partial);
    if (!error.isValid() && !QFile::rename(partial, path))
        error = failure(Database::tr("%1 cannot be written").arg(path));
    if (error.isValid())
        QFile::remove(partial);
    return error;
}

QSqlError vacuumInto(const QSqlDatabase &db, const QString &path)
{
    return write(path, [&db](const QString &partial) {
        return sql::run(db, QStringLiteral("VACUUM INTO :path"),
                        {{QStringLiteral(":path"), QDir::toNativeSeparators(partial)}});
    });
}

} // namespace ep::privatecopy
