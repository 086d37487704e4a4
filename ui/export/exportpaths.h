#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace ep {

// Where the window saves documents and exports, shared by every "Save as"
// of the Documents menu and dialogs.
class ExportPaths final
{
    Q_DECLARE_TR_FUNCTIONS(ExportPaths)

public:
    // The folder saved into last, else the user's Documents folder.
    static QString folder();
    // Remembers the folder of a file just written, for the next "Save as".
    static void remember(const QString &savedFile);

    // Asks where to write a CSV file, offering "CSV for Excel" (semicolons
    // and a byte order mark, first) and RFC 4180 CSV, and with `withVCard` a
    // vCard address book; starts at `name` in folder(). Returns the path
    // (ending .vcf when the vCard was chosen), empty when cancelled; `excel`
    // says whether the Excel form was chosen.
    static QString askCsv(QWidget *parent, const QString &title, const QString &name, bool *excel,
                          bool withVCard = false);
};

} // namespace ep
