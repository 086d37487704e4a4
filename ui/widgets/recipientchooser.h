#pragma once

#include "export/participantlist.h"

#include <QWidget>

class QListWidget;
class QRadioButton;

namespace ep {

// Whom a message goes to: the participants selected on the event's
// Participants tab, or those with the statuses, roles and delegations
// ticked (nothing ticked in a list: every value). Write Email and Write
// Messages ask with it.
class RecipientChooser final : public QWidget
{
    Q_OBJECT

public:
    // `selected`: the people selected in the event's participant table.
    RecipientChooser(const EventDocument &document, const QList<int> &selected,
                     QWidget *parent = nullptr);

    // Ticks exactly these statuses (Vocabulary::ParticipantStatus).
    void setStatuses(const QStringList &statuses);
    // The participants the choice names, in the order of participantRows().
    QList<ParticipantRow> chosen() const;

signals:
    void changed();

private:
    void enableLists();

    const EventDocument &m_document;
    QList<int> m_selected;
    QRadioButton *m_onlySelected;
    QRadioButton *m_filtered;
    QListWidget *m_statuses;
    QListWidget *m_roles;
    QListWidget *m_delegations;
};

} // namespace ep
