#pragma once

#include "domain/validation.h"

#include <QDate>
#include <QList>
#include <QWidget>

class QCalendarWidget;
class QLineEdit;
class QToolButton;

namespace ep {

// A date typed as the user's language writes it ("10.06.2027", "10.06.27",
// "2027-06-10", "10/06/2027" in British English; domain/typeddate.h), or
// picked from a calendar (the button, Alt+Down or F4). Up and Down move by a
// day. Text that names no date is not taken: problem() says so, for the form
// to show beside the field, and date() keeps the last date taken.
//
// With setChoices() only those days may be entered — an agenda item's day
// among the event's days: the calendar offers only them, Up and Down step
// through them, and a typed number picks that day ("2": the second day).
class DateField final : public QWidget
{
    Q_OBJECT

public:
    explicit DateField(QWidget *parent = nullptr);
    // The text losing the focus as it goes tells this field nothing: its
    // owner (an OptionalDateEdit) may be half destroyed by then.
    ~DateField() override;

    // The date the text names; invalid while it names none (problem()).
    QDate date() const;
    void setDate(QDate date);
    // Shows the weekday before the date ("Mittwoch, 10.07.2019").
    void setShowsWeekday(bool shows);
    // The days that may be entered, in order; empty: any.
    void setChoices(const QList<QDate> &days);
    // An optional date (an arrival, a consent) may be left empty: it is then
    // not known, which is no problem; `emptyText` says so in the empty field
    // ("not known").
    void setOptional(const QString &emptyText);
    // Where the calendar and Up and Down start while no date is entered, and
    // the year "10.06" or "10.06.27" falls in (default: today).
    void setReference(QDate reference);

    // Why the text typed names no date (that may be entered); empty when it does.
    QString problem() const;
    // The problem to show beside the field now.
    QString shownProblem() const { return m_shownProblem; }
    // `issues` with this field's problem (problem(), or shownProblem() while
    // typing) in place of what validation says of `field`, a missing date.
    FieldIssues withProblem(FieldIssues issues, const QString &field,
                            FieldIssue::Scope scope = FieldIssue::Scope::Record, int row = -1,
                            bool shownOnly = false) const;
    QLineEdit *lineEdit() const { return m_text; }
    void showCalendar();

signals:
    // A date was taken: typed and confirmed (Enter, or the focus left),
    // picked, stepped to, or set.
    void dateChanged(QDate date);
    // Any change of the text, also while typing.
    void edited();
    // shownProblem() changed: said when the typing is done, taken back at
    // once when the text is mended.
    void problemChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Reading
    {
        QDate date; // invalid when the text names none
        QString problem;
    };
    Reading read() const;
    void take(QDate date);
    void confirm();
    void setShownProblem(const QString &problem);
    void step(int days);
    QString textOf(QDate date) const;
    QString choicesText() const;
    QDate startingPoint() const; // m_date, else the reference
    void retranslate();

    QLineEdit *m_text;
    QToolButton *m_calendarButton;
    QCalendarWidget *m_calendar = nullptr; // made when first shown
    QDate m_date;                          // the last date taken
    QString m_shownText;                   // the text textOf() wrote for m_date
    QString m_shownProblem;
    QList<QDate> m_choices;
    bool m_showsWeekday = false;
    bool m_optional = false;
    QString m_emptyText;
    QDate m_reference;
};

} // namespace ep
