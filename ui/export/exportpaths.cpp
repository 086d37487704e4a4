#include "export/exportpaths.h"

#include "export/filewriting.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace ep {

QString ExportPaths::folder()
{
    return QSettings()
        .value(QStringLiteral("documents/folder"),
               QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .toString();
}

void ExportPaths::remember(const QString &savedFile)
{
    QSettings().setValue(QStringLiteral("documents/folder"), QFileInfo(savedFile).absolutePath());
}

QString ExportPaths::askCsv(QWidget *parent, const QString &title, const QString &name, bool *excel,
                            bool withVCard)
{
    const QString excelFilter = tr("CSV for Excel, with semicolons (*.csv)");
    QStringList filters{excelFilter, tr("CSV, comma-separated (RFC 4180) (*.csv)")};
    if (withVCard)
        filters.append(tr("vCard address book (*.vcf)"));
    QString chosen = excelFilter;
    QString path = QFileDialog::getSaveFileName(
        parent, title, QDir(folder()).filePath(portableFileName(name) % u".csv"),
        filters.join(u";;"), &chosen);
    if (path.isEmpty())
        return {};
    // The file gets the ending of the format chosen, which decides how it is written.
    const QFileInfo file(path);
    const QString ending = withVCard && chosen == filters.last() ? u"vcf"_qs : u"csv"_qs;
    if (file.suffix().toLower() != ending)
        path = file.dir().filePath(file.completeBaseName() % u'.' % ending);
    *excel = chosen == excelFilter;
    return path;
}

} // namespace ep
