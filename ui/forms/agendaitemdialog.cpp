#include "forms/agendaitemdialog.h"

#include "domain/formats.h"
#include "domain/validation.h"
#include "storage/siterepository.h"
#include "widgets/datefield.h"
#include "widgets/localizedtextedit.h"
#include "widgets/personlistedit.h"
#include "widgets/vocabularycombobox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace ep {

AgendaItemDialog::AgendaItemDialog(const Workspace &workspace, const Event &event, int index,
                                   QWidget *parent)
    : ReadingOrderDialog(parent)
    , m_event(event)
    , m_index(index)
    , m_day(new DateField(this))
    , m_start(new QTimeEdit(this))
    , m_end(new QTimeEdit(this))
    , m_title(new LocalizedTextEdit(LocalizedTextEdit::Lines::Single, this))
    , m_kind(new VocabularyComboBox(Vocabulary::AgendaItemKind, this))
    , m_site(new QComboBox(this))
    , m_hosts(new PersonListEdit(workspace, this))
    , m_meetingPoint(new LocalizedTextEdit(LocalizedTextEdit::Lines::Single, this))
    , m_group(new QComboBox(this))
    , m_notes(new QPlainTextEdit(this))
{
    setWindowTitle(index < 0 ? tr("New Agenda Item") : tr("Agenda Item"));
    if (index >= 0) {
        m_original = event.agenda.value(index);
    } else {
        // A new item starts where the day's programme ends.
        m_original.day = event.startDate;
        m_original.start = QTime(9, 0);
        for (const AgendaItem &other : event.agenda) {
            if (other.day > m_original.day ||
                (other.day == m_original.day && other.end > m_original.start)) {
                m_original.day = other.day;
                m_original.start = other.end;
            }
        }
        m_original.end = m_original.start.addSecs(3600);
        if (m_original.end < m_original.start)
            m_original.end = QTime(23, 59);
    }

    m_day->setObjectName(QStringLiteral("day"));
    m_title->setObjectName(QStringLiteral("title"));
    m_meetingPoint->setObjectName(QStringLiteral("meetingPoint"));
    m_day->setShowsWeekday(true);
    // The event's days to choose from; a typed number picks one ("2": the second).
    QList<QDate> days;
    for (QDate day = event.startDate; day.isValid() && day <= event.endDate && days.size() < 366;
         day = day.addDays(1))
        days.append(day);
    m_day->setChoices(days);
    connect(m_day, &DateField::problemChanged, this, [this] {
        m_issues.showFor({QStringLiteral("day")}, {{QStringLiteral("day"), m_day->shownProblem()}});
    });
    m_start->setDisplayFormat(timeFormat());
    m_end->setDisplayFormat(timeFormat());
    m_site->addItem(tr("(none)"), 0);
    for (const auto &[id, name] : SiteRepository(workspace.db).choices(languageOfLocale()))
        m_site->addItem(name, id);
    // The groups the event's other items are for, to pick rather than retype.
    m_meetingPoint->setOptional(true);
    m_group->setEditable(true);
    m_group->setObjectName(QStringLiteral("group"));
    m_group->setInsertPolicy(QComboBox::NoInsert);
    m_group->lineEdit()->setPlaceholderText(tr("Everyone"));
    m_group->setToolTip(tr("The part of the delegation the item is for, e.g. \"A\" or \"Bus 2\". "
                           "Items for different groups may run at the same time; an item "
                           "without a group is for everyone."));
    QStringList groups;
    for (const AgendaItem &other : event.agenda) {
        if (!other.group.isEmpty() && !groups.contains(other.group))
            groups.append(other.group);
    }
    groups.sort(Qt::CaseInsensitive);
    m_group->addItem(QString());
    m_group->addItems(groups);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 4);

    m_day->setDate(m_original.day.isValid() ? m_original.day : QDate::currentDate());
    m_start->setTime(m_original.start);
    m_end->setTime(m_original.end);
    m_title->setText(m_original.title);
    m_kind->setCode(m_original.kind);
    m_site->setCurrentIndex(std::max(0, m_site->findData(m_original.siteId)));
    m_hosts->setPersonIds(m_original.hostIds);
    m_meetingPoint->setText(m_original.meetingPoint);
    m_group->setCurrentText(m_original.group);
    m_notes->setPlainText(m_original.notes);

    auto *times = new QWidget(this);
    auto *timesLayout = new QHBoxLayout(times);
    timesLayout->setContentsMargins(0, 0, 0, 0);
    timesLayout->addWidget(m_start);
    timesLayout->addWidget(new QLabel(QStringLiteral("–"), times));
    timesLayout->addWidget(m_end);
    timesLayout->addStretch();

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::DontWrapRows); // labels beside their fields
    form->addRow(tr("&Day"), m_issues.wrap(m_day, {QStringLiteral("day")}, this));
    auto *timeLabel = new QLabel(tr("&Time"), this);
    timeLabel->setBuddy(m_start);
    form->addRow(timeLabel,
                 m_issues.wrap(times, {QStringLiteral("start"), QStringLiteral("end")}, this));
    //: the part of the delegation an agenda item is for (parallel programme)
    form->addRow(tr("&Group"), m_issues.wrap(m_group, {QStringLiteral("group")}, this));
    form->addRow(tr("T&itle"), m_issues.wrap(m_title, {QStringLiteral("title")}, this));
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("&Site"), m_site);
    form->addRow(tr("&Hosts and speakers"), m_hosts);
    form->addRow(tr("&Meeting point"),
                 m_issues.wrap(m_meetingPoint, {QStringLiteral("meetingPoint")}, this));
    form->addRow(tr("&Notes"), m_notes);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    // Tab as the dialog is read: the fields top to bottom, then the buttons.
    orderTabs(form, buttons);
    resize(720, sizeHint().height());
    m_title->editor(Language::German)->setFocus();
}

AgendaItem AgendaItemDialog::item() const
{
    AgendaItem item = m_original;
    item.day = m_day->date();
    item.start = QTime(m_start->time().hour(), m_start->time().minute());
    item.end = QTime(m_end->time().hour(), m_end->time().minute());
    item.title = m_title->text();
    item.kind = m_kind->code();
    item.siteId = m_site->currentData().toInt();
    item.hostIds = m_hosts->personIds();
    item.meetingPoint = m_meetingPoint->text();
    item.group = m_group->currentText().trimmed();
    item.notes = m_notes->toPlainText().trimmed();
    return item;
}

void AgendaItemDialog::accept()
{
    // What was typed, not that the day is missing.
    const FieldIssues issues =
        m_day->withProblem(Validation::checkAgendaItem(item(), m_event, m_index),
                           QStringLiteral("day"), FieldIssue::Scope::AgendaItem, m_index);
    m_issues.show(issues, FieldIssue::Scope::AgendaItem, m_index);
    if (issues.isEmpty())
        QDialog::accept();
}

} // namespace ep
