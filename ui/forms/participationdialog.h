#pragma once

#include "domain/event.h"
#include "editing/workspace.h"
#include "widgets/issuelabels.h"
#include "widgets/readingorderdialog.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace ep {

class OptionalDateEdit;
class PersonField;
class VocabularyComboBox;

// The values of `member` the event's participants have, each once, sorted:
// to pick a delegation or a hotel instead of retyping it (and spell it alike).
QStringList valuesOf(const Event &event, QString Participation::*member);

// A participation's arrival and departure fields, as both participation
// dialogs have them: named "arrival" and "departure", empty when not known,
// starting at the event's first day 9:00 and last day 17:00, their problems
// shown by `issues` (which outlives them: the dialog's own).
void setUpArrivalAndDeparture(OptionalDateEdit *arrival, OptionalDateEdit *departure,
                              const Event &event, IssueLabels &issues);

// Edits how one person takes part in an event: role, status, delegation,
// travel and needs.
class ParticipationDialog final : public ReadingOrderDialog
{
    Q_OBJECT

public:
    // `event` as currently entered (for its dates and the other
    // participants), `index` the participation's place in it.
    ParticipationDialog(const Workspace &workspace, const Event &event, int index,
                        QWidget *parent = nullptr);

    Participation participation() const;

    void accept() override;

private:
    Event m_event;
    int m_index;
    Participation m_original;
    IssueLabels m_issues;
    PersonField *m_person;
    VocabularyComboBox *m_role;
    VocabularyComboBox *m_status;
    QComboBox *m_delegation;
    OptionalDateEdit *m_arrival;
    OptionalDateEdit *m_departure;
    QLineEdit *m_dietaryNeeds;
    QLineEdit *m_accessibilityNeeds;
    QComboBox *m_hotel;
    QLineEdit *m_room;
    QPlainTextEdit *m_notes;
};

} // namespace ep
