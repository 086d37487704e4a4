#include "export/filewriting.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace ep {
namespace {

struct FileWriting
{
    Q_DECLARE_TR_FUNCTIONS(FileWriting)
};

} // namespace

QString writeWholeFile(const QString &path, const QByteArray &contents)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size() ||
        !file.commit()) {
        return FileWriting::tr("%1 cannot be written: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    }
    return {};
}

} // namespace ep
