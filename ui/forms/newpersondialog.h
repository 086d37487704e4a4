#pragma once

#include "editing/workspace.h"
#include "widgets/readingorderdialog.h"

namespace ep {

class PersonForm;

// Enters a person who is not stored yet, with the same form as the People
// area, e.g. a delegate added to an event's participants.
class NewPersonDialog final : public ReadingOrderDialog
{
    Q_OBJECT

public:
    // `name` (what the user had typed, e.g. "Anna Nowak") fills the name fields.
    NewPersonDialog(const Workspace &workspace, const QString &name, QWidget *parent = nullptr);

    int personId() const;

    void accept() override;

private:
    PersonForm *m_form;
};

} // namespace ep
