#include "widgets/datefield.h"

#include "domain/formats.h"
#include "domain/typeddate.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QScreen>
#include <QTextCharFormat>
#include <QToolButton>

namespace ep {

DateField::DateField(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLineEdit(this))
    , m_calendarButton(new QToolButton(this))
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed); // one line, as a QDateEdit
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_calendarButton);
    // Focus given to the field goes to its text; Tab stops at the text only.
    setFocusProxy(m_text);
    m_text->setObjectName(QStringLiteral("dateText"));
    m_text->installEventFilter(this);
    m_calendarButton->setObjectName(QStringLiteral("calendarButton"));
    m_calendarButton->setArrowType(Qt::DownArrow);
    // The keyboard opens the calendar with Alt+Down or F4; the button is for the mouse.
    m_calendarButton->setFocusPolicy(Qt::NoFocus);
    connect(m_calendarButton, &QToolButton::clicked, this, &DateField::showCalendar);
    connect(m_text, &QLineEdit::textChanged, this, [this] {
        if (!m_shownProblem.isEmpty() && read().problem.isEmpty())
            setShownProblem(QString()); // mended: the message goes at once
        emit edited();
    });
    connect(m_text, &QLineEdit::editingFinished, this, &DateField::confirm);
    retranslate();
}

DateField::~DateField()
{
    m_text->disconnect(this);
}

QString DateField::textOf(QDate date) const
{
    if (!date.isValid())
        return QString();
    return m_showsWeekday ? QLocale().toString(date, u"dddd, "_qs + dateFormat())
                          : displayDate(date);
}

void DateField::setDate(QDate date)
{
    m_shownText = textOf(date);
    m_text->setText(m_shownText);
    setShownProblem(QString());
    take(date);
}

void DateField::setShowsWeekday(bool shows)
{
    m_showsWeekday = shows;
    setDate(m_date);
}

void DateField::setChoices(const QList<QDate> &days)
{
    m_choices = days;
    retranslate();
}

void DateField::setOptional(const QString &emptyText)
{
    m_optional = true;
    m_emptyText = emptyText;
    retranslate();
}

void DateField::setReference(QDate reference)
{
    m_reference = reference;
}

QDate DateField::startingPoint() const
{
    if (m_date.isValid())
        return m_date;
    return m_reference.isValid() ? m_reference : QDate::currentDate();
}

void DateField::take(QDate date)
{
    if (date != m_date) {
        m_date = date;
        emit dateChanged(date);
    }
}

QString DateField::choicesText() const
{
    if (m_choices.isEmpty())
        return QString();
    return m_choices.size() == 1
               ? displayDate(m_choices.first())
               : tr("%1 to %2").arg(displayDate(m_choices.first()), displayDate(m_choices.last()));
}

QDate DateField::date() const
{
    return read().date;
}

QString DateField::problem() const
{
    return read().problem;
}

// What the text names: the date last taken while it is unchanged, else the
// typed date (or, with choices, the event's day of the typed number).
DateField::Reading DateField::read() const
{
    const QString typed = m_text->text().trimmed();
    if (typed == m_shownText.trimmed() && m_date.isValid())
        return {m_date, QString()};
    const QDate example = startingPoint();
    if (typed.isEmpty() && m_optional)
        return {QDate(), QString()}; // not known
    if (typed.isEmpty())
        return {QDate(), tr("Enter a date, e.g. %1.").arg(displayDate(example))};
    if (!m_choices.isEmpty()) {
        bool isNumber = false;
        const int number = typed.toInt(&isNumber);
        if (isNumber && number >= 1 && number <= m_choices.size())
            return {m_choices[number - 1], QString()};
    }
    const std::optional<QDate> date = parseTypedDate(typed, QLocale(), example);
    if (!date)
        return {QDate(),
                tr("\"%1\" is not a date. Write it as %2.").arg(typed, displayDate(example))};
    if (!m_choices.isEmpty() && !m_choices.contains(*date)) {
        return {QDate(),
                tr("%1 is not a day of the event (%2).").arg(displayDate(*date), choicesText())};
    }
    return {*date, QString()};
}

FieldIssues DateField::withProblem(FieldIssues issues, const QString &field,
                                   FieldIssue::Scope scope, int row, bool shownOnly) const
{
    const QString said = shownOnly ? m_shownProblem : problem();
    if (said.isEmpty())
        return issues;
    issues.removeIf([&](const FieldIssue &issue) {
        return issue.field == field && issue.scope == scope && issue.row == row;
    });
    issues.append({field, said, scope, row});
    return issues;
}

