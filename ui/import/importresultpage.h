#pragma once

#include <QWizardPage>

class QLabel;

namespace ep {

class ImportWizard;

// Step 5: what was written.
class ImportResultPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportResultPage(ImportWizard *wizard);

    void initializePage() override;

private:
    ImportWizard *m_wizard;
    QLabel *m_summary;
};

} // namespace ep
