#pragma once

#include "import/importfields.h"

#include <QWizardPage>

class QLabel;
class QTableWidget;

namespace ep {

class ImportWizard;

// Step 3: which column holds what. Columns are matched by their names (in
// German, Polish or English) or as last time for the same columns; unknown
// columns are left out; every choice can be changed.
class ImportMappingPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportMappingPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // The settings key under which the mapping of these columns is remembered.
    static QString settingsKey(const QStringList &headers);

private:
    QList<Field> chosen() const;
    void check();

    ImportWizard *m_wizard;
    QTableWidget *m_table;
    QLabel *m_problem;
    bool m_fine = false;
};

} // namespace ep
