#pragma once

#include "domain/person.h"
#include "widgets/readingorderdialog.h"

#include <QSqlDatabase>

class QLabel;
class QLineEdit;

namespace ep {

class IssueLabel;
class OrganisationComboBox;

// Someone who signed a blank row of a sign-in sheet: their name, and where
// the sheet says so their organisation and email. They are stored with the
// attendance (a person with that email, or the only one of that name, is
// taken instead of a new one).
class WalkInDialog final : public ReadingOrderDialog
{
    Q_OBJECT

public:
    // `sheet`: the sheet they signed, as the grid's column names it.
    WalkInDialog(QSqlDatabase db, const QString &sheet, QWidget *parent = nullptr);

    Person person() const;
    QString organisationName() const; // empty: none
    void accept() override;

private:
    void showProblem(const QString &message); // about the last name; empty: none

    QLineEdit *m_firstName;
    QLineEdit *m_lastName;
    OrganisationComboBox *m_organisation;
    QLineEdit *m_email;
    IssueLabel *m_problem;
};

} // namespace ep
