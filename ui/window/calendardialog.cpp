#include "window/calendardialog.h"

#include "domain/language.h"
#include "widgets/markercolours.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ep {
namespace {

constexpr QChar warning = u'⚠';

QString conflictLines(const QList<const Conflict *> &conflicts)
{
    QStringList lines;
    for (const Conflict *conflict : conflicts)
        lines.append(warning % u' ' % Conflicts::name(conflict->kind) % u": " % conflict->message);
    return lines.join(u'\n');
}

QPushButton *stepButton(const QString &text, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setAutoDefault(false);
    return button;
}

} // namespace

CalendarDialog::CalendarDialog(const QSqlDatabase &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_month(QDate::currentDate().addDays(1 - QDate::currentDate().day()))
    , m_tabs(new QTabWidget(this))
    , m_monthTitle(new QLabel(this))
    , m_monthGrid(new QTableWidget(6, 7, this))
    , m_yearTitle(new QLabel(this))
    , m_yearGrid(new QTableWidget(12, 31, this))
    , m_event(new QComboBox(this))
    , m_days(new QTreeWidget(this))
    , m_conflictList(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("calendarDialog"));
    m_monthGrid->setObjectName(QStringLiteral("monthGrid"));
    m_yearGrid->setObjectName(QStringLiteral("yearGrid"));
    m_days->setObjectName(QStringLiteral("eventDays"));
    m_days->setAccessibleName(tr("Days of the event"));
    m_conflictList->setObjectName(QStringLiteral("conflictList"));
    for (QTableWidget *grid : {m_monthGrid, m_yearGrid}) {
        grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
        grid->setWordWrap(true);
        grid->setSelectionMode(QAbstractItemView::SingleSelection);
    }
    m_monthGrid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_monthGrid->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_monthGrid->verticalHeader()->hide();
    m_yearGrid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_yearGrid->horizontalHeader()->setMinimumSectionSize(18);
    QFont bold = m_monthTitle->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.3);
    m_monthTitle->setFont(bold);
    m_yearTitle->setFont(bold);

    // The month: back, forward, today above the grid.
    auto *month = new QWidget(this);
    auto *monthBar = new QHBoxLayout;
    QPushButton *previous = stepButton(u"◀"_qs, month);
    QPushButton *next = stepButton(u"▶"_qs, month);
    QPushButton *today = stepButton(tr("&Today"), month);
    previous->setObjectName(QStringLiteral("previousMonth"));
    next->setObjectName(QStringLiteral("nextMonth"));
    previous->setAccessibleName(tr("Previous month"));
    next->setAccessibleName(tr("Next month"));
    previous->setShortcut(QKeySequence(Qt::Key_PageUp));
    next->setShortcut(QKeySequence(Qt::Key_PageDown));
    monthBar->addWidget(previous);
    monthBar->addWidget(m_monthTitle, 1, Qt::AlignCenter);
    monthBar->addWidget(today);
    monthBar->addWidget(next);
    auto *monthLayout = new QVBoxLayout(month);
    monthLayout->addLayout(monthBar);
    monthLayout->addWidget(m_monthGrid);
    connect(previous, &QPushButton::clicked, this, [this] { showMonth(m_month.addMonths(-1)); });
    connect(next, &QPushButton::clicked, this, [this] { showMonth(m_month.addMonths(1)); });
    connect(today, &QPushButton::clicked, this, [this] { showMonth(QDate::currentDate()); });

    auto *year = new QWidget(this);
    auto *yearBar = new QHBoxLayout;
    QPushButton *previousYear = stepButton(u"◀"_qs, year);
    QPushButton *nextYear = stepButton(u"▶"_qs, year);
    previousYear->setAccessibleName(tr("Previous year"));
    nextYear->setAccessibleName(tr("Next year"));
    yearBar->addWidget(previousYear);
    yearBar->addWidget(m_yearTitle, 1, Qt::AlignCenter);
    yearBar->addWidget(nextYear);
    auto *yearLayout = new QVBoxLayout(year);
    yearLayout->addLayout(yearBar);
    yearLayout->addWidget(m_yearGrid);
    connect(previousYear, &QPushButton::clicked, this, [this] { showMonth(m_month.addYears(-1)); });
    connect(nextYear, &QPushButton::clicked, this, [this] { showMonth(m_month.addYears(1)); });

    // Tab as the eye reads: the buttons above the grid, then the grid (made
    // first, as a member).
    setTabOrder(previous, today);
    setTabOrder(today, next);
    setTabOrder(next, m_monthGrid);
    setTabOrder(previousYear, nextYear);
    setTabOrder(nextYear, m_yearGrid);

    auto *days = new QWidget(this);
    auto *daysLayout = new QVBoxLayout(days);
    auto *eventRow = new QHBoxLayout;
    auto *eventLabel = new QLabel(tr("&Event:"), days);
    eventLabel->setBuddy(m_event);
    eventRow->addWidget(eventLabel);
    eventRow->addWidget(m_event, 1);
    daysLayout->addLayout(eventRow);
    daysLayout->addWidget(m_days);
    m_days->setHeaderLabels({tr("Time"), tr("Item"), tr("Conflicts")});
    m_days->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_days->setWordWrap(true);
    connect(m_event, &QComboBox::currentIndexChanged, this, [this] {
        fillDays();
        fillConflicts();
    });

    m_tabs->addTab(month, tr("&Month"));
    m_tabs->addTab(year, tr("&Year"));
    m_tabs->addTab(days, tr("Event &Days"));

    m_conflictList->setHeaderLabels({tr("Date"), tr("Conflict"), tr("What")});
    m_conflictList->setRootIsDecorated(false);
    m_conflictList->setWordWrap(true);
    m_conflictList->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_conflictList->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto *conflictsLabel = new QLabel(tr("Conflicts &in the period shown:"), this);
    conflictsLabel->setBuddy(m_conflictList);

    const auto open = [this](int eventId) {
        if (eventId > 0)
            emit eventRequested(eventId);
    };
    connect(m_monthGrid, &QTableWidget::cellDoubleClicked, this, [this, open](int row, int col) {
        if (const QTableWidgetItem *cell = m_monthGrid->item(row, col))
            open(cell->data(Qt::UserRole).toInt());
    });
    connect(m_yearGrid, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        const QDate day(m_month.year(), row + 1, 1);
        m_tabs->setCurrentIndex(MonthTab);
        showMonth(day.addDays(column));
    });
    connect(m_conflictList, &QTreeWidget::itemActivated, this,
            [open](QTreeWidgetItem *item) { open(item->data(0, Qt::UserRole).toInt()); });
    connect(m_tabs, &QTabWidget::currentChanged, this, &CalendarDialog::fillConflicts);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *refresh = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QPushButton::clicked, this, &CalendarDialog::reload);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 3);
    layout->addWidget(conflictsLabel);
    layout->addWidget(m_conflictList, 1);
    layout->addWidget(buttons);
    setWindowTitle(tr("Calendar"));
    resize(1100, 760);
    reload();
}

