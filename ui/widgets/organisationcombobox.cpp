#include "widgets/organisationcombobox.h"

#include "storage/organisationrepository.h"

#include <QEvent>

namespace ep {

OrganisationComboBox::OrganisationComboBox(QSqlDatabase db, QWidget *parent)
    : QComboBox(parent)
    , m_db(std::move(db))
{
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(20);
    // As wide as the form allows: "Górnośląsko-Zagłębiowska Metropolia (GZM)".
    setSizePolicy(QSizePolicy::Expanding, sizePolicy().verticalPolicy());
    reload();
}

void OrganisationComboBox::reload()
{
    const int current = organisationId();
    const QSignalBlocker blocker(this);
    clear();
    addItem(tr("(none)"), 0);
    for (const auto &[id, label] : OrganisationRepository(m_db).choices())
        addItem(label, id);
    setOrganisationId(current);
}

int OrganisationComboBox::organisationId() const
{
    return currentData().toInt();
}

void OrganisationComboBox::setOrganisationId(int id)
{
    const int index = findData(id);
    setCurrentIndex(index >= 0 ? index : 0);
}

void OrganisationComboBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && count() > 0)
        setItemText(0, tr("(none)"));
    QComboBox::changeEvent(event);
}

} // namespace ep
