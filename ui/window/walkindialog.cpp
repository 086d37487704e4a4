#include "window/walkindialog.h"

#include "widgets/issuelabels.h"
#include "widgets/organisationcombobox.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace ep {

WalkInDialog::WalkInDialog(QSqlDatabase db, const QString &sheet, QWidget *parent)
    : ReadingOrderDialog(parent)
    , m_firstName(new QLineEdit(this))
    , m_lastName(new QLineEdit(this))
    , m_organisation(new OrganisationComboBox(std::move(db), this))
    , m_email(new QLineEdit(this))
    , m_problem(IssueLabels::makeLabel(this))
{
    setObjectName(QStringLiteral("walkInDialog"));
    setWindowTitle(tr("Add Walk-in"));
    m_firstName->setObjectName(QStringLiteral("firstName"));
    m_lastName->setObjectName(QStringLiteral("lastName"));
    m_organisation->setObjectName(QStringLiteral("organisation"));
    m_email->setObjectName(QStringLiteral("email"));
    m_problem->setObjectName(QStringLiteral("problem"));
    // Typing the name mends it: the message goes.
    connect(m_lastName, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!text.trimmed().isEmpty())
            showProblem(QString());
    });
    auto *intro =
        new QLabel(tr("Someone who signed a blank row of the sheet of %1.").arg(sheet), this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&First name:"), m_firstName);
    form->addRow(tr("&Last name:"), m_lastName);
    form->addRow(tr("&Organisation:"), m_organisation);
    form->addRow(tr("&Email:"), m_email);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &WalkInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &WalkInDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    orderTabs(form, buttons);
    setMinimumWidth(440);
}

Person WalkInDialog::person() const
{
    Person person;
    person.firstName = m_firstName->text().trimmed();
    person.lastName = m_lastName->text().trimmed();
    person.organisationId = m_organisation->organisationId();
    person.email = m_email->text().trimmed();
    return person;
}

QString WalkInDialog::organisationName() const
{
    return m_organisation->organisationId() == 0 ? QString() : m_organisation->currentText();
}

void WalkInDialog::accept()
{
    if (m_lastName->text().trimmed().isEmpty()) {
        showProblem(tr("The last name is missing: write it as the sheet gives it."));
        m_lastName->setFocus();
        return;
    }
    ReadingOrderDialog::accept();
}

void WalkInDialog::showProblem(const QString &message)
{
    m_problem->setMessage(message);
    describeField(m_lastName, message);
}

} // namespace ep
