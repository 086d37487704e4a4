#include "forms/participationsdialog.h"

#include "forms/participationdialog.h"
#include "widgets/optionaldateedit.h"
#include "widgets/vocabularycombobox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSet>
#include <QVBoxLayout>

namespace ep {

ParticipationsDialog::ParticipationsDialog(const Event &event, const QList<int> &rows,
                                           QWidget *parent)
    : ReadingOrderDialog(parent)
    , m_role(new VocabularyComboBox(Vocabulary::ParticipantRole, this))
    , m_status(new VocabularyComboBox(Vocabulary::ParticipantStatus, this))
    , m_delegation(new QComboBox(this))
    , m_arrival(new OptionalDateEdit(OptionalDateEdit::Precision::Minute, this))
    , m_departure(new OptionalDateEdit(OptionalDateEdit::Precision::Minute, this))
    , m_hotel(new QComboBox(this))
{
    setObjectName(QStringLiteral("participationsDialog"));
    setWindowTitle(tr("Edit %Ln Participant(s)", nullptr, int(rows.size())));
    m_delegation->setEditable(true);
    m_delegation->addItems(valuesOf(event, &Participation::delegation));
    m_hotel->setObjectName(QStringLiteral("hotel"));
    m_hotel->setEditable(true);
    m_hotel->addItems(valuesOf(event, &Participation::hotel));
    // Start from the first participant's values: often all share them.
    const Participation first = event.participants.value(rows.value(0));
    m_role->setCode(first.role);
    m_status->setCode(first.status);
    m_delegation->setCurrentText(first.delegation);
    setUpArrivalAndDeparture(m_arrival, m_departure, event, m_issues);
    m_arrival->setDateTime(first.arrival);
    m_departure->setDateTime(first.departure);
    m_hotel->setCurrentText(first.hotel);

    auto *explanation = new QLabel(
        tr("Tick what all of them get; what is not ticked stays as each one has it."), this);
    explanation->setWordWrap(true);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::DontWrapRows); // labels beside their fields
    m_changeRole = addChoice(form, tr("&Role"), m_role);
    m_changeStatus = addChoice(form, tr("&Status"), m_status);
    m_changeDelegation = addChoice(form, tr("&Delegation"), m_delegation);
    m_changeArrival = addChoice(form, tr("&Arrival"),
                                m_issues.wrap(m_arrival, {QStringLiteral("arrival")}, this));
    m_changeDeparture = addChoice(form, tr("De&parture"),
                                  m_issues.wrap(m_departure, {QStringLiteral("departure")}, this));
    m_changeHotel = addChoice(form, tr("&Hotel"), m_hotel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(buttons);
    // Tab as the dialog is read: the fields top to bottom, then the buttons.
    orderTabs(form, buttons);
    resize(600, sizeHint().height());
    m_changeStatus->setFocus(); // what an officer changes most: confirmed, attended
}

// A row whose label is a check box: ticked, the value is given to all;
// the editor is enabled only then, and editing it ticks the box.
QCheckBox *ParticipationsDialog::addChoice(QFormLayout *form, const QString &label, QWidget *editor)
{
    auto *change = new QCheckBox(label, this);
    editor->setEnabled(false);
    connect(change, &QCheckBox::toggled, editor, &QWidget::setEnabled);
    form->addRow(change, editor);
    return change;
}

Participation ParticipationsDialog::applied(Participation participation) const
{
    if (m_changeRole->isChecked())
        participation.role = m_role->code();
    if (m_changeStatus->isChecked())
        participation.status = m_status->code();
    if (m_changeDelegation->isChecked())
        participation.delegation = m_delegation->currentText().trimmed();
    if (m_changeArrival->isChecked())
        participation.arrival = m_arrival->dateTime();
    if (m_changeDeparture->isChecked())
        participation.departure = m_departure->dateTime();
    if (m_changeHotel->isChecked())
        participation.hotel = m_hotel->currentText().trimmed();
    return participation;
}

void ParticipationsDialog::accept()
{
    FieldIssues issues;
    if (m_changeArrival->isChecked())
        issues = m_arrival->withProblem(issues, QStringLiteral("arrival"));
    if (m_changeDeparture->isChecked())
        issues = m_departure->withProblem(issues, QStringLiteral("departure"));
    m_issues.show(issues);
    if (issues.isEmpty())
        QDialog::accept();
}

} // namespace ep
