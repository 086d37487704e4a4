#include "forms/participationdialog.h"

#include "domain/validation.h"
#include "domain/wallclock.h"
#include "widgets/optionaldateedit.h"
#include "widgets/personfield.h"
#include "widgets/vocabularycombobox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSet>
#include <QVBoxLayout>

namespace ep {

QStringList valuesOf(const Event &event, QString Participation::*member)
{
    QSet<QString> values;
    for (const Participation &other : event.participants) {
        if (!(other.*member).isEmpty())
            values.insert(other.*member);
    }
    QStringList sorted = values.values();
    sorted.sort(Qt::CaseInsensitive);
    return sorted;
}

void setUpArrivalAndDeparture(OptionalDateEdit *arrival, OptionalDateEdit *departure,
                              const Event &event, IssueLabels &issues)
{
    //: in an empty date field: the arrival or departure is not known yet
    arrival->setEmptyText(ParticipationDialog::tr("not known"));
    departure->setEmptyText(ParticipationDialog::tr("not known"));
    arrival->setObjectName(QStringLiteral("arrival"));
    departure->setObjectName(QStringLiteral("departure"));
    arrival->setSuggestion(wallClock(event.startDate, QTime(9, 0)));
    departure->setSuggestion(wallClock(event.endDate, QTime(17, 0)));
    // A typed date that is none is said beside its field when the typing is done.
    for (OptionalDateEdit *date : {arrival, departure}) {
        QObject::connect(date, &OptionalDateEdit::problemChanged, date, [&issues, date] {
            issues.showFor({date->objectName()}, {{date->objectName(), date->shownProblem()}});
        });
    }
}

ParticipationDialog::ParticipationDialog(const Workspace &workspace, const Event &event, int index,
                                         QWidget *parent)
    : ReadingOrderDialog(parent)
    , m_event(event)
    , m_index(index)
    , m_original(event.participants.value(index))
    , m_person(new PersonField(workspace, this))
    , m_role(new VocabularyComboBox(Vocabulary::ParticipantRole, this))
    , m_status(new VocabularyComboBox(Vocabulary::ParticipantStatus, this))
    , m_delegation(new QComboBox(this))
    , m_arrival(new OptionalDateEdit(OptionalDateEdit::Precision::Minute, this))
    , m_departure(new OptionalDateEdit(OptionalDateEdit::Precision::Minute, this))
    , m_dietaryNeeds(new QLineEdit(this))
    , m_accessibilityNeeds(new QLineEdit(this))
    , m_hotel(new QComboBox(this))
    , m_room(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Participation"));
    m_delegation->setEditable(true);
    m_delegation->addItems(valuesOf(event, &Participation::delegation));
    m_hotel->setObjectName(QStringLiteral("hotel"));
    m_room->setObjectName(QStringLiteral("room"));
    m_hotel->setEditable(true);
    m_hotel->addItems(valuesOf(event, &Participation::hotel));
    setUpArrivalAndDeparture(m_arrival, m_departure, event, m_issues);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 4);

    m_person->setPersonId(m_original.personId);
    m_role->setCode(m_original.role);
    m_status->setCode(m_original.status);
    m_delegation->setCurrentText(m_original.delegation);
    m_arrival->setDateTime(m_original.arrival);
    m_departure->setDateTime(m_original.departure);
    m_dietaryNeeds->setText(m_original.dietaryNeeds);
    m_accessibilityNeeds->setText(m_original.accessibilityNeeds);
    m_hotel->setCurrentText(m_original.hotel);
    m_room->setText(m_original.room);
    m_notes->setPlainText(m_original.notes);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::DontWrapRows); // labels beside their fields
    form->addRow(tr("&Person"), m_issues.wrap(m_person, {QStringLiteral("personId")}, this));
    form->addRow(tr("&Role"), m_role);
    //: the status of a participant (invited, registered, confirmed …)
    form->addRow(tr("&Status"), m_status);
    form->addRow(tr("&Delegation"), m_delegation);
    form->addRow(tr("&Arrival"), m_issues.wrap(m_arrival, {QStringLiteral("arrival")}, this));
    form->addRow(tr("D&eparture"), m_issues.wrap(m_departure, {QStringLiteral("departure")}, this));
    form->addRow(tr("Dietary &needs"), m_dietaryNeeds);
    form->addRow(tr("A&ccessibility needs"), m_accessibilityNeeds);
    form->addRow(tr("&Hotel"), m_hotel);
    form->addRow(tr("Roo&m"), m_room);
    form->addRow(tr("N&otes"), m_notes);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    // Tab as the dialog is read: the fields top to bottom, then the buttons.
    orderTabs(form, buttons);
    resize(640, sizeHint().height());
    m_role->setFocus();
}

Participation ParticipationDialog::participation() const
{
    Participation participation = m_original;
    participation.personId = m_person->personId();
    participation.role = m_role->code();
    participation.status = m_status->code();
    participation.delegation = m_delegation->currentText().trimmed();
    participation.arrival = m_arrival->dateTime();
    participation.departure = m_departure->dateTime();
    participation.dietaryNeeds = m_dietaryNeeds->text().trimmed();
    participation.accessibilityNeeds = m_accessibilityNeeds->text().trimmed();
    participation.hotel = m_hotel->currentText().trimmed();
    participation.room = m_room->text().trimmed();
    participation.notes = m_notes->toPlainText().trimmed();
    return participation;
}

void ParticipationDialog::accept()
{
    Event changed = m_event;
    changed.participants[m_index] = participation();
    bool fine = true;
    constexpr auto scope = FieldIssue::Scope::Participant;
    FieldIssues issues = Validation::check(changed);
    issues = m_arrival->withProblem(issues, QStringLiteral("arrival"), scope, m_index);
    issues = m_departure->withProblem(issues, QStringLiteral("departure"), scope, m_index);
    for (const FieldIssue &issue : issues)
        fine = fine && !(issue.scope == scope && issue.row == m_index);
    m_issues.show(issues, scope, m_index);
    if (fine)
        QDialog::accept();
}

} // namespace ep
