#include "forms/eventform.h"

#include "documents/documentcatalogue.h"
#include "domain/formats.h"
#include "domain/validation.h"
#include "domain/waitinglist.h"
#include "forms/agendaeditor.h"
#include "forms/participantseditor.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/personrepository.h"
#include "storage/recordnames.h"
#include "storage/topicrepository.h"
#include "widgets/datefield.h"
#include "widgets/localizedtextedit.h"
#include "widgets/logofield.h"
#include "widgets/organisationcombobox.h"
#include "widgets/personlistedit.h"
#include "widgets/taborder.h"
#include "widgets/vocabularycombobox.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ep {

EventForm::EventForm(const Workspace &workspace, QWidget *parent)
    : RecordForm(workspace, parent)
    , m_tabs(new QTabWidget(this))
    , m_kind(new VocabularyComboBox(Vocabulary::EventKind, this))
    , m_title(new LocalizedTextEdit(LocalizedTextEdit::Lines::Single, this))
    , m_description(new LocalizedTextEdit(LocalizedTextEdit::Lines::Multiple, this))
    , m_startDate(new DateField(this))
    , m_endDate(new DateField(this))
    , m_venueCity(new QLineEdit(this))
    , m_venueAddress(new QLineEdit(this))
    , m_onlinePlatform(new QLineEdit(this))
    , m_onlineLink(new QLineEdit(this))
    , m_host(new OrganisationComboBox(workspace.db, this))
    , m_organisers(new PersonListEdit(workspace, this))
    , m_topics(new QListWidget(this))
    , m_languages(new QLineEdit(this))
    , m_interpretation(new QLineEdit(this))
    , m_capacity(new QSpinBox(this))
    , m_status(new VocabularyComboBox(Vocabulary::EventStatus, this))
    , m_fundingProgramme(new QLineEdit(this))
    , m_projectNumber(new QLineEdit(this))
    , m_fundingLogo(new LogoField(LogoField::Owner::FundingProgramme, this))
    , m_documents(new QPushButton(this))
    , m_agenda(new AgendaEditor(workspace, this))
    , m_participants(new ParticipantsEditor(workspace, this))
    , m_loader(new ParticipantLoader(this))
{
    setObjectName(QStringLiteral("eventForm"));
    m_kind->setObjectName(QStringLiteral("kind"));
    m_title->setObjectName(QStringLiteral("title"));
    m_startDate->setObjectName(QStringLiteral("startDate"));
    m_endDate->setObjectName(QStringLiteral("endDate"));
    m_venueCity->setObjectName(QStringLiteral("venueCity"));
    m_venueAddress->setObjectName(QStringLiteral("venueAddress"));
    m_onlinePlatform->setObjectName(QStringLiteral("onlinePlatform"));
    m_onlinePlatform->setPlaceholderText(QStringLiteral("Zoom, BigBlueButton, Teams …"));
    m_onlineLink->setPlaceholderText(QStringLiteral("https://"));
    m_languages->setPlaceholderText(QStringLiteral("de, pl, en"));
    m_interpretation->setPlaceholderText(QStringLiteral("DE↔PL"));
    m_capacity->setObjectName(QStringLiteral("capacity"));
    m_capacity->setRange(0, 100000);
    m_topics->setMaximumHeight(m_topics->fontMetrics().lineSpacing() * 6);

    m_agenda->setEventSource([this] { return entered(); });
    m_participants->setEventSource([this] { return entered(); });
    connect(m_loader, &ParticipantLoader::read, this, &EventForm::showParticipantsRead);
    connect(m_agenda, &AgendaEditor::changed, this, [this] {
        updateTabTitles();
        emit modifiedChanged();
    });
    connect(m_participants, &ParticipantsEditor::changed, this, [this] {
        updateTabTitles();
        emit modifiedChanged();
    });
    connect(m_capacity, &QSpinBox::valueChanged, m_participants, &ParticipantsEditor::setCapacity);
    connect(m_participants, &ParticipantsEditor::importRequested, this,
            [this] { emit importParticipantsRequested(recordId()); });
    connect(m_topics, &QListWidget::itemChanged, this, &RecordForm::modifiedChanged);
    connect(m_startDate, &DateField::dateChanged, this, [this](QDate start) {
        // A new event usually lasts a day or a few: keep the last day in step.
        if (m_endDate->date() < start)
            m_endDate->setDate(start);
    });
    // The dates' messages follow the typing: a mended date takes its message away.
    for (DateField *date : {m_startDate, m_endDate}) {
        connect(date, &DateField::problemChanged, this, &EventForm::showDateIssues);
        connect(date, &DateField::dateChanged, this, &EventForm::showDateIssues);
    }

    // The documents are made from the stored event: the menu opens them once
    // it is saved.
    m_documents->setObjectName(QStringLiteral("documentsButton"));
    auto *documents = new QMenu(m_documents);
    for (const DocumentType &type : documentCatalogue()) {
        if (!type.ofAnEvent)
            continue;
        QAction *action = documents->addAction(QString());
        action->setData(QLatin1String(type.key));
        connect(action, &QAction::triggered, this,
                [this, kind = type.kind] { emit documentRequested(recordId(), kind); });
    }
    m_documents->setMenu(documents);
    m_tabs->setCornerWidget(m_documents, Qt::TopRightCorner);
    connect(m_fundingLogo, &LogoField::changed, this, &RecordForm::modifiedChanged);

    m_tabs->addTab(makeDetailsTab(), QString());
    m_tabs->addTab(m_agenda, QString());
    m_tabs->addTab(m_participants, QString());
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_tabs);
    retranslate();
    showRecord(0);
}

