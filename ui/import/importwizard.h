#pragma once

#include "csv/csvformat.h"
#include "editing/workspace.h"
#include "import/importfields.h"
#include "import/spreadsheetimport.h"

#include <QWizard>

namespace ep {

// What the wizard's pages settle, page by page.
struct ImportPlan
{
    QString path;
    ImportTarget target = ImportTarget::Participants;
    int eventId = 0;
    CsvFormat format;
    QStringList headers;  // the file's column names, as `format` reads them
    QList<Field> mapping; // one field per header
    bool overwriteStoredValues = false;
    bool skipInvalidRows = false;
    ImportReport report; // of the last check or import

    ImportSettings settings(bool dryRun) const;
};

// Imports participants of an event, or contact people, from a spreadsheet
// saved as CSV: choose the file → see it as read (encoding, delimiter, the
// row with the column names, each detected and changeable) → say which
// column holds what → check (nothing written yet) → import, all or nothing.
class ImportWizard final : public QWizard
{
    Q_OBJECT

public:
    enum Page
    {
        FilePage,
        FormatPage,
        MappingPage,
        CheckPage,
        ResultPage
    };

    // `eventId` 0 lets the user pick the event.
    ImportWizard(const Workspace &workspace, ImportTarget target, int eventId,
                 QWidget *parent = nullptr);

    const Workspace &workspace() const { return m_workspace; }
    ImportPlan &plan() { return m_plan; }
    // After an import: what was written, for the window's status bar — the
    // rows imported, not those read ("Imported 4 rows …; 1 invalid row left out").
    QString outcome() const;

    // Runs the import (or its dry run) under a progress dialog the user can
    // cancel; the outcome goes to plan().report. True when it ran to the end.
    bool runImport(bool dryRun);

private:
    Workspace m_workspace;
    ImportPlan m_plan;
};

} // namespace ep
