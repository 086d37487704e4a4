#include "everywindow.h"

#include "editing/conflictdialog.h"
#include "export/documentdialog.h"
#include "export/eventdocument.h"
#include "forms/agendaitemdialog.h"
#include "forms/eventform.h"
#include "forms/newpersondialog.h"
#include "forms/organisationform.h"
#include "forms/participationdialog.h"
#include "forms/participationsdialog.h"
#include "forms/personform.h"
#include "forms/personpickerdialog.h"
#include "forms/siteform.h"
#include "forms/topicform.h"
#include "import/importwizard.h"
#include "shownwindow.h"
#include "storage/eventrepository.h"
#include "window/areapage.h"
#include "window/areas.h"
#include "window/attendancedialog.h"
#include "window/backupsdialog.h"
#include "window/calendardialog.h"
#include "window/duplicateeventdialog.h"
#include "window/mainwindow.h"
#include "window/messagetemplatesdialog.h"
#include "window/persondatadialog.h"
#include "window/retentiondialog.h"
#include "window/teamdatabasedialog.h"
#include "window/walkindialog.h"
#include "window/welcomedialog.h"
#include "window/writeemaildialog.h"
#include "window/writemessagesdialog.h"

#include <QAbstractButton>
#include <QLineEdit>
#include <QWizard>