QList<QWidget *> EventForm::tabStops() const
{
    const QList<QWidget *> page = m_tabs->currentIndex() == DetailsTab
                                      ? RecordForm::tabStops()
                                      : taborder::stopsOf(m_tabs->currentWidget());
    return QList<QWidget *>{m_tabs->tabBar(), m_documents} + page;
}

QWidget *EventForm::makeDetailsTab()
{
    auto *page = new QWidget(this);
    auto *outer = new QVBoxLayout(page);
    outer->setContentsMargins(0, 0, 0, 0);
    QFormLayout *form = makeScrollingForm(outer);
    addRow(form, QT_TR_NOOP("&Kind"), m_kind);
    addRow(form, QT_TR_NOOP("&Title"), m_title, QStringLiteral("title"));
    m_description->setOptional(true);
    addRow(form, QT_TR_NOOP("&Description"), m_description);
    addRow(form, QT_TR_NOOP("&First day"), m_startDate, QStringLiteral("startDate"));
    addRow(form, QT_TR_NOOP("&Last day"), m_endDate, QStringLiteral("endDate"));
    addRow(form, QT_TR_NOOP("Venue: &city"), m_venueCity);
    addRow(form, QT_TR_NOOP("Venue: &address"), m_venueAddress);
    addRow(form, QT_TR_NOOP("Online platfor&m"), m_onlinePlatform);
    addRow(form, QT_TR_NOOP("Online li&nk"), m_onlineLink, QStringLiteral("onlineLink"));
    addRow(form, QT_TR_NOOP("&Host organisation"), m_host);
    addRow(form, QT_TR_NOOP("&Organisers"), m_organisers);
    addRow(form, QT_TR_NOOP("To&pics"), m_topics);
    addRow(form, QT_TR_NOOP("Lan&guages"), m_languages);
    addRow(form, QT_TR_NOOP("&Interpretation"), m_interpretation);
    addRow(form, QT_TR_NOOP("Capacit&y"), m_capacity, QStringLiteral("capacity"));
    //: the status of the event (planned, confirmed, held, cancelled)
    addRow(form, QT_TR_NOOP("&Status"), m_status);
    addRow(form, QT_TR_NOOP("Funding p&rogramme"), m_fundingProgramme);
    addRow(form, QT_TR_NOOP("Pro&ject number"), m_projectNumber);
    addRow(form, QT_TR_NOOP("F&unding logo"), m_fundingLogo);
    connect(m_organisers, &PersonListEdit::changed, this, &RecordForm::modifiedChanged);
    return page;
}

