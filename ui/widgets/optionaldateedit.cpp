#include "widgets/optionaldateedit.h"

#include "domain/formats.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QHBoxLayout>

namespace ep {

OptionalDateEdit::OptionalDateEdit(Precision precision, QWidget *parent)
    : QWidget(parent)
    , m_known(new QCheckBox(this))
    , m_edit(new QDateTimeEdit(this))
{
    // One line high, as the fields beside it: a form with room to spare
    // does not stretch it.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_known);
    layout->addWidget(m_edit, 1);
    m_edit->setCalendarPopup(true);
    m_precision = precision;
    showFormat();
    m_edit->setEnabled(false);
    //: check box beside a date: the date is known
    m_known->setAccessibleName(tr("Known"));
    connect(m_known, &QCheckBox::toggled, this, [this](bool known) {
        if (known && m_suggestion.isValid())
            m_edit->setDateTime(m_suggestion);
        m_edit->setEnabled(known);
        emit changed();
    });
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, &OptionalDateEdit::changed);
}

void OptionalDateEdit::showFormat()
{
    m_edit->setDisplayFormat(m_precision == Precision::Date ? dateFormat() : dateTimeFormat());
}

void OptionalDateEdit::changeEvent(QEvent *event)
{
    // The format follows the window's language (26.11.2026 14:30, 26/11/2026 14:30).
    if (event->type() == QEvent::LanguageChange)
        showFormat();
    QWidget::changeEvent(event);
}

void OptionalDateEdit::setCheckText(const QString &text)
{
    m_known->setText(text);
}

QDate OptionalDateEdit::date() const
{
    return m_known->isChecked() ? m_edit->date() : QDate();
}

void OptionalDateEdit::setDate(QDate date)
{
    setDateTime(date.isValid() ? date.startOfDay() : QDateTime());
}

QDateTime OptionalDateEdit::dateTime() const
{
    if (!m_known->isChecked())
        return {};
    QDateTime value = m_edit->dateTime();
    value.setTime(QTime(value.time().hour(), value.time().minute()));
    return value;
}

void OptionalDateEdit::setDateTime(const QDateTime &dateTime)
{
    const QSignalBlocker blockBox(m_known);
    const QSignalBlocker blockEdit(m_edit);
    setKnown(dateTime.isValid());
    m_edit->setDateTime(
        dateTime.isValid()
            ? dateTime
            : (m_suggestion.isValid() ? m_suggestion : QDate::currentDate().startOfDay()));
    emit changed();
}

void OptionalDateEdit::setKnown(bool known)
{
    m_known->setChecked(known);
    m_edit->setEnabled(known);
}

} // namespace ep
