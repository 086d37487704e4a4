#pragma once

#include "documents/documentcatalogue.h"

#include <QObject>
#include <QSqlDatabase>

#include <functional>

class QAction;
class QMenu;
class QTableView;
class QWidget;

namespace ep {

// The main window's Documents menu: the documents of an event the catalogue
// lists (through DocumentDialog), the event's evidence pack for its funder
// (a ZIP archive, documents/evidencepack.h), the contact people as CSV or
// vCard, and whatever list is on screen as CSV.
class DocumentActions final : public QObject
{
    Q_OBJECT

public:
    struct Context
    {
        QWidget *window = nullptr;
        std::function<QSqlDatabase()> database;
        // The event on screen, saved (0: none); settles unsaved edits first
        // and returns -1 when the user cancelled.
        std::function<int()> currentEvent;
        std::function<QTableView *()> currentList;
    };

    explicit DocumentActions(Context context, QObject *parent = nullptr);

    QMenu *createMenu(QWidget *parent);
    void retranslate();
    // Enables the event's documents when an event is on screen.
    void setEventShown(bool shown);

    // Opens the dialog of the document `kind` for `eventId`.
    void openDocument(int eventId, DocumentKind kind);
    // Writes the rows and columns `list` shows to `path` as CSV. Returns the
    // error, empty when written.
    static QString exportList(const QTableView *list, const QString &path, bool excel);

private:
    // The event with what its documents name; none (and said why) when it
    // cannot be read.
    std::optional<EventDocument> loadEvent(int eventId) const;
    void exportEvidence();
    // Asks for a certificate's number and says what that certificate states.
    void confirmCertificate();
    void exportContacts();
    void exportVisibleRows();
    // Says what went wrong, or remembers where the file went.
    void report(const QString &error, const QString &path);

    Context m_context;
    QMenu *m_menu = nullptr;
    QList<std::pair<QAction *, const DocumentType *>> m_eventDocuments;
    QAction *m_evidence;
    QAction *m_confirmCertificate;
    QAction *m_contacts;
    QAction *m_visibleRows;
};

} // namespace ep
