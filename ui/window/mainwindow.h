#pragma once

#include "window/area.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QSplitter;
class QUndoStack;

namespace ep {

class DocumentActions;

class AreaPage;
class AreaStack;
class BackupActions;
class EventActions;
class ImportActions;
class PrivacyActions;
class Database;
struct AreaDescription;
class ExternalChanges;
class RecordChanges;
class ServerStatus;
class StatisticsPage;

// The main window: the areas (events, people, organisations, sites, topics)
// in a navigation on the left, the chosen area's list and form beside it,
// one undo stack for every change made in the window. Below the areas, the
// Statistics page: the partnership in figures, charts instead of a list.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // Takes the open database; the window works on it until another is opened.
    explicit MainWindow(std::unique_ptr<Database> database, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The area's page, built now if it was not shown yet.
    AreaPage *page(Area area) const;
    // The record area's page shown; null while Statistics is shown.
    AreaPage *currentPage() const;
    // The pages built so far: those shown, or asked for by page().
    QList<AreaPage *> pages() const;
    void showArea(Area area);
    // Built now if it was not shown yet.
    StatisticsPage *statisticsPage() const;
    void showStatistics();
    QUndoStack *undoStack() const { return m_undoStack; }
    QString databaseLocation() const;
    // The notices about the team database and the reconnecting after its
    // server went away.
    ServerStatus *serverStatus() const { return m_status; }
    // Writes today's automatic copy of a database file, if due, in the
    // background (BackupActions): at the program's start.
    void backUpIfDue();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    // The groups of actions with classes of their own (mainwindowactions.cpp).
    void createActionGroups();
    int recordShownIn(Area area) const;
    void createMenus();
    AreaPage *buildPage(const AreaDescription &area);
    StatisticsPage *buildStatisticsPage();
    // The navigation's column: the record areas, and Statistics below them.
    QWidget *navigationColumn();
    void fitNavigation();
    void useDatabase(std::unique_ptr<Database> database);
    // Opens the database `open` gives and works on it from then on.
    void switchDatabase(const std::function<std::unique_ptr<Database>()> &open);
    // The connection to the team database stands again.
    void reconnected();
    // Closes the database for `work` (a restore) and opens it again after.
    void withDatabaseClosed(const std::function<void()> &work);
    void updateActions();
    void retranslate();
    bool settleAllEdits();
    void undoOrRedo(bool undo);

    std::unique_ptr<Database> m_database;
    // Commits of other windows and programs to the open database.
    ExternalChanges *m_externalChanges = nullptr;
    QUndoStack *m_undoStack;
    RecordChanges *m_changes;
    QListWidget *m_navigation;
    QListWidget *m_statisticsNavigation; // one row, below the record areas
    AreaStack *m_pages;
    QSplitter *m_central;
    ServerStatus *m_status;
    QLabel *m_databaseLabel;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    DocumentActions *m_documents = nullptr;
    BackupActions *m_backups = nullptr;
    ImportActions *m_imports = nullptr;
    PrivacyActions *m_privacy = nullptr;
    EventActions *m_events = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_newDatabase = nullptr;
    QAction *m_openDatabase = nullptr;
    QAction *m_connectTeam = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_newRecord = nullptr;
    QAction *m_save = nullptr;
    QAction *m_revert = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_find = nullptr;
    QList<QAction *> m_areaActions;
    QAction *m_statisticsAction = nullptr;
    QAction *m_about = nullptr;
    QAction *m_aboutQt = nullptr;
};

} // namespace ep