void EventForm::retranslate()
{
    // Dates as the window's language writes them (26.11.2026, 26/11/2026).
    updateTabTitles();
    m_capacity->setSpecialValueText(tr("no limit"));
    // Wide enough for the words of every language ("unbegrenzt", "bez limitu"):
    // a clipped "unbegrenzt" reads as its opposite.
    m_capacity->setMinimumWidth(
        std::max(m_capacity->fontMetrics().horizontalAdvance(m_capacity->specialValueText()),
                 m_capacity->fontMetrics().horizontalAdvance(u"100000"_qs)) +
        m_capacity->style()->pixelMetric(QStyle::PM_SpinBoxFrameWidth) * 2 + 48);
    fillTopics(checkedTopics());
    m_documents->setText(tr("Documents"));
    m_documents->setToolTip(tr("Agenda, participant list and sign-in sheets of the saved event: "
                               "preview, print, PDF, calendar and CSV"));
    for (const DocumentType &type : documentCatalogue()) {
        for (QAction *action : m_documents->menu()->actions()) {
            if (action->data().toString() == QLatin1String(type.key))
                action->setText(QCoreApplication::translate("ep::DocumentActions", type.menuText));
        }
    }
    m_fundingProgramme->setPlaceholderText(tr("e.g. Interreg Central Europe"));
}

void EventForm::updateTabTitles()
{
    m_tabs->setTabText(DetailsTab, tr("&Details"));
    m_tabs->setTabText(AgendaTab, tr("&Agenda (%1)").arg(m_agenda->items().size()));
    m_tabs->setTabText(ParticipantsTab,
                       tr("&Participants (%1)").arg(QLocale().toString(m_participants->count())));
}

QWidget *EventForm::firstField() const
{
    return m_title->editor(Language::German);
}

void EventForm::reloadChoices()
{
    const bool modified = isModified();
    m_host->reload();
    fillTopics(checkedTopics());
    if (!modified)
        showRecord(m_stored.id);
}

