#pragma once

#include "domain/event.h"
#include "editing/workspace.h"
#include "widgets/issuelabels.h"
#include "widgets/readingorderdialog.h"

class QComboBox;
class QPlainTextEdit;
class QTimeEdit;

namespace ep {

class DateField;

class LocalizedTextEdit;
class PersonListEdit;
class VocabularyComboBox;

// Enters or edits one slot of an event's programme. OK checks it against the
// event (its days, the other slots) and shows what is wrong beside the field.
class AgendaItemDialog final : public ReadingOrderDialog
{
    Q_OBJECT

public:
    // `event` is the event as currently entered; `index` the item's place in
    // its agenda, or -1 for a new item.
    AgendaItemDialog(const Workspace &workspace, const Event &event, int index,
                     QWidget *parent = nullptr);

    AgendaItem item() const;

    void accept() override;

private:
    Event m_event;
    int m_index;
    AgendaItem m_original;
    IssueLabels m_issues;
    DateField *m_day;
    QTimeEdit *m_start;
    QTimeEdit *m_end;
    LocalizedTextEdit *m_title;
    VocabularyComboBox *m_kind;
    QComboBox *m_site;
    PersonListEdit *m_hosts;
    LocalizedTextEdit *m_meetingPoint;
    QComboBox *m_group;
    QPlainTextEdit *m_notes;
};

} // namespace ep
