#pragma once

#include <QWizardPage>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace ep {

class ImportWizard;

// Step 1: what to import (participants of which event, or contact people)
// and from which file.
class ImportFilePage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();

    ImportWizard *m_wizard;
    QRadioButton *m_participants;
    QRadioButton *m_contacts;
    QComboBox *m_event;
    QLineEdit *m_path;
    QLabel *m_problem;
};

} // namespace ep
