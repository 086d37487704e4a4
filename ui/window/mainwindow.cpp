#include "window/mainwindow.h"

#include "editing/recordchanges.h"
#include "export/documentactions.h"
#include "forms/eventform.h"
#include "statistics/statisticspage.h"
#include "storage/database.h"
#include "storage/externalchanges.h"
#include "widgets/scrollingdialogs.h"
#include "widgets/windowfilters.h"
#include "window/aboutbox.h"
#include "window/appearancemenu.h"
#include "window/areapage.h"
#include "window/areas.h"
#include "window/areastack.h"
#include "window/backupactions.h"
#include "window/databasefiles.h"
#include "window/eventactions.h"
#include "window/importactions.h"
#include "window/languagemenu.h"
#include "window/privacyactions.h"
#include "window/serverstatus.h"
#include "window/teamdatabases.h"
#include "window/windowlayout.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ep {
MainWindow::MainWindow(std::unique_ptr<Database> database, QWidget *parent)
    : QMainWindow(parent)
    , m_undoStack(new QUndoStack(this))
    , m_changes(new RecordChanges(this))
    , m_navigation(new QListWidget(this))
    , m_statisticsNavigation(new QListWidget(this))
    , m_pages(new AreaStack(this))
    , m_central(new QSplitter(Qt::Horizontal, this))
    , m_status(new ServerStatus(this))
    , m_databaseLabel(new QLabel(this))
{
    windowfilters::install();
    setObjectName(QStringLiteral("mainWindow"));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    QFont navigationFont = m_navigation->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.1);
    m_navigation->setFont(navigationFont);
    for (qsizetype row = 0; row < areaDescriptions().size(); ++row)
        new QListWidgetItem(m_navigation);

    m_central->addWidget(navigationColumn());
    m_central->addWidget(m_pages);
    m_central->setStretchFactor(1, 1);
    m_central->setChildrenCollapsible(false);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->addWidget(m_status);
    centralLayout->addWidget(m_central, 1);
    setCentralWidget(scrollingdialogs::scrollingWhenSmall(central));
    statusBar()->addPermanentWidget(m_databaseLabel);

    createActions();
    createMenus();
    WindowLayout::keepListWidth(m_pages);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_pages->showArea(areaDescriptions()[row].area);
        updateActions();
    });
    connect(m_changes, &RecordChanges::changed, this, [this](Area area, int id) {
        for (AreaPage *each : pages())
            each->noteChange(area, id);
        if (StatisticsPage *statistics = m_pages->builtStatisticsPage())
            statistics->noteChange(area, id);
        updateActions();
    });
    connect(m_changes, &RecordChanges::failed, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Undo"), message); });
    connect(m_undoStack, &QUndoStack::indexChanged, this, &MainWindow::updateActions);
    connect(m_status, &ServerStatus::stateChanged, this, &MainWindow::updateActions);
    connect(m_status, &ServerStatus::reconnected, this, &MainWindow::reconnected);

    // The area shown last is chosen before the database opens, so that its
    // page is the only one built before the window paints.
    const int row = WindowLayout::restore(this, m_central, m_navigation->minimumWidth());
    {
        const QSignalBlocker noPageYet(m_navigation);
        m_navigation->setCurrentRow(row);
    }
    useDatabase(std::move(database)); // and retranslate()
}

MainWindow::~MainWindow()
{
    // The undo commands and the pages hold the database's connection: they
    // go before it closes, and without telling this half-destroyed window.
    disconnect(m_undoStack, nullptr, this, nullptr);
    disconnect(m_changes, nullptr, this, nullptr);
    delete m_undoStack;
    delete m_pages;
    delete m_externalChanges;
    m_database.reset();
}