// The typing is done (Enter, or the focus left): a date named is taken and
// written as the language writes it; a problem is said.
void DateField::confirm()
{
    const Reading reading = read();
    setShownProblem(reading.problem);
    if (reading.problem.isEmpty() && !reading.date.isValid()) { // left empty: not known
        m_shownText.clear();
        take(QDate());
    } else if (reading.date.isValid()) {
        take(reading.date);
        m_shownText = textOf(reading.date);
        if (m_text->text() != m_shownText)
            m_text->setText(m_shownText);
    }
}

void DateField::setShownProblem(const QString &problem)
{
    if (problem == m_shownProblem)
        return;
    m_shownProblem = problem;
    emit problemChanged();
}

void DateField::step(int days)
{
    QDate date;
    if (!m_choices.isEmpty()) {
        const qsizetype at = m_choices.indexOf(m_date);
        const qsizetype next = at < 0 ? (days > 0 ? 0 : m_choices.size() - 1)
                                      : std::clamp<qsizetype>(at + days, 0, m_choices.size() - 1);
        date = m_choices[next];
    } else {
        date = m_date.isValid() ? m_date.addDays(days) : startingPoint();
    }
    setDate(date);
    m_text->selectAll();
}

void DateField::showCalendar()
{
    if (!m_calendar) {
        m_calendar = new QCalendarWidget(this);
        m_calendar->setObjectName(QStringLiteral("calendar"));
        m_calendar->setWindowFlags(Qt::Popup);
        m_calendar->setGridVisible(true);
        m_calendar->installEventFilter(this);
        const auto pick = [this](QDate date) {
            m_calendar->hide();
            setDate(date);
            m_text->setFocus();
        };
        connect(m_calendar, &QCalendarWidget::clicked, this, pick);
        connect(m_calendar, &QCalendarWidget::activated, this, pick);
    }
    m_calendar->setLocale(QLocale());
    m_calendar->setFirstDayOfWeek(QLocale().firstDayOfWeek());
    if (m_choices.isEmpty()) {
        m_calendar->setDateRange(QDate(100, 1, 1), QDate(9999, 12, 31));
    } else {
        m_calendar->setDateRange(m_choices.first(), m_choices.last());
        // The event's days stand out; the others of its span cannot be picked.
        QTextCharFormat eventDay;
        eventDay.setFontWeight(QFont::Bold);
        for (QDate day : std::as_const(m_choices))
            m_calendar->setDateTextFormat(day, eventDay);
    }
    m_calendar->setSelectedDate(startingPoint());
    m_calendar->adjustSize();
    QPoint below = mapToGlobal(QPoint(0, height()));
    if (const QScreen *screen = this->screen()) {
        const QRect available = screen->availableGeometry();
        if (below.y() + m_calendar->height() > available.bottom())
            below.setY(mapToGlobal(QPoint(0, 0)).y() - m_calendar->height());
        below.setX(std::min(below.x(), available.right() - m_calendar->width()));
    }
    m_calendar->move(below);
    m_calendar->show();
    m_calendar->setFocus();
}

bool DateField::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_calendar && key->key() == Qt::Key_Escape) {
        m_calendar->hide();
        m_text->setFocus();
        return true;
    }
    if (watched != m_text)
        return QWidget::eventFilter(watched, event);
    if (key->key() == Qt::Key_F4 ||
        (key->key() == Qt::Key_Down && key->modifiers() & Qt::AltModifier)) {
        showCalendar();
        return true;
    }
    if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier) {
        if (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down) {
            confirm(); // what was typed first, then the step from it
            step(key->key() == Qt::Key_Up ? 1 : -1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DateField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The date as the new language writes it; what was typed stays.
        if (m_text->text() == m_shownText) {
            m_shownText = textOf(m_date);
            m_text->setText(m_shownText);
        }
    }
    QWidget::changeEvent(event);
}

void DateField::retranslate()
{
    m_calendarButton->setToolTip(tr("Choose from a calendar (Alt+Down)"));
    m_calendarButton->setAccessibleName(tr("Calendar"));
    m_text->setPlaceholderText(m_optional ? m_emptyText : displayDate(QDate::currentDate()));
    m_text->setToolTip(m_choices.isEmpty()
                           ? tr("Type the date as %1, or press Up and Down to change it by a day.")
                                 .arg(displayDate(QDate::currentDate()))
                           : tr("Type the date, or the number of the event's day (1 to %1); Up "
                                "and Down step through the event's days.")
                                 .arg(m_choices.size()));
}

} // namespace ep
