#include "widgets/optionaldateedit.h"

#include "domain/formats.h"
#include "domain/wallclock.h"
#include "widgets/datefield.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QTimeEdit>

namespace ep {

OptionalDateEdit::OptionalDateEdit(Precision precision, QWidget *parent)
    : QWidget(parent)
    , m_date(new DateField(this))
{
    // One line high, as the fields beside it: a form with room to spare
    // does not stretch it.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_date, 1);
    setFocusProxy(m_date);
    m_date->setOptional(QString());
    if (precision == Precision::Minute) {
        m_time = new QTimeEdit(this);
        m_time->setObjectName(QStringLiteral("time"));
        m_time->setEnabled(false);
        showTimeFormat();
        layout->addWidget(m_time);
        connect(m_time, &QTimeEdit::timeChanged, this, &OptionalDateEdit::changed);
    }
    // The time can be entered as soon as the text names a date.
    connect(m_date, &DateField::edited, this, &OptionalDateEdit::followDate);
    connect(m_date, &DateField::dateChanged, this, &OptionalDateEdit::followDate);
    connect(m_date, &DateField::problemChanged, this, &OptionalDateEdit::problemChanged);
}

void OptionalDateEdit::setEmptyText(const QString &text)
{
    m_date->setOptional(text);
}

void OptionalDateEdit::showTimeFormat()
{
    if (m_time)
        m_time->setDisplayFormat(timeFormat());
}

void OptionalDateEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        showTimeFormat();
    QWidget::changeEvent(event);
}

// The time goes with the date: it can be entered once there is a date.
void OptionalDateEdit::followDate()
{
    if (m_time)
        m_time->setEnabled(m_date->date().isValid());
    emit changed();
}

QDate OptionalDateEdit::date() const
{
    return m_date->date();
}

void OptionalDateEdit::setDate(QDate date)
{
    setDateTime(date.isValid() ? wallClock(date, QTime(0, 0)) : QDateTime());
}

QDateTime OptionalDateEdit::dateTime() const
{
    const QDate day = m_date->date();
    if (!day.isValid())
        return {};
    const QTime time = m_time ? m_time->time() : QTime(0, 0);
    return wallClock(day, QTime(time.hour(), time.minute()));
}

void OptionalDateEdit::setDateTime(const QDateTime &dateTime)
{
    if (m_time) {
        const QSignalBlocker blocker(m_time);
        m_time->setTime(dateTime.isValid() ? dateTime.time() : m_suggestedTime);
    }
    m_date->setDate(dateTime.date());
    followDate();
}

void OptionalDateEdit::setSuggestion(const QDateTime &suggestion)
{
    m_date->setReference(suggestion.date());
    m_suggestedTime = suggestion.time();
    if (m_time && !m_date->date().isValid()) {
        const QSignalBlocker blocker(m_time);
        m_time->setTime(m_suggestedTime);
    }
}

QString OptionalDateEdit::problem() const
{
    return m_date->problem();
}

QString OptionalDateEdit::shownProblem() const
{
    return m_date->shownProblem();
}

FieldIssues OptionalDateEdit::withProblem(FieldIssues issues, const QString &field,
                                          FieldIssue::Scope scope, int row, bool shownOnly) const
{
    return m_date->withProblem(std::move(issues), field, scope, row, shownOnly);
}

} // namespace ep