void MainWindow::createActions()
{
    QStyle *style = this->style();
    m_newDatabase = new QAction(this);
    m_openDatabase = new QAction(this);
    m_openDatabase->setObjectName(QStringLiteral("openDatabaseAction"));
    m_openDatabase->setShortcut(QKeySequence::Open);
    m_connectTeam = new QAction(this);
    m_connectTeam->setObjectName(QStringLiteral("connectTeamDatabaseAction"));
    m_quit = new QAction(this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);

    m_undo = new QAction(style->standardIcon(QStyle::SP_ArrowBack), QString(), this);
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = new QAction(style->standardIcon(QStyle::SP_ArrowForward), QString(), this);
    m_redo->setShortcut(QKeySequence::Redo);
    m_newRecord = new QAction(style->standardIcon(QStyle::SP_FileIcon), QString(), this);
    m_newRecord->setShortcut(QKeySequence::New);
    m_save = new QAction(style->standardIcon(QStyle::SP_DialogSaveButton), QString(), this);
    m_save->setShortcut(QKeySequence::Save);
    m_revert = new QAction(style->standardIcon(QStyle::SP_DialogResetButton), QString(), this);
    m_delete = new QAction(style->standardIcon(QStyle::SP_TrashIcon), QString(), this);
    // Delete acts on the list only: in a text field the key deletes text, in
    // the agenda and participant tables it removes rows.
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    m_find = new QAction(this);
    m_find->setShortcut(QKeySequence::Find);
    m_about = new QAction(this);
    m_about->setObjectName(QStringLiteral("aboutAction"));
    m_about->setMenuRole(QAction::AboutRole);
    m_aboutQt = new QAction(this);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);

    for (int row = 0; row < areaDescriptions().size(); ++row) {
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
        const Area area = areaDescriptions()[row].area;
        connect(action, &QAction::triggered, this, [this, area] { showArea(area); });
        m_areaActions.append(action);
    }

    createActionGroups();

    connect(m_newDatabase, &QAction::triggered, this, [this] {
        switchDatabase([this] { return DatabaseFiles::create(this, databaseLocation()); });
    });
    connect(m_openDatabase, &QAction::triggered, this, [this] {
        switchDatabase([this] { return DatabaseFiles::open(this, databaseLocation()); });
    });
    connect(m_connectTeam, &QAction::triggered, this,
            [this] { switchDatabase([this] { return TeamDatabases::connect(this); }); });
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    connect(m_undo, &QAction::triggered, this, [this] { undoOrRedo(true); });
    connect(m_redo, &QAction::triggered, this, [this] { undoOrRedo(false); });
    connect(m_newRecord, &QAction::triggered, this, [this] { currentPage()->newRecord(); });
    connect(m_save, &QAction::triggered, this, [this] { currentPage()->saveRecord(); });
    connect(m_revert, &QAction::triggered, this, [this] { currentPage()->revertRecord(); });
    connect(m_delete, &QAction::triggered, this, [this] { currentPage()->deleteSelected(); });
    connect(m_find, &QAction::triggered, this, [this] {
        currentPage()->searchField()->setFocus();
        currentPage()->searchField()->selectAll();
    });
    connect(m_about, &QAction::triggered, this,
            [this] { AboutBox::show(this, databaseLocation()); });
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newDatabase);
    m_fileMenu->addAction(m_openDatabase);
    m_fileMenu->addAction(m_connectTeam);
    m_fileMenu->addActions(m_backups->actions());
    m_fileMenu->addSeparator();
    m_fileMenu->addActions(m_imports->actions());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undo);
    m_editMenu->addAction(m_redo);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_newRecord);
    m_editMenu->addAction(m_save);
    m_editMenu->addAction(m_revert);
    m_editMenu->addAction(m_delete);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_find);

    menuBar()->addMenu(m_events->createMenu(this));
    menuBar()->addMenu(m_documents->createMenu(this));
    menuBar()->addMenu(m_privacy->createMenu(this));

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions(m_areaActions);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_statisticsAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addMenu(new AppearanceMenu(this));

    menuBar()->addMenu(new LanguageMenu(this));

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_about);
    m_helpMenu->addAction(m_aboutQt);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setMovable(false);
    m_toolBar->addAction(m_newRecord);
    m_toolBar->addAction(m_save);
    m_toolBar->addAction(m_delete);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_undo);
    m_toolBar->addAction(m_redo);
}

