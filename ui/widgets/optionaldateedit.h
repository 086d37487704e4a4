#pragma once

#include "domain/validation.h"

#include <QDateTime>
#include <QWidget>

class QTimeEdit;

namespace ep {

class DateField;

// A date, or a date and a time, that may be unknown (an arrival, the day a
// consent was given): the date is typed as the language writes it or picked
// from a calendar (DateField); left empty, it is not known. The time beside
// it (Precision::Minute) is taken only with a date.
class OptionalDateEdit final : public QWidget
{
    Q_OBJECT

public:
    enum class Precision
    {
        Date,
        Minute
    };

    explicit OptionalDateEdit(Precision precision, QWidget *parent = nullptr);

    // What the empty field says, e.g. "not known".
    void setEmptyText(const QString &text);

    QDate date() const;         // null when not known, or while the text names no date
    void setDate(QDate date);   // null: not known
    QDateTime dateTime() const; // null when not known
    void setDateTime(const QDateTime &dateTime);
    // The day the calendar opens on and the time a newly entered date
    // starts with (the event's first day at 9:00 for an arrival).
    void setSuggestion(const QDateTime &suggestion);

    // Why the typed text names no date; empty when it does or is empty.
    QString problem() const;
    // The problem to show beside the field now (said when the typing is done).
    QString shownProblem() const;
    // `issues` with problem() (or shownProblem()) in place of what validation
    // says of `field`.
    FieldIssues withProblem(FieldIssues issues, const QString &field,
                            FieldIssue::Scope scope = FieldIssue::Scope::Record, int row = -1,
                            bool shownOnly = false) const;

    DateField *dateField() const { return m_date; }
    QTimeEdit *timeEdit() const { return m_time; } // null for Precision::Date

signals:
    void changed();
    void problemChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showTimeFormat();
    void followDate();

    DateField *m_date;
    QTimeEdit *m_time = nullptr;
    QTime m_suggestedTime;
};

} // namespace ep