void CalendarDialog::reload()
{
    m_events = EventRepository(m_db).summaries();
    m_conflicts = Conflicts::find(m_db, languageOfLocale());
    const int chosen = m_event->currentData().toInt();
    {
        const QSignalBlocker quiet(m_event);
        m_event->clear();
        const QLocale locale;
        for (const EventSummary &event : m_events)
            m_event->addItem(locale.toString(event.startDate, QLocale::ShortFormat) % u"  " %
                                 event.title.text(languageOfLocale()),
                             event.id);
        m_event->setCurrentIndex(std::max(0, m_event->findData(chosen)));
    }
    fillMonth();
    fillYear();
    fillDays();
    fillConflicts();
}

void CalendarDialog::showMonth(QDate day)
{
    m_month = day.addDays(1 - day.day());
    fillMonth();
    fillYear();
    fillConflicts();
}

void CalendarDialog::showEventDays(int eventId)
{
    m_event->setCurrentIndex(std::max(0, m_event->findData(eventId)));
    m_tabs->setCurrentIndex(DaysTab);
}

QList<const EventSummary *> CalendarDialog::eventsOn(QDate day) const
{
    QList<const EventSummary *> on;
    for (const EventSummary &event : m_events) {
        const QDate last = event.endDate.isValid() ? event.endDate : event.startDate;
        if (event.status != u"cancelled" && event.startDate <= day && day <= last)
            on.append(&event);
    }
    return on;
}