void MainWindow::useDatabase(std::unique_ptr<Database> database)
{
    // A calendar reads the database it was opened on.
    m_events->closeCalendars();
    m_undoStack->clear();
    m_pages->reset({});
    delete m_externalChanges;
    m_database = std::move(database);
    // Lists and unedited forms follow what others write, within a second.
    m_externalChanges =
        new ExternalChanges(m_database->connection(), std::chrono::milliseconds(500));
    m_privacy->databaseOpened();
    connect(m_externalChanges, &ExternalChanges::committed, this, [this] {
        m_privacy->noteCommitsElsewhere();
        for (AreaPage *each : pages())
            each->noteChangesElsewhere();
        if (StatisticsPage *statistics = m_pages->builtStatisticsPage())
            statistics->noteChangesElsewhere();
        updateActions();
    });
    m_status->watch(m_database.get(), m_externalChanges);
    m_pages->reset([this](const AreaDescription &area) { return buildPage(area); },
                   [this] { return buildStatisticsPage(); });
    showArea(areaDescriptions()[std::max(0, m_navigation->currentRow())].area);
    TeamDatabases::rememberOpened(*m_database);
    m_databaseLabel->setText(Database::displayLocation(m_database->connection()));
    setWindowFilePath(m_database->isServer() ? QString() : m_database->location());
    retranslate();
}

AreaPage *MainWindow::buildPage(const AreaDescription &area)
{
    const Workspace workspace{m_database->connection(), m_undoStack, m_changes};
    auto *page = new AreaPage(workspace, area, m_pages);
    page->setObjectName(QLatin1String(area.key) % u"Page");
    WindowLayout::restorePage(page);
    page->setReadOnly(!m_status->mayWrite());
    page->table()->addAction(m_delete);
    connect(page, &AreaPage::stateChanged, this, &MainWindow::updateActions);
    connect(page, &AreaPage::connectionLost, m_status, &ServerStatus::connectionLost);
    if (auto *events = qobject_cast<EventForm *>(page->form())) {
        connect(events, &EventForm::importParticipantsRequested, this, [this](int eventId) {
            m_imports->importSpreadsheet(ImportTarget::Participants, eventId);
        });
        connect(events, &EventForm::documentRequested, this,
                [this](int eventId, DocumentKind kind) {
                    if (settleAllEdits())
                        m_documents->openDocument(eventId, kind);
                });
    }
    connect(page, &AreaPage::openRequested, this, [this](Area target, int id) {
        showArea(target);
        this->page(target)->showRecord(id);
    });
    return page;
}

AreaPage *MainWindow::page(Area area) const
{
    return m_pages->page(area);
}

QList<AreaPage *> MainWindow::pages() const
{
    return m_pages->builtPages();
}

AreaPage *MainWindow::currentPage() const
{
    return m_pages->currentPage();
}

void MainWindow::showArea(Area area)
{
    {
        const QSignalBlocker quiet(m_statisticsNavigation);
        m_statisticsNavigation->clearSelection();
    }
    m_pages->showArea(area);
    m_navigation->setCurrentRow(navigationIndex(area));
}

QString MainWindow::databaseLocation() const
{
    return m_database ? m_database->location() : QString();
}

void MainWindow::updateActions()
{
    // None while Statistics is shown: no record to make, save or delete.
    AreaPage *page = currentPage();
    const bool modified = page && page->form()->isModified();
    const int shown = page ? page->form()->recordId() : 0;
    // A lost connection keeps Save: the save is done once it is back.
    const bool mayWrite = m_status->mayWrite();
    const bool mayWriteNow = mayWrite && !m_status->isConnectionLost();
    m_newRecord->setEnabled(page && mayWrite);
    m_save->setEnabled(modified && mayWrite);
    m_revert->setEnabled(modified);
    m_delete->setEnabled(shown != 0 && mayWriteNow);
    m_find->setEnabled(page);
    m_imports->setEnabled(mayWriteNow);
    m_privacy->setPersonShown(page && page->area() == Area::People && shown != 0, mayWriteNow);
    const bool eventShown = page && page->area() == Area::Events && shown != 0;
    m_documents->setEventShown(eventShown);
    m_events->setEventShown(eventShown, mayWriteNow);
    m_undo->setEnabled(m_undoStack->canUndo() && mayWriteNow);
    m_redo->setEnabled(m_undoStack->canRedo() && mayWriteNow);
    m_undo->setText(m_undoStack->canUndo() ? tr("&Undo %1").arg(m_undoStack->undoText())
                                           : tr("&Undo"));
    m_redo->setText(m_undoStack->canRedo() ? tr("&Redo %1").arg(m_undoStack->redoText())
                                           : tr("&Redo"));
    m_undo->setIconText(tr("Undo"));
    m_redo->setIconText(tr("Redo"));
}

