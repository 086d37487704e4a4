#include "window/duplicateeventdialog.h"

#include "widgets/datefield.h"
#include "widgets/taborder.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace ep {

DuplicateEventDialog::DuplicateEventDialog(const QString &eventTitle, QDate startDate,
                                           QDate endDate, int participantCount, QWidget *parent)
    : QDialog(parent)
    , m_startDate(startDate)
    , m_endDate(endDate)
    , m_firstDay(new DateField(this))
    , m_dates(new QLabel(this))
    , m_participants(new QCheckBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("duplicateEventDialog"));
    setWindowTitle(tr("Duplicate Event"));
    m_firstDay->setObjectName(QStringLiteral("firstDay"));
    m_firstDay->setShowsWeekday(true);
    m_firstDay->setDate(startDate.addDays(7 * 52));
    m_dates->setObjectName(QStringLiteral("dates"));
    m_dates->setWordWrap(true);
    m_participants->setObjectName(QStringLiteral("withParticipants"));
    m_participants->setText(tr("&Invite the %n participant(s) again", nullptr, participantCount));
    m_participants->setEnabled(participantCount > 0);

    auto *intro = new QLabel(tr("A new event made from \"%1\", with its agenda, organisers, "
                                "hosts, topics and funding details. Its status is planned; "
                                "change its title and what else differs afterwards.")
                                 .arg(eventTitle),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&First day:"), m_firstDay);
    form->addRow(QString(), m_dates);
    form->addRow(QString(), m_participants);
    // Alt and the label's letter reach the date, inside its field.
    taborder::focusLabelsOnStops(form);
    m_buttons->addButton(tr("&Duplicate"), QDialogButtonBox::AcceptRole)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_firstDay, &DateField::dateChanged, this, &DuplicateEventDialog::showDates);
    connect(m_firstDay, &DateField::edited, this, &DuplicateEventDialog::showDates);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(520);
    showDates();
}

QDate DuplicateEventDialog::firstDay() const
{
    return m_firstDay->date();
}

bool DuplicateEventDialog::withParticipants() const
{
    return m_participants->isChecked();
}

// What the new event's dates will be, or why the first day cannot be taken.
void DuplicateEventDialog::showDates()
{
    const QString problem = m_firstDay->problem();
    const QDate first = m_firstDay->date();
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(problem.isEmpty() && first.isValid());
    }
    if (!problem.isEmpty() || !first.isValid()) {
        m_dates->setText(problem);
        return;
    }
    const QLocale locale;
    const qint64 shift = m_startDate.daysTo(first);
    const QDate last = m_endDate.isValid() ? m_endDate.addDays(shift) : first;
    const QString moved = shift >= 0
                              ? tr("the agenda moves %n day(s) later.", nullptr, int(shift))
                              : tr("the agenda moves %n day(s) earlier.", nullptr, int(-shift));
    //: %1, %2: the new event's first and last day; %3: how far the agenda moves
    m_dates->setText(tr("From %1 to %2; %3")
                         .arg(locale.toString(first, QLocale::ShortFormat),
                              locale.toString(last, QLocale::ShortFormat), moved));
}

} // namespace ep
