#pragma once

#include <QDate>
#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;

namespace ep {

class DateField;

// Duplicate Event…: the first day of next time's event and whether the
// participants come along (as invited). The first day proposed is 52 weeks
// after the event's, the same weekday: formats run on the same days of the
// week each year.
class DuplicateEventDialog final : public QDialog
{
    Q_OBJECT

public:
    DuplicateEventDialog(const QString &eventTitle, QDate startDate, QDate endDate,
                         int participantCount, QWidget *parent = nullptr);

    QDate firstDay() const;
    bool withParticipants() const;

private:
    void showDates();

    QDate m_startDate;
    QDate m_endDate;
    DateField *m_firstDay;
    QLabel *m_dates;
    QCheckBox *m_participants;
    QDialogButtonBox *m_buttons;
};

} // namespace ep