void MainWindow::undoOrRedo(bool undo)
{
    // Undo rewrites stored records; edits not yet saved would be lost silently.
    if (!m_undo->isEnabled() || !settleAllEdits())
        return;
    if (undo)
        m_undoStack->undo();
    else
        m_undoStack->redo();
}

bool MainWindow::settleAllEdits()
{
    for (AreaPage *page : pages()) {
        if (page->form()->isModified()) {
            showArea(page->area());
            if (!page->settleEdits())
                return false;
        }
    }
    return true;
}

void MainWindow::switchDatabase(const std::function<std::unique_ptr<Database>()> &open)
{
    // As the window is closed: edits not yet saved first.
    if (!settleAllEdits())
        return;
    if (std::unique_ptr<Database> database = open())
        useDatabase(std::move(database));
}

void MainWindow::withDatabaseClosed(const std::function<void()> &work)
{
    const QString location = m_database->location();
    // What holds the connection goes first: the pages, the undo commands.
    m_undoStack->clear();
    m_pages->reset({});
    m_status->watch(nullptr, nullptr);
    delete m_externalChanges;
    m_externalChanges = nullptr;
    m_database.reset();
    work();
    auto database = std::make_unique<Database>();
    if (const Database::OpenResult opened = database->open(location); !opened.ok()) {
        QMessageBox::critical(this, tr("Cannot Open Database"), opened.message);
        close();
        return;
    }
    useDatabase(std::move(database));
}

void MainWindow::backUpIfDue()
{
    m_backups->backUpIfDue();
}

void MainWindow::reconnected()
{
    for (AreaPage *each : pages()) {
        each->noteChangesElsewhere();
        each->saveWaitingEdits();
    }
    if (StatisticsPage *statistics = m_pages->builtStatisticsPage())
        statistics->noteChangesElsewhere();
    updateActions();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!settleAllEdits()) {
        event->ignore();
        return;
    }
    WindowLayout::save(this, m_central, m_navigation->currentRow(), pages());
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(m_database && m_database->isServer()
                       ? Database::displayLocation(m_database->connection())
                       : tr("Exchange Planner"));
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main Toolbar"));
    m_newDatabase->setText(tr("&New Database…"));
    m_openDatabase->setText(tr("&Open Database…"));
    m_connectTeam->setText(tr("Connect to &Team Database…"));
    m_quit->setText(tr("&Quit"));
    m_imports->retranslate();
    m_privacy->retranslate();
    m_events->retranslate();
    m_newRecord->setText(tr("&New"));
    m_save->setText(tr("&Save"));
    m_revert->setText(tr("Re&vert Changes"));
    m_delete->setText(tr("&Delete…"));
    m_find->setText(tr("&Find"));
    m_about->setText(tr("&About Exchange Planner"));
    m_aboutQt->setText(tr("About &Qt"));
    m_documents->retranslate();
    m_backups->retranslate();
    m_navigation->setAccessibleName(tr("Areas"));
    m_statisticsNavigation->setAccessibleName(tr("Statistics"));
    for (int row = 0; row < areaDescriptions().size(); ++row) {
        const QString name = tr(areaDescriptions()[row].name);
        m_navigation->item(row)->setText(name);
        m_areaActions[row]->setText(name);
    }
    m_statisticsNavigation->item(0)->setText(tr("Statistics"));
    m_statisticsAction->setText(tr("&Statistics"));
    // The longest area name in this language fits; "Organisationen" and
    // "Organizacje" are longer than "Topics".
    m_navigation->setMinimumWidth(m_navigation->sizeHintForColumn(0) +
                                  2 * m_navigation->frameWidth() + 24);
    fitNavigation();
    updateActions();
}

} // namespace ep
