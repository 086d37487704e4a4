#include "widgets/recipientchooser.h"

#include "forms/participationdialog.h"
#include "widgets/checklist.h"

#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QRadioButton>

namespace ep {
namespace {

checklist::Items delegationItems(const EventDocument &document)
{
    checklist::Items items;
    for (const QString &name : valuesOf(document.event, &Participation::delegation))
        items.append({name, name});
    return items;
}

bool accepts(const QStringList &ticked, const QString &value)
{
    return ticked.isEmpty() || ticked.contains(value);
}

} // namespace

RecipientChooser::RecipientChooser(const EventDocument &document, const QList<int> &selected,
                                   QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_selected(selected)
    , m_onlySelected(new QRadioButton(this))
    , m_filtered(new QRadioButton(tr("Participants &with:"), this))
    , m_statuses(checklist::make(checklist::vocabularyItems(Vocabulary::ParticipantStatus), this))
    , m_roles(checklist::make(checklist::vocabularyItems(Vocabulary::ParticipantRole), this))
    , m_delegations(checklist::make(delegationItems(document), this))
{
    m_onlySelected->setObjectName(QStringLiteral("onlySelected"));
    m_statuses->setObjectName(QStringLiteral("statuses"));
    m_roles->setObjectName(QStringLiteral("roles"));
    m_delegations->setObjectName(QStringLiteral("delegations"));
    m_onlySelected->setText(tr("The &selected participants (%n)", nullptr, int(m_selected.size())));
    m_onlySelected->setEnabled(!m_selected.isEmpty());
    (m_selected.isEmpty() ? m_filtered : m_onlySelected)->setChecked(true);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_onlySelected);
    form->addRow(m_filtered);
    form->addRow(tr("S&tatus:"), m_statuses);
    form->addRow(tr("&Role:"), m_roles);
    form->addRow(tr("&Delegation:"), m_delegations);
    form->addRow(QString(), new QLabel(tr("Nothing ticked in a list: every value."), this));
    for (QListWidget *list : {m_statuses, m_roles, m_delegations})
        connect(list, &QListWidget::itemChanged, this, &RecipientChooser::changed);
    for (QRadioButton *choice : {m_onlySelected, m_filtered}) {
        connect(choice, &QRadioButton::toggled, this, [this](bool on) {
            if (!on)
                return; // the other one's toggle tells
            enableLists();
            emit changed();
        });
    }
    enableLists();
}

void RecipientChooser::setStatuses(const QStringList &statuses)
{
    const QSignalBlocker quiet(m_statuses);
    checklist::setChecked(m_statuses, statuses);
    emit changed();
}

void RecipientChooser::enableLists()
{
    for (QListWidget *list : {m_statuses, m_roles, m_delegations})
        list->setEnabled(!m_onlySelected->isChecked());
}

QList<ParticipantRow> RecipientChooser::chosen() const
{
    const bool selectedOnly = m_onlySelected->isChecked();
    const QStringList statuses = checklist::checkedCodes(m_statuses);
    const QStringList roles = checklist::checkedCodes(m_roles);
    const QStringList delegations = checklist::checkedCodes(m_delegations);
    QList<ParticipantRow> rows;
    for (const ParticipantRow &row : participantRows(m_document)) {
        const Participation &taking = row.participation;
        if (selectedOnly ? m_selected.contains(taking.personId)
                         : accepts(statuses, taking.status) && accepts(roles, taking.role) &&
                               accepts(delegations, taking.delegation))
            rows.append(row);
    }
    return rows;
}

} // namespace ep
