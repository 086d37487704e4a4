#include "storage/backups.h"

#include "storage/database.h"
#include "storage/privatefiles.h"
#include "storage/sql.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QStandardPaths>

#include <algorithm>
#include <numeric>

namespace ep {
namespace {

constexpr QStringView stampFormat = u"yyyy-MM-dd-HHmmss";

QString suffixOf(const QFileInfo &file)
{
    return file.suffix().isEmpty() ? QStringLiteral("sqlite") : file.suffix();
}

// The automatic copies in `folder` of a database named `baseName`, with the
// times their names give.
QList<std::pair<QString, QDateTime>> automaticCopies(const QDir &folder, const QString &baseName,
                                                     const QString &suffix)
{
    const QRegularExpression name(QRegularExpression::anchoredPattern(
        QRegularExpression::escape(baseName) % u"-(\\d{4}-\\d\\d-\\d\\d-\\d{6})\\." %
        QRegularExpression::escape(suffix)));
    QList<std::pair<QString, QDateTime>> copies;
    const QStringList files = folder.entryList(QDir::Files);
    for (const QString &file : files) {
        const QRegularExpressionMatch match = name.match(file);
        if (!match.hasMatch())
            continue;
        const QDateTime written = QDateTime::fromString(match.captured(1), stampFormat);
        if (written.isValid())
            copies.append({folder.filePath(file), written});
    }
    return copies;
}

QStringList removeUnkept(const QList<std::pair<QString, QDateTime>> &copies)
{
    QList<QDateTime> times;
    for (const auto &copy : copies)
        times.append(copy.second);
    const QList<qsizetype> kept = Backups::kept(times);
    QStringList removed;
    for (qsizetype i = 0; i < copies.size(); ++i) {
        if (!kept.contains(i) && QFile::remove(copies[i].first))
            removed.append(copies[i].first);
    }
    return removed;
}

} // namespace

Backups::Copy Backups::describe(const QString &path, Kind kind, const QDateTime &written)
{
    Copy copy;
    copy.path = path;
    copy.kind = kind;
    copy.written = written.isValid() ? written : QFileInfo(path).lastModified();
    copy.size = QFileInfo(path).size();
    Database database;
    const Database::OpenResult opened = database.openToRead(path);
    if (!opened.ok()) {
        copy.problem = opened.message;
        return copy;
    }
    QSqlError error;
    copy.schemaVersion = database.schemaVersion();
    copy.events = sql::count(database.connection(), QStringLiteral("SELECT count(*) FROM events"),
                             {}, &error);
    if (!error.isValid()) {
        copy.people = sql::count(database.connection(),
                                 QStringLiteral("SELECT count(*) FROM people"), {}, &error);
    }
    if (error.isValid())
        copy.problem = Database::describeFailure(database.connection(), error);
    return copy;
}

QString Backups::folderFor(const QString &databasePath)
{
    const QFileInfo file(databasePath);
    const QString identity = file.exists() ? file.canonicalFilePath() : file.absoluteFilePath();
    const QByteArray hash =
        QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha1).toHex().left(8);
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"backups/"_qs % file.completeBaseName() % u'-' % QLatin1StringView(hash));
}

QList<qsizetype> Backups::kept(const QList<QDateTime> &times)
{
    QList<qsizetype> newestFirst(times.size());
    std::iota(newestFirst.begin(), newestFirst.end(), 0);
    std::stable_sort(newestFirst.begin(), newestFirst.end(),
                     [&times](qsizetype a, qsizetype b) { return times[a] > times[b]; });
    QSet<QDate> days;
    QSet<int> weeks;
    QList<qsizetype> kept;
    for (const qsizetype index : newestFirst) {
        const QDate day = times[index].date();
        if (days.contains(day))
            continue; // an older copy of a day kept
        if (days.size() < dailyCopies) {
            days.insert(day);
            kept.append(index);
            continue;
        }
        int weekYear = 0;
        const int week = day.weekNumber(&weekYear) + weekYear * 100;
        if (!weeks.contains(week) && weeks.size() < weeklyCopies) {
            weeks.insert(week);
            kept.append(index);
        }
    }
    std::sort(kept.begin(), kept.end());
    return kept;
}

Backups::Outcome Backups::backUpIfDue(const QString &databasePath, const QDateTime &now)
{
    return backUp(databasePath, now, true);
}

Backups::Outcome Backups::backUpNow(const QString &databasePath, const QDateTime &now)
{
    return backUp(databasePath, now, false);
}

Backups::Outcome Backups::backUp(const QString &databasePath, const QDateTime &now, bool onlyIfDue)
{
    Outcome outcome;
    const QFileInfo file(databasePath);
    const QDir folder(folderFor(databasePath));
    const QList<std::pair<QString, QDateTime>> earlier =
        automaticCopies(folder, file.completeBaseName(), suffixOf(file));
    if (onlyIfDue && std::any_of(earlier.cbegin(), earlier.cend(), [&now](const auto &copy) {
            return copy.second.date() == now.date();
        }))
        return outcome;
    auto failed = [&outcome, &databasePath](const QString &reason) {
        outcome.status = Outcome::Status::Failed;
        outcome.message = tr("The automatic backup of %1 was not written: %2")
                              .arg(QDir::toNativeSeparators(databasePath), reason);
        return outcome;
    };
    Database database;
    if (const Database::OpenResult opened = database.openToRead(databasePath); !opened.ok())
        return failed(opened.message);
    // An empty database has nothing to lose; its first copy is written at
    // the first start after something was entered.
    if (onlyIfDue && database.holdsNoData())
        return outcome;
    if (!privatefiles::makeFolder(folder.path()))
        return failed(
            tr("the folder %1 cannot be made").arg(QDir::toNativeSeparators(folder.path())));
    QDateTime stamp = now;
    QString path;
    do {
        path = folder.filePath(file.completeBaseName() % u'-' % stamp.toString(stampFormat) % u'.' %
                               suffixOf(file));
        stamp = stamp.addSecs(1);
    } while (QFileInfo::exists(path));
    if (const QSqlError error = database.backupTo(path); error.isValid())
        return failed(error.text());
    outcome.status = Outcome::Status::Written;
    outcome.path = path;
    outcome.removedOlder =
        removeUnkept(automaticCopies(folder, file.completeBaseName(), suffixOf(file)));
    return outcome;
}

QList<Backups::Copy> Backups::list(const QString &databasePath)
{
    const QFileInfo file(databasePath);
    QList<Copy> copies;
    for (const auto &[path, written] :
         automaticCopies(QDir(folderFor(databasePath)), file.completeBaseName(), suffixOf(file)))
        copies.append(describe(path, Kind::Automatic, written));
    const QDir beside = file.absoluteDir();
    const QString suffix = u'.' % suffixOf(file);
    for (const QString &name :
         beside.entryList({file.completeBaseName() % u".schema-v*-backup-*" % suffix}, QDir::Files))
        copies.append(describe(beside.filePath(name), Kind::BeforeUpgrade, {}));
    for (const QString &name :
         beside.entryList({file.completeBaseName() % u".before-restore-*" % suffix}, QDir::Files))
        copies.append(describe(beside.filePath(name), Kind::BeforeRestore, {}));
    std::stable_sort(copies.begin(), copies.end(),
                     [](const Copy &a, const Copy &b) { return a.written > b.written; });
    return copies;
}

} // namespace ep
