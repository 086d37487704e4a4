#include "widgets/personfield.h"

#include "forms/personpickerdialog.h"
#include "storage/personrepository.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace ep {

PersonField::PersonField(const Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_name(new QLabel(this))
    , m_choose(new QPushButton(this))
    , m_clear(new QPushButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_name, 1);
    layout->addWidget(m_choose);
    layout->addWidget(m_clear);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_choose, &QPushButton::clicked, this, [this] {
        PersonPickerDialog dialog(m_workspace, PersonPickerDialog::Selection::Single, this);
        if (dialog.exec() == QDialog::Accepted && !dialog.chosenIds().isEmpty()) {
            setPersonId(dialog.chosenIds().first());
            emit changed();
        }
    });
    connect(m_clear, &QPushButton::clicked, this, [this] {
        setPersonId(0);
        emit changed();
    });
    retranslate();
}

void PersonField::setPersonId(int id)
{
    m_personId = id;
    retranslate();
}

void PersonField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PersonField::retranslate()
{
    const auto labels = PersonRepository(m_workspace.db).labels({m_personId});
    m_name->setText(labels.isEmpty() ? tr("(none)") : labels.first().nameWithOrganisation());
    m_choose->setText(tr("Choose…"));
    m_clear->setText(tr("Clear"));
    m_clear->setEnabled(m_personId != 0);
}

} // namespace ep