void EventForm::fillTopics(const QList<int> &checked)
{
    const QSignalBlocker blocker(m_topics);
    m_topics->clear();
    const Language language = languageOfLocale();
    for (const Topic &topic : TopicRepository(m_workspace.db).all(language)) {
        auto *item = new QListWidgetItem(topic.name.text(language), m_topics);
        item->setData(Qt::UserRole, topic.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(checked.contains(topic.id) ? Qt::Checked : Qt::Unchecked);
    }
}

QList<int> EventForm::checkedTopics() const
{
    QList<int> checked;
    for (int row = 0; row < m_topics->count(); ++row) {
        if (m_topics->item(row)->checkState() == Qt::Checked)
            checked.append(m_topics->item(row)->data(Qt::UserRole).toInt());
    }
    // Stored topics keep their stored order, so an untouched event compares equal.
    QList<int> ordered;
    for (int id : m_stored.topicIds) {
        if (checked.contains(id))
            ordered.append(id);
    }
    for (int id : checked) {
        if (!ordered.contains(id))
            ordered.append(id);
    }
    return ordered;
}

void EventForm::showRecord(int id)
{
    m_stored = EventRepository(m_workspace.db).loadWithoutParticipants(id).value_or(Event{});
    if (m_stored.id == 0) {
        m_stored.startDate = QDate::currentDate();
        m_stored.endDate = QDate::currentDate();
        // A new event starts with its details, whatever tab was open before.
        m_tabs->setCurrentIndex(DetailsTab);
    }
    setRecordId(m_stored.id);
    m_kind->setCode(m_stored.kind);
    m_title->setText(m_stored.title);
    m_description->setText(m_stored.description);
    {
        const QSignalBlocker blocker(m_startDate);
        m_startDate->setDate(m_stored.startDate);
    }
    m_endDate->setDate(m_stored.endDate);
    m_venueCity->setText(m_stored.venueCity);
    m_venueAddress->setText(m_stored.venueAddress);
    m_onlinePlatform->setText(m_stored.onlinePlatform);
    m_onlineLink->setText(m_stored.onlineLink);
    m_host->reload();
    m_host->setOrganisationId(m_stored.hostOrganisationId);
    m_organisers->setPersonIds(m_stored.organiserIds);
    fillTopics(m_stored.topicIds);
    m_languages->setText(m_stored.languages);
    m_interpretation->setText(m_stored.interpretation);
    m_capacity->setValue(m_stored.capacity);
    m_status->setCode(m_stored.status);
    m_fundingProgramme->setText(m_stored.fundingProgramme);
    m_projectNumber->setText(m_stored.projectNumber);
    m_fundingLogo->setLogo(m_stored.fundingLogo);
    m_documents->setEnabled(m_stored.id != 0);
    m_agenda->setItems(m_stored.agenda);
    readParticipants();
    m_participants->setImportEnabled(m_stored.id != 0);
    showIssues({});
    updateTabTitles();
    emit modifiedChanged();
}

void EventForm::readParticipants()
{
    m_loader->abandon();
    const EventRepository events(m_workspace.db);
    const int count = m_stored.id == 0 ? 0 : events.participantCount(m_stored.id);
    if (count <= participantsReadAtOnce) {
        showParticipantsRead(ParticipantLoader::readNow(m_workspace.db, m_stored.id));
        return;
    }
    m_participants->showReading(count);
    m_loader->start(m_workspace.db, m_stored.id);
}

void EventForm::showParticipantsRead(const ParticipantLoader::Result &result)
{
    if (result.eventId != m_stored.id)
        return;
    const bool wasModified = isModified();
    m_stored.participants = result.participants;
    m_participants->setParticipants(m_stored.participants, result.people);
    if (result.error.isValid())
        m_participants->showIssues({Database::describeFailure(m_workspace.db, result.error)});
    updateTabTitles();
    if (wasModified != isModified())
        emit modifiedChanged();
}

bool EventForm::isReadingParticipants() const
{
    return m_loader->isLoading();
}

void EventForm::finishReadingParticipants()
{
    if (m_loader->isLoading())
        showParticipantsRead(m_loader->wait());
}

Event EventForm::entered() const
{
    Event event;
    event.id = m_stored.id;
    event.version = m_stored.version;
    event.kind = m_kind->code();
    event.title = m_title->text();
    event.description = m_description->text();
    event.startDate = m_startDate->date();
    event.endDate = m_endDate->date();
    event.venueCity = m_venueCity->text().trimmed();
    event.venueAddress = m_venueAddress->text().trimmed();
    event.onlinePlatform = m_onlinePlatform->text().trimmed();
    event.onlineLink = m_onlineLink->text().trimmed();
    event.hostOrganisationId = m_host->organisationId();
    event.organiserIds = m_organisers->personIds();
    event.topicIds = checkedTopics();
    event.languages = m_languages->text().trimmed();
    event.interpretation = m_interpretation->text().trimmed();
    event.capacity = m_capacity->value();
    event.status = m_status->code();
    event.fundingProgramme = m_fundingProgramme->text().trimmed();
    event.projectNumber = m_projectNumber->text().trimmed();
    event.fundingLogo = m_fundingLogo->logo();
    event.agenda = m_agenda->items();
    event.participants = m_participants->participants();
    return event;
}

bool EventForm::isModified() const
{
    return entered() != m_stored;
}

void EventForm::showIssues(const FieldIssues &issues)
{
    m_issues.show(issues);
    const Event event = entered();
    const Language language = languageOfLocale();
    QStringList agendaMessages;
    QStringList participantMessages;
    for (const FieldIssue &issue : issues) {
        if (issue.scope == FieldIssue::Scope::AgendaItem) {
            agendaMessages.append(
                tr("\"%1\": %2")
                    .arg(event.agenda.value(issue.row).title.text(language), issue.message));
        } else if (issue.scope == FieldIssue::Scope::Participant) {
            participantMessages.append(tr("Row %1: %2").arg(issue.row + 1).arg(issue.message));
        }
    }
    m_agenda->showIssues(agendaMessages);
    m_participants->showIssues(participantMessages);

    // Show the first tab that has something to fix.
    const auto inScope = [&issues](FieldIssue::Scope scope) {
        return std::any_of(issues.cbegin(), issues.cend(),
                           [scope](const FieldIssue &issue) { return issue.scope == scope; });
    };
    if (inScope(FieldIssue::Scope::Record))
        m_tabs->setCurrentIndex(DetailsTab);
    else if (inScope(FieldIssue::Scope::AgendaItem))
        m_tabs->setCurrentIndex(AgendaTab);
    else if (inScope(FieldIssue::Scope::Participant))
        m_tabs->setCurrentIndex(ParticipantsTab);
}

// The dates' own problems (text that names no date) in place of what
// validation says of a missing date.
FieldIssues EventForm::withDateProblems(FieldIssues issues, bool shownOnly) const
{
    using Scope = FieldIssue::Scope;
    issues = m_startDate->withProblem(std::move(issues), QStringLiteral("startDate"), Scope::Record,
                                      -1, shownOnly);
    return m_endDate->withProblem(std::move(issues), QStringLiteral("endDate"), Scope::Record, -1,
                                  shownOnly);
}

void EventForm::showDateIssues()
{
    // Order of the days: said once both are dates; a missing one is said
    // by the field itself, or at the save.
    FieldIssues issues = Validation::check(entered());
    issues.removeIf([this](const FieldIssue &issue) {
        return issue.scope != FieldIssue::Scope::Record ||
               (issue.field == u"startDate" && !m_startDate->date().isValid()) ||
               (issue.field == u"endDate" &&
                (!m_endDate->date().isValid() || !m_startDate->date().isValid()));
    });
    m_issues.showFor({QStringLiteral("startDate"), QStringLiteral("endDate")},
                     withDateProblems(issues, true));
}

bool EventForm::save()
{
    // What is saved is compared with the participants as stored: all of them.
    finishReadingParticipants();
    Event event = entered();
    const FieldIssues issues = withDateProblems(Validation::check(event), false);
    showIssues(issues);
    // The capacity holds when participants are confirmed: the same step
    // puts those beyond it on the waiting list, or moves the waiting up,
    // counting the places as stored now. Read only when a status or the
    // capacity changed: a save of other fields sends nothing more.
    WaitingListMoves moves;
    if (issues.isEmpty() && event.capacity > 0 && movesPlaces(event, m_stored)) {
        QSqlError error;
        const QList<Participation> now =
            event.id ? EventRepository(m_workspace.db).participants(event.id, &error)
                     : QList<Participation>();
        if (error.isValid()) {
            reportWriteFailure(SaveResult::failed(error));
            return false;
        }
        moves = applyCapacity(event, m_stored, now);
    }
    const QString title = event.title.text(languageOfLocale());
    const QString text =
        event.id == 0 ? tr("New event \"%1\"").arg(title) : tr("Edit event \"%1\"").arg(title);
    if (!saveRecord<EventRepository>(event, m_stored, issues, text))
        return false;
    if (!moves.isEmpty())
        tellWaitingListMoves(moves, event.capacity);
    return true;
}

void EventForm::tellWaitingListMoves(const WaitingListMoves &moves, int capacity)
{
    const auto names = [this](const QList<int> &ids) {
        QStringList list;
        for (const PersonLabel &person : PersonRepository(m_workspace.db).labels(ids))
            list.append(person.name);
        return list.join(u", ");
    };
    QStringList said;
    if (!moves.waitlisted.isEmpty())
        said.append(tr("The event has %n place(s), all taken: on the waiting list instead of "
                       "confirmed: %1.",
                       nullptr, capacity)
                        .arg(names(moves.waitlisted)));
    if (!moves.movedUp.isEmpty())
        said.append(
            tr("Moved up from the waiting list to confirmed: %1.").arg(names(moves.movedUp)));
    QMessageBox::information(this, tr("Waiting List"), said.join(u"\n\n"));
}

RemovalImpact EventForm::impactOfRemoving(int id) const
{
    return EventRepository(m_workspace.db).impactOfRemoving(id);
}

bool EventForm::remove(int id)
{
    return removeRecord<EventRepository>(id, m_stored.version,
                                         tr("Delete event \"%1\"").arg(recordName(id)));
}

QString EventForm::recordName(int id) const
{
    return recordnames::of(m_workspace.db, QStringLiteral("events"), id, languageOfLocale());
}

QString EventForm::storedStamp() const
{
    return EventRepository(m_workspace.db).stamp(recordId());
}

} // namespace ep
