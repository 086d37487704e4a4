#pragma once

#include "import/importreport.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>

namespace ep {

// Imports participants of an event, or contact people, from a CSV file, in
// one transaction: everything is written, or nothing (a problem, a dry run,
// cancelling). The file is streamed, never loaded whole; the window's wizard,
// the command line and the tests all run this.
class SpreadsheetImport final
{
    Q_DECLARE_TR_FUNCTIONS(SpreadsheetImport)

public:
    // Called after each row with the bytes read so far; returns false to cancel.
    using Progress = std::function<bool(qint64 bytesRead, qint64 bytesTotal)>;

    static ImportReport run(QSqlDatabase db, const QString &path, const ImportSettings &settings,
                            const Progress &progress = {});
};

} // namespace ep
