#include "export/filewriting.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryDir>

namespace ep {

QString portableFileName(const QString &name)
{
    static const QRegularExpression refused(QStringLiteral("[:\\\\/*?\"<>|\\x00-\\x1f\\x7f]+"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    static const QRegularExpression dashes(QStringLiteral("(\\s*-\\s*){2,}"));
    static const QRegularExpression reserved(
        QStringLiteral("^(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\\..*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    QString portable = name;
    portable.replace(refused, QStringLiteral(" - "));
    portable.replace(spaces, QStringLiteral(" "));
    portable.replace(dashes, QStringLiteral(" - "));
    portable = portable.left(120);
    static const QRegularExpression edges(QStringLiteral("^[\\s.-]+|[\\s.-]+$"));
    portable.remove(edges);
    if (portable.isEmpty())
        return QStringLiteral("document");
    if (reserved.match(portable).hasMatch())
        portable.prepend(u'_');
    return portable;
}

namespace {

struct FileWriting
{
    Q_DECLARE_TR_FUNCTIONS(FileWriting)
};

} // namespace

QString writeWholeFile(const QString &path, const QByteArray &contents)
{
    return writeWholeFile(path, [&contents](QIODevice *file) {
        file->write(contents);
        return QString();
    });
}

QString writeWholeFile(const QString &path, const std::function<QString(QIODevice *)> &write)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        if (const QString error = write(&file); !error.isEmpty()) {
            file.cancelWriting();
            return error;
        }
        if (file.commit())
            return {};
    }
    return FileWriting::tr("%1 cannot be written: %2")
        .arg(QDir::toNativeSeparators(path), file.errorString());
}

QString writeWholeFolder(const QString &folder, const std::function<QString(const QDir &)> &fill)
{
    const QFileInfo target(folder);
    const QString shown = QDir::toNativeSeparators(folder);
    const auto said = [](const char *text) {
        return QCoreApplication::translate("FileWriting", text);
    };
    if (target.exists() && !target.isDir())
        return said(QT_TRANSLATE_NOOP("FileWriting", "%1 is a file, not a folder.")).arg(shown);
    if (target.exists() &&
        !QDir(folder).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        return said(QT_TRANSLATE_NOOP("FileWriting",
                                      "%1 is not empty; the files go into a new or empty folder."))
            .arg(shown);
    }
    const QDir parent = target.absoluteDir();
    if (!parent.exists() && !QDir().mkpath(parent.path())) {
        return said(QT_TRANSLATE_NOOP("FileWriting", "%1: the folder %2 cannot be made."))
            .arg(shown, QDir::toNativeSeparators(parent.path()));
    }
    QTemporaryDir written(parent.filePath(u"."_qs % target.fileName() % u"-XXXXXX"));
    if (!written.isValid()) {
        return said(QT_TRANSLATE_NOOP("FileWriting", "%1 cannot be written: %2"))
            .arg(shown, written.errorString());
    }
    if (const QString error = fill(QDir(written.path())); !error.isEmpty())
        return error;
    if (target.exists() && !parent.rmdir(target.fileName()))
        return said(QT_TRANSLATE_NOOP("FileWriting", "%1 cannot be replaced.")).arg(shown);
    if (!QDir().rename(written.path(), target.absoluteFilePath()))
        return said(QT_TRANSLATE_NOOP("FileWriting", "%1 cannot be written.")).arg(shown);
    written.setAutoRemove(false);
    return {};
}

} // namespace ep
