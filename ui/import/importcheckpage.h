#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace ep {

class ImportWizard;

// Step 4: the whole file checked against the database, nothing written yet:
// how many people are new, how many are already stored, how many rows
// cannot be imported and why. "Import" writes it all, or nothing.
class ImportCheckPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportCheckPage(ImportWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void check();
    void showReport();
    void updateLeaveOut();
    void leaveOutColumn();
    qsizetype problemColumn() const;

    ImportWizard *m_wizard;
    QLabel *m_summary;
    QTableWidget *m_problems;
    QCheckBox *m_overwrite;
    QLabel *m_overwriteNote; // what the box does, wrapped below it
    QCheckBox *m_skipInvalid;
    QPushButton *m_leaveOut; // the column of the problem chosen
};

} // namespace ep
