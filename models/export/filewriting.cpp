#include "export/filewriting.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QSaveFile>

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

} // namespace ep
