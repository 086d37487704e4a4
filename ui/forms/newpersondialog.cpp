#include "forms/newpersondialog.h"

#include "forms/personform.h"
#include "widgets/taborder.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace ep {

NewPersonDialog::NewPersonDialog(const Workspace &workspace, const QString &name, QWidget *parent)
    : ReadingOrderDialog(parent)
    , m_form(new PersonForm(workspace, this))
{
    setWindowTitle(tr("New Person"));
    m_form->setHistoryVisible(false);
    m_form->enterName(name);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form, 1);
    layout->addWidget(buttons);
    // Tab as the dialog is read: the person's fields top to bottom, then the buttons.
    orderTabs([this, buttons] { return m_form->tabStops() + taborder::stopsOf(buttons); });
    resize(760, 720); // Polish and German labels beside their fields
    m_form->firstField()->setFocus();
}

int NewPersonDialog::personId() const
{
    return m_form->recordId();
}

void NewPersonDialog::accept()
{
    if (m_form->save())
        QDialog::accept();
}

} // namespace ep
