#include "widgets/openingdaysedit.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLocale>

namespace ep {

OpeningDaysEdit::OpeningDaysEdit(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (int day = 1; day <= 7; ++day) {
        auto *box = new QCheckBox(this);
        box->setObjectName(u"openOn"_qs % QString::number(day));
        connect(box, &QCheckBox::toggled, this, &OpeningDaysEdit::edited);
        layout->addWidget(box);
        m_boxes.append(box);
    }
    layout->addStretch();
    retranslate();
}

QString OpeningDaysEdit::days() const
{
    QString days;
    for (int day = 1; day <= 7; ++day) {
        if (m_boxes[day - 1]->isChecked())
            days += QString::number(day);
    }
    return days;
}

void OpeningDaysEdit::setDays(const QString &days)
{
    for (int day = 1; day <= 7; ++day) {
        const QSignalBlocker quiet(m_boxes[day - 1]);
        m_boxes[day - 1]->setChecked(days.contains(QString::number(day)));
    }
}

void OpeningDaysEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OpeningDaysEdit::retranslate()
{
    const QLocale locale;
    for (int day = 1; day <= 7; ++day) {
        m_boxes[day - 1]->setText(locale.dayName(day, QLocale::ShortFormat));
        m_boxes[day - 1]->setAccessibleName(locale.dayName(day, QLocale::LongFormat));
    }
    setToolTip(tr("The days the site can be visited; none ticked: not known. The calendar flags "
                  "a visit on another day."));
}

} // namespace ep