QList<const Conflict *> CalendarDialog::conflictsOn(QDate day) const
{
    QList<const Conflict *> on;
    for (const Conflict &conflict : m_conflicts) {
        if (conflict.day == day)
            on.append(&conflict);
    }
    return on;
}

void CalendarDialog::fillMonth()
{
    const QLocale locale;
    m_monthTitle->setText(locale.standaloneMonthName(m_month.month()) % u' ' %
                          QString::number(m_month.year()));
    m_monthGrid->setAccessibleName(m_monthTitle->text());
    QStringList weekdays;
    for (int day = 1; day <= 7; ++day)
        weekdays.append(locale.dayName(day, QLocale::ShortFormat));
    m_monthGrid->setHorizontalHeaderLabels(weekdays);
    const QDate first = m_month.addDays(1 - m_month.dayOfWeek()); // a Monday
    const Language language = languageOfLocale();
    for (int cell = 0; cell < 42; ++cell) {
        const QDate day = first.addDays(cell);
        QStringList lines{QString::number(day.day())};
        int eventId = 0;
        for (const EventSummary *event : eventsOn(day)) {
            lines.append(event->title.text(language));
            eventId = event->id;
        }
        const QList<const Conflict *> conflicts = conflictsOn(day);
        if (!conflicts.isEmpty())
            lines.append(warning % u' ' % tr("%n conflict(s)", nullptr, int(conflicts.size())));
        auto *item = new QTableWidgetItem(lines.join(u'\n'));
        item->setData(Qt::UserRole, eventId);
        item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
        item->setToolTip(conflictLines(conflicts));
        // A screen reader says the day in full, and each conflict's words.
        item->setData(Qt::AccessibleTextRole, QStringList{locale.toString(day, QLocale::LongFormat),
                                                          lines.mid(1).join(u'\n'), item->toolTip()}
                                                  .join(u'\n')
                                                  .trimmed());
        QColor fill = palette().color(QPalette::Base);
        if (!conflicts.isEmpty())
            fill = markers::conflictFill(palette());
        else if (eventId)
            fill = markers::eventFill(palette());
        if (fill != palette().color(QPalette::Base))
            item->setBackground(fill);
        // The days of the months around: dimmer, and still readable.
        if (day.month() != m_month.month())
            item->setForeground(
                markers::readableOn(palette().color(QPalette::Disabled, QPalette::Text), {fill}));
        m_monthGrid->setItem(cell / 7, cell % 7, item);
    }
}

void CalendarDialog::fillYear()
{
    const QLocale locale;
    m_yearTitle->setText(QString::number(m_month.year()));
    m_yearGrid->setAccessibleName(m_yearTitle->text());
    QStringList months;
    for (int month = 1; month <= 12; ++month)
        months.append(locale.standaloneMonthName(month, QLocale::ShortFormat));
    m_yearGrid->setVerticalHeaderLabels(months);
    QStringList numbers;
    for (int day = 1; day <= 31; ++day)
        numbers.append(QString::number(day));
    m_yearGrid->setHorizontalHeaderLabels(numbers);
    const Language language = languageOfLocale();
    for (int month = 1; month <= 12; ++month) {
        for (int dayNumber = 1; dayNumber <= 31; ++dayNumber) {
            const QDate day(m_month.year(), month, dayNumber);
            auto *item = new QTableWidgetItem;
            if (!day.isValid()) {
                item->setFlags(Qt::NoItemFlags);
                item->setBackground(palette().color(QPalette::Window));
                m_yearGrid->setItem(month - 1, dayNumber - 1, item);
                continue;
            }
            const QList<const EventSummary *> events = eventsOn(day);
            const QList<const Conflict *> conflicts = conflictsOn(day);
            QStringList about{locale.toString(day, QLocale::LongFormat)};
            for (const EventSummary *event : events)
                about.append(event->title.text(language));
            if (!conflicts.isEmpty())
                about.append(conflictLines(conflicts));
            item->setToolTip(about.join(u'\n'));
            item->setData(Qt::AccessibleTextRole, item->toolTip());
            item->setTextAlignment(Qt::AlignCenter);
            if (!conflicts.isEmpty()) {
                item->setText(QString(warning));
                QFont bold = item->font(); // a small cell's sign, in thick lines
                bold.setBold(true);
                item->setFont(bold);
                item->setBackground(markers::conflictFill(palette()));
            } else if (!events.isEmpty()) {
                item->setText(u"●"_qs);
                item->setBackground(markers::eventFill(palette()));
            }
            if (day.dayOfWeek() >= 6 && events.isEmpty())
                item->setBackground(palette().color(QPalette::AlternateBase));
            m_yearGrid->setItem(month - 1, dayNumber - 1, item);
        }
    }
}

