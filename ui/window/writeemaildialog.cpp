#include "window/writeemaildialog.h"

#include "domain/language.h"
#include "export/mailto.h"
#include "export/participantlist.h"
#include "forms/participationdialog.h"
#include "widgets/checklist.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

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

WriteEmailDialog::WriteEmailDialog(EventDocument document, const QList<int> &selected,
                                   QWidget *parent)
    : QDialog(parent)
    , m_document(std::move(document))
    , m_selected(selected)
    , m_onlySelected(new QRadioButton(this))
    , m_filtered(new QRadioButton(tr("Participants &with:"), this))
    , m_statuses(checklist::make(checklist::vocabularyItems(Vocabulary::ParticipantStatus), this))
    , m_roles(checklist::make(checklist::vocabularyItems(Vocabulary::ParticipantRole), this))
    , m_delegations(checklist::make(delegationItems(m_document), this))
    , m_summary(new QLabel(this))
    , m_open(new QPushButton(this))
{
    setObjectName(QStringLiteral("writeEmailDialog"));
    setWindowTitle(tr("Write Email"));
    m_onlySelected->setObjectName(QStringLiteral("onlySelected"));
    m_statuses->setObjectName(QStringLiteral("statuses"));
    m_roles->setObjectName(QStringLiteral("roles"));
    m_delegations->setObjectName(QStringLiteral("delegations"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_open->setObjectName(QStringLiteral("openMessage"));
    m_onlySelected->setText(tr("The &selected participants (%n)", nullptr, int(m_selected.size())));
    m_onlySelected->setEnabled(!m_selected.isEmpty());
    (m_selected.isEmpty() ? m_filtered : m_onlySelected)->setChecked(true);
    // Who comes, unless the officer ticks otherwise.
    checklist::setChecked(m_statuses, {u"registered"_qs, u"confirmed"_qs});

    auto *form = new QFormLayout;
    form->addRow(m_onlySelected);
    form->addRow(m_filtered);
    form->addRow(tr("S&tatus:"), m_statuses);
    form->addRow(tr("&Role:"), m_roles);
    form->addRow(tr("&Delegation:"), m_delegations);
    form->addRow(QString(), new QLabel(tr("Nothing ticked in a list: every value."), this));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    m_open->setDefault(true);
    connect(m_open, &QPushButton::clicked, this, &WriteEmailDialog::openNext);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QListWidget *list : {m_statuses, m_roles, m_delegations})
        connect(list, &QListWidget::itemChanged, this, &WriteEmailDialog::update);
    for (QRadioButton *choice : {m_onlySelected, m_filtered})
        connect(choice, &QRadioButton::toggled, this, &WriteEmailDialog::update);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    update();
}

// Who the choice names, their messages, and who has no address.
void WriteEmailDialog::update()
{
    const bool selectedOnly = m_onlySelected->isChecked();
    for (QListWidget *list : {m_statuses, m_roles, m_delegations})
        list->setEnabled(!selectedOnly);
    const QStringList statuses = checklist::checkedCodes(m_statuses);
    const QStringList roles = checklist::checkedCodes(m_roles);
    const QStringList delegations = checklist::checkedCodes(m_delegations);
    QStringList addresses;
    QStringList without;
    for (const ParticipantRow &row : participantRows(m_document)) {
        const Participation &taking = row.participation;
        const bool chosen = selectedOnly
                                ? m_selected.contains(taking.personId)
                                : accepts(statuses, taking.status) && accepts(roles, taking.role) &&
                                      accepts(delegations, taking.delegation);
        if (!chosen)
            continue;
        if (row.person.email.trimmed().isEmpty())
            without.append(row.person.displayName());
        else
            addresses.append(row.person.email);
    }
    m_messages = mailtoBatches(addresses, m_document.event.title.text(languageOfLocale()));
    m_opened = 0;
    QString summary = tr("%n address(es)", nullptr, int(addresses.size()));
    if (m_messages.size() > 1)
        summary += u' ' % tr("in %n messages: the mail program takes only so many at once.",
                             nullptr, int(m_messages.size()));
    if (!without.isEmpty())
        summary += u' ' % tr("Without an email address: %1.").arg(without.join(u", "));
    m_summary->setText(summary);
    m_open->setEnabled(!m_messages.isEmpty());
    m_open->setText(m_messages.size() > 1 ? tr("&Open Message 1 of %1").arg(m_messages.size())
                                          : tr("&Open in Mail Program"));
}

void WriteEmailDialog::openNext()
{
    if (m_opened >= m_messages.size())
        return;
    QDesktopServices::openUrl(m_messages[m_opened++]);
    if (m_opened < m_messages.size())
        m_open->setText(tr("&Open Message %1 of %2").arg(m_opened + 1).arg(m_messages.size()));
    else
        m_open->setEnabled(false);
}

} // namespace ep
