#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace ep {

class ImportWizard;

// Step 2: the file as read: its first rows in a table, with the encoding,
// the delimiter and the row of column names as detected, each changeable.
class ImportFormatPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFormatPage(ImportWizard *wizard);

    void initializePage() override;
    bool validatePage() override;

private:
    void showPreview();

    ImportWizard *m_wizard;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QSpinBox *m_headerRow;
    QTableWidget *m_preview;
    QLabel *m_problem;
};

} // namespace ep
