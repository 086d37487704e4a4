#pragma once

#include "domain/event.h"
#include "widgets/issuelabels.h"
#include "widgets/readingorderdialog.h"

class QCheckBox;
class QComboBox;
class QFormLayout;

namespace ep {

class OptionalDateEdit;
class VocabularyComboBox;

// Role, status, delegation, arrival, departure or hotel of several
// participants at once — a whole delegation confirmed, or booked into one
// hotel, in one step. Each value has a check
// box: only what is ticked is changed, everything else stays each
// participant's own.
class ParticipationsDialog final : public ReadingOrderDialog
{
    Q_OBJECT

public:
    // `event` as entered, for its delegations and days; `rows`: the
    // participants to change, indexes into event.participants.
    ParticipationsDialog(const Event &event, const QList<int> &rows, QWidget *parent = nullptr);

    // `participation` with the ticked values.
    Participation applied(Participation participation) const;

    // Refuses a ticked date whose text names none, saying so beside it.
    void accept() override;

private:
    QCheckBox *addChoice(QFormLayout *form, const QString &label, QWidget *editor);

    IssueLabels m_issues;
    VocabularyComboBox *m_role;
    VocabularyComboBox *m_status;
    QComboBox *m_delegation;
    OptionalDateEdit *m_arrival;
    OptionalDateEdit *m_departure;
    QComboBox *m_hotel;
    QCheckBox *m_changeRole;
    QCheckBox *m_changeStatus;
    QCheckBox *m_changeDelegation;
    QCheckBox *m_changeArrival;
    QCheckBox *m_changeDeparture;
    QCheckBox *m_changeHotel;
};

} // namespace ep