void CalendarDialog::fillDays()
{
    m_days->clear();
    const int eventId = m_event->currentData().toInt();
    const std::optional<Event> event =
        eventId ? EventRepository(m_db).loadWithoutParticipants(eventId) : std::nullopt;
    if (!event)
        return;
    const QLocale locale;
    const Language language = languageOfLocale();
    const QList<Conflict> ofEvent = Conflicts::ofEvent(m_conflicts, eventId);
    QTreeWidgetItem *dayItem = nullptr;
    QDate shownDay;
    for (const AgendaItem &agendaItem : event->agenda) {
        if (agendaItem.day != shownDay) {
            shownDay = agendaItem.day;
            dayItem = new QTreeWidgetItem(m_days);
            dayItem->setText(0, locale.toString(shownDay, QLocale::LongFormat));
            dayItem->setFirstColumnSpanned(true);
            QFont bold = dayItem->font(0);
            bold.setBold(true);
            dayItem->setFont(0, bold);
            for (const Conflict &conflict : ofEvent) {
                if (conflict.day == shownDay && conflict.itemIds.isEmpty()) {
                    auto *line = new QTreeWidgetItem(dayItem);
                    line->setText(2, warning % u' ' % conflict.message);
                }
            }
        }
        auto *line = new QTreeWidgetItem(dayItem);
        line->setText(0, locale.toString(agendaItem.start, u"HH:mm"_qs) % u"–" %
                             locale.toString(agendaItem.end, u"HH:mm"_qs));
        QString title = agendaItem.title.text(language);
        if (!agendaItem.group.isEmpty())
            title += u" · " % tr("Group %1").arg(agendaItem.group);
        line->setText(1, title);
        QStringList flagged;
        for (const Conflict &conflict : ofEvent) {
            if (conflict.itemIds.contains(agendaItem.id))
                flagged.append(warning % u' ' % conflict.message);
        }
        line->setText(2, flagged.join(u'\n'));
        if (!flagged.isEmpty()) {
            for (int column = 0; column < 3; ++column)
                line->setBackground(column, markers::conflictFill(palette()));
        }
    }
    m_days->expandAll();
}

// The fills follow the palette (View › Appearance).
void CalendarDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        fillMonth();
        fillYear();
        fillDays();
    }
}

// The conflicts of what the tab shows: the month, the year, or the event.
void CalendarDialog::fillConflicts()
{
    m_conflictList->clear();
    const int tab = m_tabs->currentIndex();
    const QLocale locale;
    QList<Conflict> shown;
    if (tab == DaysTab) {
        shown = Conflicts::ofEvent(m_conflicts, m_event->currentData().toInt());
    } else {
        const QDate from = tab == MonthTab ? m_month : QDate(m_month.year(), 1, 1);
        const QDate to = tab == MonthTab ? m_month.addMonths(1) : QDate(m_month.year() + 1, 1, 1);
        for (const Conflict &conflict : m_conflicts) {
            if (from <= conflict.day && conflict.day < to)
                shown.append(conflict);
        }
    }
    for (const Conflict &conflict : shown) {
        auto *item = new QTreeWidgetItem(m_conflictList);
        item->setText(0, locale.toString(conflict.day, QLocale::ShortFormat));
        item->setText(1, warning % u' ' % Conflicts::name(conflict.kind));
        item->setText(2, conflict.message);
        item->setToolTip(2, conflict.message);
        item->setData(0, Qt::UserRole, conflict.eventIds.value(0));
    }
}

} // namespace ep