namespace ep::test {

WindowContext::WindowContext()
{
    m_db.writeDemoProgramme();
    m_event = *EventRepository(m_db.connection()).load(1);
}

namespace {

template <typename Form>
std::unique_ptr<QWidget> formShowing(WindowContext &context, int id, int tab = -1)
{
    auto form = std::make_unique<Form>(context.workspace());
    form->showRecord(id);
    if constexpr (std::is_same_v<Form, EventForm>) {
        if (tab >= 0)
            form->tabs()->setCurrentIndex(tab);
    }
    return form;
}

EventDocument documentOf(WindowContext &context)
{
    return *EventDocument::load(context.connection(), context.event().id);
}

// The import wizard on the page `pages` clicks of Next past its first, for
// a registration file of the test data.
std::unique_ptr<QWidget> importWizardAt(WindowContext &context, int pages)
{
    auto wizard = std::make_unique<ImportWizard>(context.workspace(), ImportTarget::Participants,
                                                 context.event().id);
    wizard->show(); // its first page takes the path last used when shown
    wizard->findChild<QLineEdit *>(QStringLiteral("path"))
        ->setText(QStringLiteral(EXCHANGE_PLANNER_TEST_DATA "/import/pretix-orders.csv"));
    for (int page = 0; page < pages; ++page)
        wizard->next();
    return wizard;
}

void addForms(QList<WindowSample> &windows)
{
    windows.append({u"event, details"_qs, [](WindowContext &c) {
                        return formShowing<EventForm>(c, c.event().id, EventForm::DetailsTab);
                    }});
    windows.append({u"event, agenda"_qs, [](WindowContext &c) {
                        return formShowing<EventForm>(c, c.event().id, EventForm::AgendaTab);
                    }});
    windows.append({u"event, participants"_qs, [](WindowContext &c) {
                        return formShowing<EventForm>(c, c.event().id, EventForm::ParticipantsTab);
                    }});
    windows.append({u"person"_qs, [](WindowContext &c) {
                        return formShowing<PersonForm>(c, c.event().participants.first().personId);
                    }});
    windows.append({u"organisation"_qs, [](WindowContext &c) {
                        return formShowing<OrganisationForm>(c, c.event().hostOrganisationId);
                    }});
    windows.append({u"site"_qs, [](WindowContext &c) {
                        return formShowing<SiteForm>(c, c.event().agenda[3].siteId);
                    }});
    windows.append({u"topic"_qs, [](WindowContext &c) {
                        return formShowing<TopicForm>(c, c.event().topicIds.first());
                    }});
}

void addEventDialogs(QList<WindowSample> &windows)
{
    windows.append({u"agenda item"_qs, [](WindowContext &c) -> std::unique_ptr<QWidget> {
                        return std::make_unique<AgendaItemDialog>(c.workspace(), c.event(), 3);
                    }});
    windows.append({u"participation"_qs, [](WindowContext &c) -> std::unique_ptr<QWidget> {
                        return std::make_unique<ParticipationDialog>(c.workspace(), c.event(), 0);
                    }});
    windows.append({u"participations"_qs, [](WindowContext &c) -> std::unique_ptr<QWidget> {
                        return std::make_unique<ParticipationsDialog>(c.event(), QList{0, 1, 2});
                    }});
    windows.append({u"new person"_qs, [](WindowContext &c) -> std::unique_ptr<QWidget> {
                        return std::make_unique<NewPersonDialog>(c.workspace(), u"Anna Nowak"_qs);
                    }});
    windows.append({u"person picker"_qs, [](WindowContext &c) -> std::unique_ptr<QWidget> {
                        return std::make_unique<PersonPickerDialog>(
                            c.workspace(), PersonPickerDialog::Selection::Single);
                    }});
    windows.append({u"duplicate event"_qs, [](WindowContext &c) -> std::unique_ptr<QWidget> {
                        const Event &e = c.event();
                        return std::make_unique<DuplicateEventDialog>(
                            e.title.text(Language::English), e.startDate, e.endDate,
                            int(e.participants.size()));
                    }});
    windows.append({u"attendance"_qs, [](WindowContext &c) -> std::unique_ptr<QWidget> {
                        return std::make_unique<AttendanceDialog>(c.workspace(), documentOf(c));
                    }});
    windows.append({u"walk-in"_qs, [](WindowContext &c) -> std::unique_ptr<QWidget> {
                        return std::make_unique<WalkInDialog>(c.connection(), u"8 July 2019"_qs);
                    }});
    for (const auto &[name, tab] : {std::pair{"calendar, month", CalendarDialog::MonthTab},
                                    std::pair{"calendar, year", CalendarDialog::YearTab},
                                    std::pair{"calendar, days", CalendarDialog::DaysTab}}) {
        windows.append(
            {QString::fromLatin1(name), [tab](WindowContext &c) -> std::unique_ptr<QWidget> {
                 auto calendar = std::make_unique<CalendarDialog>(c.connection());
                 calendar->showMonth(c.event().startDate);
                 if (tab == CalendarDialog::DaysTab)
                     calendar->showEventDays(c.event().id);
                 calendar->tabs()->setCurrentIndex(tab);
                 return calendar;
             }});
    }
    windows.append(
        {u"conflict"_qs, [](WindowContext &) -> std::unique_ptr<QWidget> {
             return std::make_unique<ConflictDialog>(
                 u"Study visit"_qs,
                 QList<MergeChoice>{{u"Venue: city"_qs, u"Essen"_qs, u"Bochum"_qs, true, true},
                                    {u"Title (PL)"_qs, u"Wizyta"_qs, u"Wizyta"_qs, false, true}});
         }});
}

void addDocumentDialogs(QList<WindowSample> &windows)
{
    for (const auto &[name, kind] : {std::pair{"agenda document", DocumentKind::Agenda},
                                     std::pair{"participant list", DocumentKind::ParticipantList},
                                     std::pair{"sign-in sheets", DocumentKind::SignInSheet},
                                     std::pair{"contact list", DocumentKind::ContactList},
                                     std::pair{"rooming list", DocumentKind::RoomingList},
                                     std::pair{"passenger lists", DocumentKind::PassengerLists},
                                     std::pair{"catering numbers", DocumentKind::CateringNumbers},
                                     std::pair{"badges", DocumentKind::Badges},
                                     std::pair{"invitation letters", DocumentKind::Letters},
                                     std::pair{"certificates", DocumentKind::Certificates}}) {
        windows.append(
            {QString::fromLatin1(name), [kind](WindowContext &c) -> std::unique_ptr<QWidget> {
                 return std::make_unique<DocumentDialog>(kind, documentOf(c));
             }});
    }
    windows.append({u"write messages"_qs, [](WindowContext &c) -> std::unique_ptr<QWidget> {
                        auto dialog = std::make_unique<WriteMessagesDialog>(
                            c.connection(), documentOf(c), QList<int>{});
                        dialog->loadTemplates();
                        return dialog;
                    }});
    windows.append({u"write email"_qs, [](WindowContext &c) -> std::unique_ptr<QWidget> {
                        return std::make_unique<WriteEmailDialog>(documentOf(c), QList<int>{});
                    }});
    windows.append({u"message templates"_qs, [](WindowContext &c) -> std::unique_ptr<QWidget> {
                        auto dialog = std::make_unique<MessageTemplatesDialog>(
                            c.connection(), MessageKind::Invitation);
                        dialog->load();
                        return dialog;
                    }});
    windows.append({u"person's data"_qs, [](WindowContext &) -> std::unique_ptr<QWidget> {
                        return std::make_unique<PersonDataDialog>(u"Anna Nowak"_qs, u"pl, en"_qs);
                    }});
}

void addDatabaseDialogs(QList<WindowSample> &windows)
{
    windows.append({u"welcome"_qs, [](WindowContext &c) -> std::unique_ptr<QWidget> {
                        return std::make_unique<WelcomeDialog>(c.databasePath());
                    }});
    windows.append({u"team database"_qs, [](WindowContext &) -> std::unique_ptr<QWidget> {
                        return std::make_unique<TeamDatabaseDialog>(QStringList{});
                    }});
    windows.append({u"backups"_qs, [](WindowContext &c) -> std::unique_ptr<QWidget> {
                        return std::make_unique<BackupsDialog>(c.databasePath());
                    }});
    windows.append({u"retention"_qs, [](WindowContext &c) -> std::unique_ptr<QWidget> {
                        return std::make_unique<RetentionDialog>(c.connection(), true);
                    }});
    const QStringList pages{u"file"_qs, u"format"_qs, u"columns"_qs, u"check"_qs};
    for (int page = 0; page < pages.size(); ++page) {
        windows.append({u"import wizard, "_qs + pages[page], [page](WindowContext &c) {
                            return importWizardAt(c, page);
                        }});
    }
}

void addAreas(QList<WindowSample> &windows)
{
    for (const AreaDescription &description : areaDescriptions()) {
        const Area area = description.area;
        windows.append({u"main window: "_qs + QString::fromLatin1(description.key),
                        [area](WindowContext &c) -> std::unique_ptr<QWidget> {
                            auto window =
                                std::make_unique<MainWindow>(openDatabase(c.databasePath()));
                            window->showArea(area);
                            return window;
                        }});
    }
    windows.append(
        {u"main window: statistics"_qs, [](WindowContext &c) -> std::unique_ptr<QWidget> {
             auto window = std::make_unique<MainWindow>(openDatabase(c.databasePath()));
             window->showStatistics();
             return window;
         }});
}

} // namespace

QList<WindowSample> everyWindow()
{
    QList<WindowSample> windows;
    addForms(windows);
    addEventDialogs(windows);
    addDocumentDialogs(windows);
    addDatabaseDialogs(windows);
    addAreas(windows);
    return windows;
}

} // namespace ep::test
